import {
  Action,
  CalendarEntry,
  DeadlineChangeRequest,
  IsoDate,
  Measure,
  MeasureValue,
  Milestone,
  Objective,
  PersonRef,
  Plan,
  ReportingPeriod,
  Risk,
  Update
} from '../domain/model';
import { ImportParseResult } from '../domain/import';

/** A list item as stored: the domain value with SharePoint's id and ETag (for concurrency). */
export interface Stored<T> {
  id: number;
  /** SharePoint's ETag, quotes included (`"3"`): pass it back when saving. */
  etag: string;
  value: T;
}

/** A plan's tracker for one period: everything the report and the surfaces read. */
export interface PlanTracker {
  plan: Stored<Plan>;
  period: ReportingPeriod;
  objectives: Stored<Objective>[];
  actions: Stored<Action>[];
  milestones: Stored<Milestone>[];
  /** Measure definitions of the period's financial year and the year before. */
  measures: Stored<Measure>[];
  /** Measure values of the period's financial year and the year before. */
  measureValues: Stored<MeasureValue>[];
  /** Updates of the period's financial year up to the period, and of the year before. */
  updates: Stored<Update>[];
  risks: Stored<Risk>[];
  changeRequests: Stored<DeadlineChangeRequest>[];
  /** The reporting calendar's entry for the period, when one is set. */
  calendar?: CalendarEntry;
}

/** What one person owes in a period, across plans (SPEC §5.1, §5.3). */
export interface MyItems {
  person: PersonRef;
  period: ReportingPeriod;
  /** When the period's updates are due: the reporting calendar's date, else the default rule (SPEC §4.1). */
  updatesDue: IsoDate;
  /** The plans the items belong to (for titles, change-request settings and leads). */
  plans: Stored<Plan>[];
  /** The objectives the items sit under, to group them by plan and objective. */
  objectives: Array<{ plan: string; objective: Objective }>;
  /**
   * Actions owned or delegated, in plans that are not closed, each with its updates of the period
   * (every review state: a draft to restore, a returned one with its comment) and of the period before.
   */
  actions: Array<{ plan: string; action: Stored<Action>; updates: Stored<Update>[] }>;
  /**
   * Measures owned, as defined for the period's year, each with its values of that year and of the
   * year before (matched on plan and reference: the year before's belong to that year's
   * definition). Q1's trend compares with the year before's outturn (`measureTrend`), which needs
   * no other definition: the period's measure gives polarity, target and prior-year actual.
   */
  measures: Array<{ plan: string; measure: Stored<Measure>; values: Stored<MeasureValue>[] }>;
  /** Milestones owned and not yet done, in plans that are not closed. */
  milestones: Array<{ plan: string; actionRef: string; milestone: Stored<Milestone> }>;
  /** Deadline change requests on those actions and milestones' actions, whatever their decision, oldest first. */
  changeRequests: Array<{ plan: string; request: Stored<DeadlineChangeRequest> }>;
}

/** A submitted update waiting for a plan lead's decision (SPEC §5.1 review queue). */
export interface ReviewItem {
  plan: string;
  action: Stored<Action>;
  update: Stored<Update>;
  /** The update that counted last period, for comparison. */
  previous?: Update;
}

export type ReviewDecision = 'Approved' | 'Returned';

/** An evidence file in the Evidence document library. */
/** A file chosen as evidence: its name as the person's device gives it, and its bytes. */
export interface EvidenceUpload {
  name: string;
  content: ArrayBuffer;
}

/** Told how many of a file's bytes SharePoint has taken so far, for a file sent in chunks. */
export type UploadProgress = (sentBytes: number, totalBytes: number) => void;

export interface EvidenceFile {
  name: string;
  /** Server-relative URL (`/sites/tracker/Evidence/…`), usable as a link on the site. */
  url: string;
}

/** Where a saved item stands when it is written again: its id and the ETag last read. */
export interface Revision {
  id: number;
  etag: string;
}

export interface ImportOutcome {
  kind: ImportParseResult['kind'];
  /** Rows that created list items, and rows that updated existing ones (plan + reference). */
  created: number;
  updated: number;
  plansCreated: string[];
  /** Owners named in the file who match no site user yet: kept as names, listed for the lead. */
  unlinkedOwners: string[];
  /** List item writes made (for progress and benchmarks). */
  writes: number;
}

export interface ImportOptions {
  /** Validate and match everything, write nothing. */
  dryRun?: boolean;
  /** Called as rows are written. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Reads and writes the tracker's lists through PnPjs: the one data path for web parts, the CLI,
 * the reminder job and tests. Queries lead with indexed columns (queryPlan.ts); saves pass the
 * ETag read and throw `ConflictError` (with the server's version) rather than overwrite;
 * failures come back as the typed errors of errors.ts.
 */
export interface ITrackerRepository {
  listPlans(): Promise<Stored<Plan>[]>;

  /**
   * Sets up a plan (type, years, lead, change requests), or saves over `revision` (ConflictError
   * when stale). A new plan's title must be unused: titles are unique (ValidationError).
   */
  savePlan(plan: Plan, revision?: Revision): Promise<Stored<Plan>>;

  /** One plan's tracker for a period. Throws NotFoundError for an unknown plan. */
  loadTracker(planTitle: string, period: ReportingPeriod): Promise<PlanTracker>;

  /** What `email` owns or is delegate for, across plans, for the period. */
  myItems(email: string, period: ReportingPeriod): Promise<MyItems>;

  /**
   * Submitted updates in plans `email` leads (plan lead or lead of the action's objective),
   * for the period, oldest first.
   */
  reviewQueue(email: string, period: ReportingPeriod): Promise<ReviewItem[]>;

  /**
   * A plan lead approves or returns a submitted update; returning needs a comment the owner will
   * see (ValidationError without one). ConflictError when the update changed since it was read;
   * NotReviewerError when the reviewer leads neither the plan nor the action's objective.
   */
  reviewUpdate(plan: string, update: Stored<Update>, decision: ReviewDecision, comment: string | undefined, reviewer: PersonRef): Promise<Stored<Update>>;

  /**
   * Uploads a file to the Evidence library, tagged with the plan, action and period, and returns
   * its URL to put in an update's evidence. ValidationError for an empty or too large file;
   * `progress` hears how far a file over 10 MB (sent in chunks) has got.
   */
  uploadEvidence(plan: string, actionRef: string, period: ReportingPeriod, file: EvidenceUpload, progress?: UploadProgress): Promise<EvidenceFile>;

  /** Adds an update, or saves over `revision` (ConflictError when it is stale). */
  saveUpdate(plan: string, update: Update, revision?: Revision): Promise<Stored<Update>>;

  saveMeasureValue(plan: string, value: MeasureValue, revision?: Revision): Promise<Stored<MeasureValue>>;

  /** Marks a milestone done on `doneDate`, with its evidence; ConflictError when it changed since read. */
  completeMilestone(milestone: Stored<Milestone>, doneDate: IsoDate, evidence?: string): Promise<Stored<Milestone>>;

  /**
   * Records a pending request; ValidationError when the plan does not allow change requests, or
   * when a request for the same deadline is already waiting for a decision.
   */
  requestDeadlineChange(plan: string, request: DeadlineChangeRequest): Promise<Stored<DeadlineChangeRequest>>;

  /**
   * Writes a parsed import all-or-nothing (SPEC §4.6): ValidationError when the file had errors;
   * on a failure part-way the lists are put back exactly as they were. Re-importing the same
   * rows updates (matching plan + reference) instead of duplicating.
   */
  importRows(parsed: ImportParseResult, options?: ImportOptions): Promise<ImportOutcome>;
}
