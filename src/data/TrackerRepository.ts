import { SPFI } from '@pnp/sp';
import {
  DeadlineChangeRequest, IsoDate, MeasureValue, Milestone, PersonRef, Plan, ReportingPeriod, Update
} from '../domain/model';
import { DeadlineDecision } from '../domain/deadlineChanges';
import { isPlanTitleTaken } from '../domain/plans';
import { mayCompete } from '../domain/quarterlyDuties';
import { ReviewDecision } from '../domain/reviewDecisions';
import { validateUpdate } from '../domain/updateValidation';
import { ImportParseResult } from '../domain/import';
import {
  ChallengeResponse, EvidenceFile, EvidenceUpload, ImportOptions, ImportOutcome, ItemVersions, ITrackerRepository, LinkOutcome, MyItems, PlanTracker,
  ReportTracker, Revision, ReviewQueue, Stored, UploadProgress
} from './ITrackerRepository';
import { readChallengeResponses, saveChallengeResponse } from './challengeSaves';
import { ActionKey, refreshReportedStatuses } from './reportedStatuses';
import { readActionVersions, readMeasureVersions } from './queries/historyReads';
import { readReportItems, ReportItems, ReportSpan } from './queries/reportReads';
import { challengeResponseFromItem } from './mapping/challengeMapping';
import { linkNamedPerson, setObjectiveLeads } from './admin/personLinks';
import { decideDeadlineChange } from './deadlineDecisions';
import { NotFoundError, ValidationError } from './errors';
import { guarded } from './guard';
import { consoleLogger, ILogger } from './logger';
import { ItemLookups } from './itemLookups';
import { ItemSaves } from './itemSaves';
import { refuseChangeRequest, refuseCompetingMeasureValue, refuseCompetingUpdate } from './addClashes';
import { milestoneFromItem } from './mapping/actionMapping';
import { dateToItem } from './mapping/fieldValues';
import { measureValueFromItem, measureValueToItem } from './mapping/measureMapping';
import { planFromItem, planToItem } from './mapping/planMapping';
import { changeRequestToItem, updateFromItem, updateToItem } from './mapping/updateMapping';
import { PeopleResolver } from './people';
import { readLastReportedPeriod } from './queries/lastReported';
import { readMyItems } from './queries/myItemsReads';
import { readReviewQueue } from './queries/reviewQueueReads';
import { readPlans, readTrackerItems } from './queries/trackerReads';
import { reviewUpdate } from './reviews';
import { storedAll, trackerOf } from './trackerMapping';

export interface TrackerRepositoryOptions {
  /** The instant recorded as a value's EnteredOn and a review's ReviewedOn (tests and local mode's demo clock fix it). */
  now?: () => Date;
  /** Where failures nobody can act on are logged (default: the console). */
  logger?: ILogger;
}

/**
 * The tracker's lists through PnPjs (ITrackerRepository, every role): thin, delegating reads to
 * queries/, single saves to ItemSaves, imports to import/, and the rules to src/domain. Every
 * call runs inside the one error guard. Build `sp` with createSp.
 */
export class TrackerRepository implements ITrackerRepository {
  private readonly lookups: ItemLookups;
  private readonly saves: ItemSaves;
  private readonly now: () => Date;
  private readonly logger: ILogger;

  public constructor(private readonly sp: SPFI, options: TrackerRepositoryOptions = {}) {
    this.lookups = new ItemLookups(sp);
    this.saves = new ItemSaves(sp);
    this.now = options.now || (() => new Date());
    this.logger = options.logger || consoleLogger;
  }

  public listPlans(): Promise<Stored<Plan>[]> {
    return this.guard('listPlans', 'The plans list', async () => storedAll(await readPlans(this.sp), planFromItem));
  }

  public savePlan(plan: Plan, revision?: Revision): Promise<Stored<Plan>> {
    return this.guard('savePlan', `Plan "${plan.title}"`, async () => {
      const leadId = await new PeopleResolver(this.sp).idOf(plan.lead);
      const props = planToItem(plan, leadId);
      if (revision) {
        return this.saves.save('plans', revision.id, revision.etag, props, plan, planFromItem, 'plan');
      }
      if (isPlanTitleTaken((await this.listPlans()).map((stored) => stored.value), plan.title)) {
        throw new ValidationError([{ field: 'title', code: 'planTitleTaken', message: `There is already a plan called "${plan.title}": choose another title.`, args: { title: plan.title } }]);
      }
      return this.saves.add('plans', props, plan, 'plan');
    });
  }

  public loadTracker(planTitle: string, period: ReportingPeriod): Promise<PlanTracker> {
    return this.guard('loadTracker', `Plan "${planTitle}"`, async () => {
      const items = await readTrackerItems(this.sp, planTitle, period);
      if (!items) {
        throw new NotFoundError(`Plan "${planTitle}"`);
      }
      return trackerOf(items, period);
    });
  }

  public loadReportTracker(planTitle: string, period: ReportingPeriod): Promise<ReportTracker> {
    return this.guard('loadReportTracker', `Plan "${planTitle}"`, async () => (await this.reportItems(planTitle, { period, from: period })).tracker);
  }

