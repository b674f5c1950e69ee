import { IPropertyPaneConfiguration, IPropertyPaneDropdownOption, PropertyPaneCheckbox, PropertyPaneDropdown, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { ReportingPeriod } from '../../../domain/model';
import { periodKey, periodOpenForUpdatesOn, previousPeriod } from '../../../domain/periods';
import { DASHBOARD_SECTIONS, DashboardSection, IDashboardWebPartProps } from '../IDashboardWebPartProps';

/** The twelve quarters up to the one just ended: the periods an editor may fix the dashboard on. */
function recentPeriods(today: string): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [periodOpenForUpdatesOn(today)];
  while (periods.length < 12) periods.push(previousPeriod(periods[periods.length - 1]));
  return periods;
}

const SECTION_LABEL: Record<DashboardSection, keyof IDashboardPropertyPaneStrings> = {
  glance: 'SectionGlance', travel: 'SectionTravel', headlines: 'SectionHeadlines', challenges: 'SectionChallenges',
  overdue: 'SectionOverdue', measures: 'SectionMeasures', risks: 'SectionRisks', export: 'SectionExport'
};

export function buildPropertyPane(strings: IDashboardPropertyPaneStrings, properties: IDashboardWebPartProps, today: string): IPropertyPaneConfiguration {
  const options: IPropertyPaneDropdownOption[] = [{ key: '', text: strings.PeriodAutomatic }].concat(
    recentPeriods(today).map((period) => ({ key: periodKey(period), text: periodKey(period) }))
  );
  const hidden = properties.sections || {};
  return {
    pages: [{
      header: { description: strings.Description },
      groups: [
        {
          groupFields: [
            PropertyPaneTextField('plan', { label: strings.Plan, description: strings.PlanHint, value: properties.plan }),
            PropertyPaneTextField('objective', { label: strings.Objective, description: strings.ObjectiveHint, value: properties.objective }),
            PropertyPaneDropdown('period', { label: strings.Period, options, selectedKey: properties.period || '' })
          ]
        },
        {
          groupName: strings.Sections,
          groupFields: DASHBOARD_SECTIONS.map((section) =>
            PropertyPaneCheckbox(`sections.${section}`, { text: strings[SECTION_LABEL[section]], checked: hidden[section] !== false }))
        }
      ]
    }]
  };
}
