import { DeadlineChangeRequest, IsoDate, MeasureValue, Milestone, PersonRef, Plan, ReportingPeriod, Update } from '../domain/model';
import { DeadlineDecision } from '../domain/deadlineChanges';
import { ReviewDecision } from '../domain/reviewDecisions';
import { ImportParseResult } from '../domain/import';
import { LinkOutcome } from './admin/personLinks';
import {
  ChallengeResponse, EvidenceFile, EvidenceUpload, ImportOptions, ImportOutcome, ItemVersions, MyDueWork, MyItems, PlanTracker, ReportTracker, Revision, ReviewQueue, Stored,
  UploadProgress
} from './trackerTypes';

export * from './trackerTypes';
export type { LinkOutcome } from './admin/personLinks';

/**
 * The tracker's lists through PnPjs: the one data path for web parts, the CLI, the reminder job
 * and tests. Each surface is handed the roles it uses (a person's page cannot import; the
 * dashboard cannot write an update). Queries lead with indexed columns (queryPlan.ts); saves pass
 * the ETag read and throw `ConflictError` (with the server's version) rather than overwrite;
 * failures come back as the typed errors of errors.ts, validation problems with codes a surface
 * can translate.
 */

/** Reading plans and a plan's tracker for a period: reports and dashboards. */
export interface ITrackerReader {
  listPlans(): Promise<Stored<Plan>[]>;

  /** One plan's tracker for a period. Throws NotFoundError for an unknown plan. */
  loadTracker(planTitle: string, period: ReportingPeriod): Promise<PlanTracker>;

  /**
   * One plan's tracker as its report for `period` reads it (ReportTracker): the report's columns
   * only, in two requests however large the tracker. Throws NotFoundError for an unknown plan.
   */
  loadReportTracker(planTitle: string, period: ReportingPeriod): Promise<ReportTracker>;

  /** The latest of the plan's quarters with an update that counts or a measure value, if any (where an ended plan opens). */
  lastReportedPeriod(planTitle: string): Promise<ReportingPeriod | undefined>;
}

/** The executive dashboard (SPEC §5.2): the report's reads, management responses and items' histories. */
export interface IDashboardRepository extends ITrackerReader {
  /**
   * In one read (two requests): the plan's tracker as the reports of every quarter from `from` to
   * `period` read it, and its saved responses to `period`'s challenges. NotFoundError for an unknown plan.
   */
  loadDashboardTracker(planTitle: string, period: ReportingPeriod, from: ReportingPeriod): Promise<{ tracker: ReportTracker; responses: Stored<ChallengeResponse>[] }>;

  /** The plan's saved responses to the period's performance challenges. NotFoundError for an unknown plan. */
  challengeResponses(planTitle: string, period: ReportingPeriod): Promise<Stored<ChallengeResponse>[]>;

  /**
   * Adds a challenge's response, or saves over `revision` (ConflictError when it is stale, or when
   * a first save finds one already saved); NotPlanLeadError for anyone but the plan's lead;
   * ValidationError for an empty response.
   */
  saveChallengeResponse(planTitle: string, response: ChallengeResponse, revision: Revision | undefined, editor: PersonRef): Promise<Stored<ChallengeResponse>>;

  /** An action with its updates, or a measure (each year's definition) with its values, and every version of each. */
  itemVersions(planTitle: string, itemType: 'action' | 'measure', ref: string): Promise<ItemVersions>;
}

/** A person's own work for a period (SPEC §5.1, §5.3): what they owe, and the saves that pay it. */
export interface IMyWorkRepository {
  /** What `email` owns or is delegate for, across open plans, for the period. */
  myItems(email: string, period: ReportingPeriod): Promise<MyItems>;

  /**
   * What `email`'s due list (domain/myMilestones, SPEC §5.3) is built from on `today`, across all
   * plans: the actions and not-done milestones they own, the deadline change requests waiting in
   * the plans they lead, the plans and the reporting calendar. Reads only the person's items, on
   * indexed columns, in three HTTP requests (a fourth when some of their milestones sit under
   * other people's actions, or an action's ReportedStatuses were never worked out).
   */
  myDueWork(email: string, today: IsoDate): Promise<MyDueWork>;

