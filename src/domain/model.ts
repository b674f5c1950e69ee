/**
 * The tracker's domain model (SPEC §3): plain data, no behaviour. Every other layer speaks these
 * types; SharePoint field names live in src/data/schema.ts, never here.
 */

/** A Europe/London calendar date, `YYYY-MM-DD`. Dates in the tracker are days, not instants. */
export type IsoDate = string;

export const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
export type Quarter = (typeof QUARTERS)[number];

/** A financial year as the canonical label, e.g. `2017-18` (1 April 2017 – 31 March 2018). */
export type FinancialYearLabel = string;

export interface ReportingPeriod {
  financialYear: FinancialYearLabel;
  quarter: Quarter;
}

/** A person as a tracker holds them: an e-mail when known, else the name or initials typed. */
export interface PersonRef {
  /** Display name, or initials such as `IB`, exactly as the source gave it. */
  name: string;
  /** Present when the person is linked to a site user (or the source gave an address). */
  email?: string;
}

export const PLAN_TYPES = [
  'Strategic Equality Plan',
  'Corporate Improvement Plan',
  'Post-inspection Action Plan',
  'Service Plan',
  'Other'
] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

export const PLAN_STATUSES = ['Draft', 'Active', 'Closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface Plan {
  title: string;
  type: PlanType;
  /** First and last financial years the plan covers, e.g. `2016-17` … `2019-20`. */
  firstYear: FinancialYearLabel;
  lastYear: FinancialYearLabel;
  lead?: PersonRef;
  status: PlanStatus;
  /** Plans may switch deadline change requests off ("No change requests … have been allowed"). */
  allowChangeRequests: boolean;
}

export interface Objective {
  /** `1`, `R1`, `a` … */
  ref: string;
  title: string;
  /** Set when the objective is nested one level, e.g. priority `a` under recommendation `R1`. */
  parentRef?: string;
  /** Short code used in challenge references (`E` in `Q4E01`); defaults from the ref. */
  code?: string;
  leads: PersonRef[];
  rationale?: string;
  successCriteria?: string;
}

/** What a person may report for an action in a quarter. */
export const REPORTED_STATUSES = ['Blue', 'Green', 'Amber', 'Red', 'NotDue', 'Withdrawn'] as const;
export type ReportedStatus = (typeof REPORTED_STATUSES)[number];

export type BragStatus = 'Blue' | 'Green' | 'Amber' | 'Red';

/**
 * An action's status for a period as the report shows it: what was reported, or computed
 * `NoUpdate` (missing after the due date) or `AwaitingUpdate` (missing, not yet due).
 */
export type ActionStatus = ReportedStatus | 'NoUpdate' | 'AwaitingUpdate';

export interface Action {
  /** `1.a.`, `3.g.`, `R1.a.2` … */
  ref: string;
  objectiveRef: string;
  title: string;
  serviceArea?: string;
  owner: PersonRef;
  delegates: PersonRef[];
  startDate?: IsoDate;
  /** The due date. */
  endDate?: IsoDate;
  resourceImplications?: string;
  evidence?: string;
}

export interface Milestone {
  actionRef: string;
  title: string;
  dueDate: IsoDate;
  /** Defaults to the action's owner. */
  owner?: PersonRef;
  doneDate?: IsoDate;
  /** What shows the milestone was met: links or words, given when it is marked done. */
  evidence?: string;
}

export const POLARITIES = ['High', 'Low', 'Band'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const FREQUENCIES = ['Quarterly', 'Annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const AGGREGATIONS = ['InQuarter', 'Cumulative', 'Rolling12Months'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** Amber tolerance: a share of the target (`percent`, 10 = 10%) or an amount in the unit. */
export interface Tolerance {
  kind: 'percent' | 'absolute';
  amount: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { kind: 'percent', amount: 10 };

/** A target: one number, or for Band measures the band's bounds (equal bounds = exact). */
export interface Target {
  lower: number;
  upper: number;
}

export interface Comparator {
  label: string;
  value: number;
}

/** A measure as defined for one financial year (targets and tolerances are set per year). */
export interface Measure {
  ref: string;
  objectiveRef: string;
  title: string;
  financialYear: FinancialYearLabel;
  /** Free text shown beside values: `%`, `days`, `£m` … */
  unit: string;
  polarity: Polarity;
  frequency: Frequency;
  aggregation: Aggregation;
  target?: Target;
  tolerance: Tolerance;
  priorYearActual?: number;
  comparator?: Comparator;
  owner?: PersonRef;
  /** The service area the measure is reported under (optional, as the import's column is). */
  serviceArea?: string;
  dataSource?: string;
}

export type ValuePeriod = Quarter | 'Annual';

export interface MeasureValue {
  measureRef: string;
  financialYear: FinancialYearLabel;
  period: ValuePeriod;
  /** `undefined` = no value ("No data", "Not yet available" …) with its text kept in `note`. */
  value?: number;
  note?: string;
  enteredBy?: PersonRef;
}

export const REVIEW_STATES = ['Draft', 'Submitted', 'Approved', 'Returned'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface Update {
  actionRef: string;
  financialYear: FinancialYearLabel;
  quarter: Quarter;
  status: ReportedStatus;
  progress?: string;
  issue?: string;
  remedialAction?: string;
  evidence?: string;
  withdrawnReason?: string;
  revisedDate?: IsoDate;
  submittedBy?: PersonRef;
  /** An ISO instant; orders updates for the same action and period. */
  submittedOn?: string;
  reviewState: ReviewState;
  reviewComment?: string;
}

export const CHANGE_DECISIONS = ['Pending', 'Approved', 'Rejected'] as const;
export type ChangeDecision = (typeof CHANGE_DECISIONS)[number];

export interface DeadlineChangeRequest {
  actionRef: string;
  /** Set when the request is for one of the action's milestones. */
  milestoneTitle?: string;
  currentDate: IsoDate;
  requestedDate: IsoDate;
  reason: string;
  requester: PersonRef;
  decision: ChangeDecision;
  decidedBy?: PersonRef;
  decidedOn?: IsoDate;
}

export const RISK_TRENDS = ['New', 'Up', 'Down', 'Same'] as const;
export type RiskTrend = (typeof RISK_TRENDS)[number];

export interface Risk {
  ref: string;
  title: string;
  objectiveRef?: string;
  owner?: PersonRef;
  portfolioHolder?: string;
  likelihood: number;
  impact: number;
  trend: RiskTrend;
  mitigation?: string;
}

export type Severity = 'critical' | 'important';

/** One quarter's dates in the reporting calendar. */
export interface CalendarEntry {
  financialYear: FinancialYearLabel;
  quarter: Quarter;
  updatesDue: IsoDate;
  reportDate?: IsoDate;
  /** Days before `updatesDue` on which reminders go out. */
  reminderOffsets: number[];
  /** Working days after a missed due date before the escalation digest. */
  escalationDelay: number;
}

/**
 * A measure value's standing against its target (SPEC §4.3). `NoTarget` ("Not rated"): a value
 * but no target for that year, so it is neither met nor missed.
 */
export type Rag = 'Green' | 'Amber' | 'Red' | 'NoTarget' | 'NoData' | 'NotDue';

/** Direction of travel judged by polarity; `null` when there is nothing to compare with. */
// eslint-disable-next-line @rushstack/no-new-null -- null is the report JSON's value (SPEC §6)
export type Trend = 'improving' | 'worsening' | 'unchanged' | null;