  public loadDashboardTracker(planTitle: string, period: ReportingPeriod, from: ReportingPeriod): Promise<{ tracker: ReportTracker; responses: Stored<ChallengeResponse>[] }> {
    return this.guard('loadDashboardTracker', `Plan "${planTitle}"`, async () => {
      const items = await this.reportItems(planTitle, { period, from, withResponses: true });
      return { tracker: items.tracker, responses: storedAll(items.responses, challengeResponseFromItem) };
    });
  }

  public lastReportedPeriod(planTitle: string): Promise<ReportingPeriod | undefined> {
    return this.guard('lastReportedPeriod', `Plan "${planTitle}"`, async () => {
      const plan = await this.lookups.plan(planTitle);
      return readLastReportedPeriod(this.sp, plan.id, plan.value);
    });
  }

  public challengeResponses(planTitle: string, period: ReportingPeriod): Promise<Stored<ChallengeResponse>[]> {
    return this.guard('challengeResponses', `Plan "${planTitle}"`, async () => readChallengeResponses(this.sp, (await this.lookups.plan(planTitle)).id, period));
  }

  public saveChallengeResponse(planTitle: string, response: ChallengeResponse, revision: Revision | undefined, editor: PersonRef): Promise<Stored<ChallengeResponse>> {
    const context = { sp: this.sp, lookups: this.lookups, saves: this.saves };
    return this.guard('saveChallengeResponse', `The response to challenge ${response.ref}`, () => saveChallengeResponse(context, planTitle, response, revision, editor));
  }

  public itemVersions(planTitle: string, itemType: 'action' | 'measure', ref: string): Promise<ItemVersions> {
    return this.guard('itemVersions', `The history of ${itemType} ${ref}`, () =>
      itemType === 'action' ? readActionVersions(this.sp, this.lookups, planTitle, ref) : readMeasureVersions(this.sp, this.lookups, planTitle, ref));
  }

  public myItems(email: string, period: ReportingPeriod): Promise<MyItems> {
    return this.guard('myItems', 'Your items', () => readMyItems(this.sp, email, period));
  }

  public reviewQueue(email: string, period: ReportingPeriod): Promise<ReviewQueue> {
    return this.guard('reviewQueue', 'The review queue', () => readReviewQueue(this.sp, email, period));
  }

  public reviewUpdate(plan: string, update: Stored<Update>, decision: ReviewDecision, comment: string | undefined, reviewer: PersonRef): Promise<Stored<Update>> {
    const context = { sp: this.sp, lookups: this.lookups, saves: this.saves, now: this.now, keepStatuses: (actions: ActionKey[]) => this.keepStatuses(actions) };
    return this.guard('reviewUpdate', `The update on ${plan} action ${update.value.actionRef}`, () => reviewUpdate(context, plan, update, decision, comment, reviewer));
  }

  public saveUpdate(plan: string, update: Update, revision?: Revision): Promise<Stored<Update>> {
    return this.guard('saveUpdate', `Action ${update.actionRef}`, async () => {
      const problems = validateUpdate(update);
      if (problems.length > 0) {
        throw new ValidationError(problems);
      }
      const planId = (await this.lookups.plan(plan)).id;
      const action = await this.lookups.action(planId, update.actionRef);
      const submittedById = await new PeopleResolver(this.sp).idOf(update.submittedBy);
      const props = updateToItem(update, { planId, actionId: action.Id as number, submittedById });
      if (!revision && mayCompete(update)) {
        await refuseCompetingUpdate(this.sp, action.Id as number, update);
      }
      const saved = revision
        ? await this.saves.save('updates', revision.id, revision.etag, props, update, updateFromItem, 'update')
        : await this.saves.add('updates', props, update, 'update');
      await this.keepStatuses([{ planId, actionId: action.Id as number }]);
      return saved;
    });
  }

  public saveMeasureValue(plan: string, value: MeasureValue, revision?: Revision): Promise<Stored<MeasureValue>> {
    return this.guard('saveMeasureValue', `Measure ${value.measureRef}`, async () => {
      const planId = (await this.lookups.plan(plan)).id;
      const measure = await this.lookups.measure(planId, value.measureRef, value.financialYear);
      const enteredById = await new PeopleResolver(this.sp).idOf(value.enteredBy);
      const props = measureValueToItem(value, { planId, measureId: measure.Id as number, enteredById, enteredOn: this.now().toISOString() });
      if (revision) {
        return this.saves.save('measureValues', revision.id, revision.etag, props, value, measureValueFromItem, 'measure value');
      }
      await refuseCompetingMeasureValue(this.sp, measure.Id as number, value);
      return this.saves.add('measureValues', props, value, 'measure value');
    });
  }