  /** Adds an update, or saves over `revision` (ConflictError when it is stale, or when another editable update for the period exists). */
  saveUpdate(plan: string, update: Update, revision?: Revision): Promise<Stored<Update>>;

  /** Adds the period's value, or saves over `revision` (ConflictError when stale, or when the period already has one). */
  saveMeasureValue(plan: string, value: MeasureValue, revision?: Revision): Promise<Stored<MeasureValue>>;

  /** Marks a milestone done on `doneDate`, with its evidence; ConflictError when it changed since read. */
  completeMilestone(milestone: Stored<Milestone>, doneDate: IsoDate, evidence?: string): Promise<Stored<Milestone>>;

  /** Undoes "done": the milestone is due again (its evidence is kept). ConflictError when it changed since read. */
  reopenMilestone(milestone: Stored<Milestone>): Promise<Stored<Milestone>>;

  /**
   * Records a pending request; ValidationError when the plan does not allow change requests, or
   * when a request for the same deadline is already waiting for a decision.
   */
  requestDeadlineChange(plan: string, request: DeadlineChangeRequest): Promise<Stored<DeadlineChangeRequest>>;

  /**
   * Uploads a file to the Evidence library, tagged with the plan, action and period, and returns
   * its URL to put in an update's evidence. ValidationError for an empty or too large file;
   * `progress` hears how far a file over 10 MB (sent in chunks) has got.
   */
  uploadEvidence(plan: string, actionRef: string, period: ReportingPeriod, file: EvidenceUpload, progress?: UploadProgress): Promise<EvidenceFile>;
}

/** Leads' reviews of submitted updates (SPEC §5.1 review queue). */
export interface IReviewRepository {
  /**
   * Submitted updates of the period that `email` reviews (domain/reviewers), oldest first, and the
   * deadline change requests waiting for their decision in the plans they lead.
   */
  reviewQueue(email: string, period: ReportingPeriod): Promise<ReviewQueue>;

  /**
   * Approves or returns a submitted update; returning needs a comment the owner will see
   * (ValidationError without one). ConflictError when the update changed since it was read;
   * NotReviewerError when the reviewer leads neither the plan nor the action's objective.
   */
  reviewUpdate(plan: string, update: Stored<Update>, decision: ReviewDecision, comment: string | undefined, reviewer: PersonRef): Promise<Stored<Update>>;

  /**
   * The plan's lead agrees or turns down a deadline change request; agreeing moves the action's
   * end date or the milestone's due date and keeps the original. ConflictError when the request or
   * the deadline changed since read; NotPlanLeadError for anyone but the plan's lead.
   */
  decideDeadlineChange(plan: string, request: Stored<DeadlineChangeRequest>, decision: DeadlineDecision, decider: PersonRef, today: IsoDate): Promise<Stored<DeadlineChangeRequest>>;
}

/** Setting up plans (SPEC §5.5). */
export interface IPlanAdminRepository {
  /**
   * Sets up a plan (type, years, lead, change requests), or saves over `revision` (ConflictError
   * when stale). A new plan's title must be unused: titles are unique (ValidationError).
   */
  savePlan(plan: Plan, revision?: Revision): Promise<Stored<Plan>>;

  /**
   * Links an owner the plan names but the site does not know ("IB", "CA1") to a site user: they
   * then own what the name owns and are a delegate where it is one (SPEC §4.6). The names stay.
   */
  linkNamedPerson(plan: string, name: string, person: PersonRef): Promise<LinkOutcome>;

  /** Sets an objective's leads, who then review its actions' updates (domain/reviewers). */
  setObjectiveLeads(plan: string, objectiveRef: string, leads: PersonRef[]): Promise<void>;
}

/** Bringing in existing trackers (SPEC §4.6). */
export interface IImportRepository {
  /**
   * Writes a parsed import all-or-nothing: ValidationError when the file had errors; on a failure
   * part-way the lists are put back exactly as they were. Re-importing the same rows updates
   * (matching plan + reference) instead of duplicating.
   */
  importRows(parsed: ImportParseResult, options?: ImportOptions): Promise<ImportOutcome>;
}

/** Every role: what the CLI, local mode's loader and the tests hold. */
export interface ITrackerRepository extends ITrackerReader, IDashboardRepository, IMyWorkRepository, IReviewRepository, IPlanAdminRepository, IImportRepository {}
