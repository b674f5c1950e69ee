import { PartialTheme } from '@fluentui/react/lib/Theme';
import { ITrackerReader, Stored } from '../../../data/ITrackerRepository';
import { IsoDate, PersonRef, ReportingPeriod } from '../../../domain/model';
import { ChallengeResponse, ItemHistory, QuarterGlance, ResponseSave } from '../../../report/dashboardTypes';
import { LoadedReport, ReportRequest } from '../../../report/loadReport';
import { DashboardSection } from '../IDashboardWebPartProps';

/** The page's words: the web part's own strings and the ones every web part shares (dates, quarters). */
export type DashboardStrings = IDashboardWebPartStrings & ITrackerCommonStrings;

/** What the dashboard shows for one plan and quarter. */
export interface DashboardData {
  report: LoadedReport;
  /** Oldest first, ending with the report's quarter. */
  directionOfTravel: QuarterGlance[];
  /** Saved management responses to this quarter's challenges, by challenge reference. */
  responses: Record<string, Stored<ChallengeResponse>>;
}

/** The services the host builds once: the plans' reader and the dashboard's load. */
export interface IDashboardServices {
  reader: Pick<ITrackerReader, 'listPlans' | 'lastReportedPeriod'>;
  load(request: Omit<ReportRequest, 'strings'>, locale: ITrackerCommonStrings['Locale']): Promise<DashboardData>;
  /** An action's or measure's changes across quarters, from its list versions. */
  history(plan: string, itemType: 'action' | 'measure', ref: string): Promise<ItemHistory>;
  /** Saves a management response over the revision read (ConflictError when someone saved first). */
  saveResponse(save: ResponseSave, editor: PersonRef): Promise<Stored<ChallengeResponse>>;
}

export interface IDashboardProps extends IDashboardServices {
  user: { name: string; email: string };
  /** Today on the page's clock (the demo's in local mode): statuses are judged on it. */
  today: IsoDate;
  now: () => Date;
  strings: DashboardStrings;
  /** The property pane's plan; absent to let the reader choose. */
  plan?: string;
  /** The property pane's objective: only its row and items. */
  objective?: string;
  /** The property pane's quarter; absent for the plan's current one. */
  period?: ReportingPeriod;
  sections: readonly DashboardSection[];
  theme?: PartialTheme;
}