  public completeMilestone(milestone: Stored<Milestone>, doneDate: IsoDate, evidence?: string): Promise<Stored<Milestone>> {
    const kept = evidence && evidence.trim() ? evidence : undefined;
    const value: Milestone = { ...milestone.value, doneDate, evidence: kept };
    // eslint-disable-next-line @rushstack/no-new-null -- null clears the column in SharePoint
    const props = { DoneDate: dateToItem(doneDate), Evidence: kept === undefined ? null : kept };
    return this.guard('completeMilestone', `Milestone "${milestone.value.title}"`, () =>
      this.saves.save('milestones', milestone.id, milestone.etag, props, value, milestoneFromItem, 'milestone'));
  }

  public reopenMilestone(milestone: Stored<Milestone>): Promise<Stored<Milestone>> {
    const value: Milestone = { ...milestone.value };
    delete value.doneDate;
    // eslint-disable-next-line @rushstack/no-new-null -- null clears the column in SharePoint
    const props = { DoneDate: null };
    return this.guard('reopenMilestone', `Milestone "${milestone.value.title}"`, () =>
      this.saves.save('milestones', milestone.id, milestone.etag, props, value, milestoneFromItem, 'milestone'));
  }

  public requestDeadlineChange(plan: string, request: DeadlineChangeRequest): Promise<Stored<DeadlineChangeRequest>> {
    return this.guard('requestDeadlineChange', `Action ${request.actionRef}`, async () => {
      const stored = await this.lookups.plan(plan);
      const action = await this.lookups.action(stored.id, request.actionRef);
      const milestone = request.milestoneTitle ? await this.lookups.milestone(action.Id as number, request.milestoneTitle) : undefined;
      await refuseChangeRequest(this.sp, stored.value, action.Id as number, request);
      const people = new PeopleResolver(this.sp);
      const requesterId = await people.idOf(request.requester);
      if (requesterId === undefined) {
        const name = request.requester.name;
        throw new ValidationError([{ field: 'requester', code: 'requesterNotUser', message: `${name} is not a user of this site, so cannot ask for a deadline change.`, args: { name } }]);
      }
      const props = changeRequestToItem(request, {
        planId: stored.id,
        actionId: action.Id as number,
        milestoneId: milestone ? (milestone.Id as number) : undefined,
        requesterId,
        decidedById: await people.idOf(request.decidedBy)
      });
      return this.saves.add('changeRequests', props, request, 'deadline change request');
    });
  }

  public uploadEvidence(plan: string, actionRef: string, period: ReportingPeriod, file: EvidenceUpload, progress?: UploadProgress): Promise<EvidenceFile> {
    return this.guard('uploadEvidence', `Action ${actionRef}`, async () => {
      // Loaded on first upload: file and folder calls are not needed to list and update items.
      const { EvidenceLibrary } = await import(/* webpackChunkName: 'tracker-evidence' */ './evidence');
      return new EvidenceLibrary(this.sp, this.lookups).upload(plan, actionRef, period, file, progress);
    });
  }

  public decideDeadlineChange(plan: string, request: Stored<DeadlineChangeRequest>, decision: DeadlineDecision, decider: PersonRef, today: IsoDate): Promise<Stored<DeadlineChangeRequest>> {
    const context = { sp: this.sp, lookups: this.lookups, saves: this.saves };
    return this.guard('decideDeadlineChange', `The request to move ${request.value.actionRef}`, () => decideDeadlineChange(context, plan, request, decision, decider, today));
  }

  public linkNamedPerson(plan: string, name: string, person: PersonRef): Promise<LinkOutcome> {
    return this.guard('linkNamedPerson', `Plan "${plan}"`, () => linkNamedPerson(this.sp, this.lookups, this.saves, plan, name, person));
  }

  public setObjectiveLeads(plan: string, objectiveRef: string, leads: PersonRef[]): Promise<void> {
    return this.guard('setObjectiveLeads', `Objective ${objectiveRef}`, () => setObjectiveLeads(this.sp, this.lookups, this.saves, plan, objectiveRef, leads));
  }

  public async importRows(parsed: ImportParseResult, options: ImportOptions = {}): Promise<ImportOutcome> {
    // Web parts never import: the writer stays out of their bundles (a chunk loaded if ever used).
    const { importRows } = await import(/* webpackChunkName: 'tracker-import' */ './import/importWriter');
    return importRows(this.sp, parsed, options);
  }

  private async reportItems(planTitle: string, span: ReportSpan): Promise<ReportItems> {
    const items = await readReportItems(this.sp, planTitle, span);
    if (!items) {
      throw new NotFoundError(`Plan "${planTitle}"`);
    }
    return items;
  }

  /**
   * After an update is saved: the save stands even if its action's ReportedStatuses cannot be
   * brought up to date (throttled past the retries), so the failure is logged, not thrown; the
   * action's next update save or review works the column out afresh.
   */
  private async keepStatuses(actions: ActionKey[]): Promise<void> {
    try {
      await refreshReportedStatuses(this.sp, actions);
    } catch (error) {
      this.logger.warn('TrackerRepository.keepStatuses', `Reported statuses of action(s) ${actions.map((key) => key.actionId).join(', ')} not brought up to date: ${(error as Error).message}`);
    }
  }

  private guard<T>(method: string, what: string, work: () => Promise<T>): Promise<T> {
    return guarded(this.logger, `TrackerRepository.${method}`, what, work);
  }
}
