import { SPFI } from '@pnp/sp';
import { DeadlineChangeRequest, IsoDate, MeasureValue, Milestone, PersonRef, ReportingPeriod, Update } from '../domain/model';
import { DeadlineDecision } from '../domain/deadlineChanges';
import { mayCompete } from '../domain/quarterlyDuties';
import { ReviewDecision } from '../domain/reviewDecisions';
import { validateUpdate } from '../domain/updateValidation';
import {
  EvidenceFile, EvidenceUpload, IMyWorkRepository, IReviewRepository, MyDueWork, MyItems, Revision, ReviewQueue, Stored, UploadProgress
} from './ITrackerRepository';
import { ActionKey, refreshReportedStatuses } from './reportedStatuses';
import { decideDeadlineChange } from './deadlineDecisions';
import { ValidationError } from './errors';
import { guarded } from './guard';
import { consoleLogger, ILogger } from './logger';
import { ItemLookups } from './itemLookups';
import { ItemSaves } from './itemSaves';
import { refuseChangeRequest, refuseCompetingMeasureValue, refuseCompetingUpdate } from './addClashes';
import { milestoneFromItem } from './mapping/actionMapping';
import { dateToItem } from './mapping/fieldValues';
import { measureValueFromItem, measureValueToItem } from './mapping/measureMapping';
import { changeRequestToItem, updateFromItem, updateToItem } from './mapping/updateMapping';
import { PeopleResolver } from './people';
import { readMyItems } from './queries/myItemsReads';
import { readReviewQueue } from './queries/reviewQueueReads';
import { reviewUpdate } from './reviews';

export interface TrackerRepositoryOptions {
  /** The instant recorded as a value's EnteredOn and a review's ReviewedOn (tests and local mode's demo clock fix it). */
  now?: () => Date;
  /** Where failures nobody can act on are logged (default: the console). */
  logger?: ILogger;
}

/**
 * A person's own work and leads' reviews (IMyWorkRepository, IReviewRepository): what My updates
 * is handed. TrackerRepository adds the other roles (reports and the dashboard, plans,
 * administration, import); they live there so that their reads stay out of the bundle every web
 * part page loads (the dashboard's come in its own chunk). Every call runs inside the one error
 * guard. Build `sp` with createSp.
 */
export class WorkRepository implements IMyWorkRepository, IReviewRepository {
  protected readonly lookups: ItemLookups;
  protected readonly saves: ItemSaves;
  protected readonly now: () => Date;
  protected readonly logger: ILogger;

  public constructor(protected readonly sp: SPFI, options: TrackerRepositoryOptions = {}) {
    this.lookups = new ItemLookups(sp);
    this.saves = new ItemSaves(sp);
    this.now = options.now || (() => new Date());
    this.logger = options.logger || consoleLogger;
  }

  public myItems(email: string, period: ReportingPeriod): Promise<MyItems> {
    return this.guard('myItems', 'Your items', () => readMyItems(this.sp, email, period));
  }

  public myDueWork(email: string, today: IsoDate): Promise<MyDueWork> {
    return this.guard('myDueWork', 'Your milestones', async () => {
      // Loaded on first call: My updates, which shares this class, never reads the due list.
      const { readMyDueWork } = await import(/* webpackChunkName: 'tracker-my-milestones' */ './queries/myDueWorkReads');
      return readMyDueWork(this.sp, email, today);
    });
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

  /**
   * After an update is saved: the save stands even if its action's ReportedStatuses cannot be
   * brought up to date (throttled past the retries), so the failure is logged, not thrown; the
   * action's next update save or review works the column out afresh.
   */
  protected async keepStatuses(actions: ActionKey[]): Promise<void> {
    try {
      await refreshReportedStatuses(this.sp, actions);
    } catch (error) {
      this.logger.warn('TrackerRepository.keepStatuses', `Reported statuses of action(s) ${actions.map((key) => key.actionId).join(', ')} not brought up to date: ${(error as Error).message}`);
    }
  }

  protected guard<T>(method: string, what: string, work: () => Promise<T>): Promise<T> {
    return guarded(this.logger, `TrackerRepository.${method}`, what, work);
  }
}
