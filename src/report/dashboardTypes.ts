import { IsoDate, ReportingPeriod } from '../domain/model';
import { ChallengeItemType } from '../domain/reporting/reportDocument';
import { ChallengeResponse, Revision, Stored } from '../data/ITrackerRepository';
import { LoadedReport, ReportRequest } from './loadReport';

/**
 * The executive dashboard's use cases (SPEC §5.2, issue 13), as the web part, local mode and the
 * tests call them. The numbers are the quarterly report's: the dashboard's report is `loadReport`'s,
 * never a second computation.
 */

export type { ChallengeResponse } from '../data/ITrackerRepository';

export interface DashboardRequest extends ReportRequest {
  /** How many quarters the direction of travel shows, the report's own last (4 to 8; 8 by default). */
  quarters?: number;
}

/**
 * One quarter of the direction of travel: that quarter's own report, judged as at the day it was
 * due (its status at a glance is the bar; its rows are what a count drills into).
 */
export interface QuarterGlance {
  period: ReportingPeriod;
  /** The day this quarter was judged on (the report's own as-of for the report's quarter). */
  asOf: IsoDate;
  report: LoadedReport;
}

export interface LoadedDashboard {
  report: LoadedReport;
  /** Oldest first, ending with the report's quarter; only quarters within the plan's years that have begun. */
  directionOfTravel: QuarterGlance[];
  /** Saved responses to this period's challenges, by challenge reference. */
  responses: Record<string, Stored<ChallengeResponse>>;
}

/** One change to an item, from its list versions: who changed what, when. */
export interface HistoryChange {
  /** The field's display name as the list names it ("Status", "Progress", "End date"). */
  field: string;
  before: string;
  after: string;
}

export interface HistoryEntry {
  /** The quarter an update belongs to; absent for changes to the action or measure itself. */
  period?: ReportingPeriod;
  /** ISO date-time of the version. */
  changedOn: string;
  /** The editor's display name. */
  changedBy: string;
  /** `created` for a first version, else `changed`. */
  kind: 'created' | 'changed';
  changes: HistoryChange[];
}

export interface ItemHistory {
  itemType: ChallengeItemType;
  ref: string;
  title: string;
  /** Newest first. */
  entries: HistoryEntry[];
}

/** What saving a response needs: the challenge, the text, and the revision read (absent for a first response). */
export interface ResponseSave {
  plan: string;
  response: ChallengeResponse;
  revision?: Revision;
}
