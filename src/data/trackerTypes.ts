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
  Severity,
  Update
} from '../domain/model';
import { FieldText } from '../domain/itemHistory';
import { DueAction, DueSources, PersonsDueWork } from '../domain/myMilestones';
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

/**
 * A plan's tracker as a report reads it (loadReportTracker): the report's own columns, from the
 * quarter `from`'s report span to the period's. Its `updates` are the updates that count, one per
 * action and quarter, rebuilt from each action's ReportedStatuses (status, and whether there was
 * commentary); each carries its action's id and no ETag: they are for reporting, never saving.
 * Nothing in it carries an ETag but the plan; milestones are those not done (the ones a report can
 * list); change requests are not read, nor actions' service areas, delegates, resources or
 * evidence (no report figure uses them).
 */
export interface ReportTracker extends PlanTracker {
  /** The reporting calendar's entries for every year read. */
  calendarEntries: CalendarEntry[];
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

/**
 * The items of a person's due list as the repository holds them: milestones and change requests
 * with their ETags, to be marked done or decided from the list; actions with their ids only
 * (nothing is saved over them from the list).
 */
export interface StoredDueSources extends DueSources {
  milestone: Stored<Milestone>;
  action: { id: number; value: DueAction };
  request: Stored<DeadlineChangeRequest>;
}

/** What one person's due list (SPEC §5.3, domain/myMilestones) is built from, across all plans. */
export type MyDueWork = PersonsDueWork<StoredDueSources>;

/** A submitted update waiting for a plan lead's decision (SPEC §5.1 review queue). */
export interface ReviewItem {
  plan: string;
  action: Stored<Action>;
  update: Stored<Update>;
  /** The update that counted last period, for comparison. */
  previous?: Update;
}

/** A deadline change request waiting for a plan lead's decision. */
export interface DeadlineChangeItem {
  plan: string;
  request: Stored<DeadlineChangeRequest>;
}

/** What waits for a lead in a period: submitted updates to approve or return, and deadline change requests to decide. */
export interface ReviewQueue {
  updates: ReviewItem[];
  deadlineChanges: DeadlineChangeItem[];
}

export type { ReviewDecision } from '../domain/reviewDecisions';

/** A file chosen as evidence: its name as the person's device gives it, and its bytes. */
export interface EvidenceUpload {
  name: string;
  content: ArrayBuffer;
}

/** Told how many of a file's bytes SharePoint has taken so far, for a file sent in chunks. */
export type UploadProgress = (sentBytes: number, totalBytes: number) => void;

/** An evidence file in the Evidence document library. */
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


/** The management team's response to a performance challenge, kept in the Challenges list. */
export interface ChallengeResponse {
  /** The challenge's stable reference, e.g. `Q4E01`. */
  ref: string;
  period: ReportingPeriod;
  itemType: 'action' | 'measure';
  itemRef: string;
  /** The challenge's severity, as the report gave it (the Challenges list requires it). */
  severity: Severity;
  response: string;
}

/** One saved version of a list item: when, by whom, and its fields as text. */
export interface ItemVersion {
  /** The version's number (1 for the first). */
  version: number;
  /** ISO date-time the version was saved. */
  savedOn: string;
  /** The editor's display name. */
  savedBy: string;
  /** The fields a person reads, by display name, in the list's order. */
  fields: FieldText[];
}

/** One list item's versions, oldest first; `period` for a quarterly update or a measure value. */
export interface VersionedItem {
  period?: ReportingPeriod;
  versions: ItemVersion[];
}

/** An action or measure with the items whose versions make its history. */
export interface ItemVersions {
  itemType: 'action' | 'measure';
  ref: string;
  title: string;
  /** The action or measure itself (a measure: each year's definition), then its updates or values. */
  items: VersionedItem[];
}
