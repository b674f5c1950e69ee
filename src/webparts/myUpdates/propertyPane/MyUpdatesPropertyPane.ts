import { IPropertyPaneConfiguration, IPropertyPaneDropdownOption, PropertyPaneDropdown, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { ReportingPeriod } from '../../../domain/model';
import { periodKey, periodOpenForUpdatesOn, previousPeriod } from '../../../domain/periods';
import { IMyUpdatesWebPartProps } from '../IMyUpdatesWebPartProps';

/** The eight quarters up to the one just ended: the periods an editor may keep open. */
function recentPeriods(today: string): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [periodOpenForUpdatesOn(today)];
  while (periods.length < 8) periods.push(previousPeriod(periods[periods.length - 1]));
  return periods;
}

export function buildPropertyPane(strings: IMyUpdatesPropertyPaneStrings, properties: IMyUpdatesWebPartProps, today: string): IPropertyPaneConfiguration {
  const options: IPropertyPaneDropdownOption[] = [{ key: '', text: strings.OpenPeriodAutomatic }].concat(
    recentPeriods(today).map((period) => ({ key: periodKey(period), text: periodKey(period) }))
  );
  return {
    pages: [{
      header: { description: strings.Description },
      groups: [{
        groupFields: [
          PropertyPaneTextField('defaultPlan', { label: strings.DefaultPlan, description: strings.DefaultPlanHint, value: properties.defaultPlan }),
          PropertyPaneDropdown('openPeriod', { label: strings.OpenPeriod, options, selectedKey: properties.openPeriod || '' }),
        ]
      }]
    }]
  };
}
