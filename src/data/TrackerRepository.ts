import { SPFI } from '@pnp/sp';
import {
  DeadlineChangeRequest, IsoDate, MeasureValue, Milestone, PersonRef, Plan, ReportingPeriod, Update
} from '../domain/model';
import { validateUpdate } from '../domain/updateValidation';
import { ImportParseResult } from '../domain/import';
import {
  EvidenceFile, EvidenceUpload, ImportOptions, ImportOutcome, ITrackerRepository, MyItems, PlanTracker, Revision, ReviewDecision,
  ReviewItem, Stored, UploadProgress
} from './ITrackerRepository';
import { NotFoundError, toTrackerError, ValidationError } from './errors';
import { ItemLookups } from './itemLookups';
import { ItemSaves } from './itemSaves';
import { refuseSecondEditableUpdate, refuseSecondMeasureValue, refuseSecondPendingChange } from './addClashes';
import { milestoneFromItem } from './mapping/actionMapping';
import { dateToItem } from './mapping/fieldValues';
import { measureValueFromItem, measureValueToItem } from './mapping/measureMapping';
import { planFromItem, planToItem } from './mapping/planMapping';
import { changeRequestToItem, updateFromItem, updateToItem } from './mapping/updateMapping';
import { PeopleResolver } from './people';
import { readMyItems } from './queries/myItemsReads';
import { readReviewQueue } from './queries/reviewQueueReads';
import { readPlans, readTrackerItems } from './queries/trackerReads';
import { reviewUpdate } from './reviews';
import { storedAll, trackerOf } from './trackerMapping';

/**
 * The tracker's lists through PnPjs (ITrackerRepository): thin, delegating reads to
 * queries/, single saves to ItemSaves and imports to import/. Build `sp` with createSp.
 */
export class TrackerRepository implements ITrackerRepository {
  private readonly lookups: ItemLookups;
  private readonly saves: ItemSaves;

  /** `now` gives the instant recorded as a measure value's EnteredOn (tests pass a fixed clock). */
  public constructor(private readonly sp: SPFI, private readonly now: () => Date = () => new Date()) {
    this.lookups = new ItemLookups(sp);
    this.saves = new ItemSaves(sp);
  }

  public async listPlans(): Promise<Stored<Plan>[]> {
    try {
      return storedAll(await readPlans(this.sp), planFromItem);
    } catch (error) {
      throw toTrackerError(error, 'The plans list');
    }
  }

  public async savePlan(plan: Plan, revision?: Revision): Promise<Stored<Plan>> {
    try {
      const leadId = await new PeopleResolver(this.sp).idOf(plan.lead);
      const props = planToItem(plan, leadId);
      if (revision) {
        return await this.saves.save('plans', revision.id, revision.etag, props, plan, planFromItem, 'plan');
      }
      const existing = (await this.listPlans()).filter((stored) => stored.value.title === plan.title)[0];
      if (existing) {
        throw new ValidationError([{ field: 'title', message: `There is already a plan called "${plan.title}": choose another title.` }]);
      }
      return await this.saves.add('plans', props, plan, 'plan');
    } catch (error) {
      throw toTrackerError(error, `Plan "${plan.title}"`);
    }
  }

  public async loadTracker(planTitle: string, period: ReportingPeriod): Promise<PlanTracker> {
    try {
      const items = await readTrackerItems(this.sp, planTitle, period);
      if (!items) {
        throw new NotFoundError(`Plan "${planTitle}"`);
      }
      return trackerOf(items, period);
    } catch (error) {
      throw toTrackerError(error, `Plan "${planTitle}"`);
    }
  }

  public async myItems(email: string, period: ReportingPeriod): Promise<MyItems> {
    try {
      return await readMyItems(this.sp, email, period);
    } catch (error) {
      throw toTrackerError(error, 'Your items');
    }
  }

  public async reviewQueue(email: string, period: ReportingPeriod): Promise<ReviewItem[]> {
    try {
      return await readReviewQueue(this.sp, email, period);
    } catch (error) {
      throw toTrackerError(error, 'The review queue');
    }
  }

  public reviewUpdate(plan: string, update: Stored<Update>, decision: ReviewDecision, comment: string | undefined, reviewer: PersonRef): Promise<Stored<Update>> {
    return reviewUpdate({ sp: this.sp, lookups: this.lookups, saves: this.saves, now: this.now }, plan, update, decision, comment, reviewer);
  }

  public async saveUpdate(plan: string, update: Update, revision?: Revision): Promise<Stored<Update>> {
    const problems = validateUpdate(update);
    if (problems.length > 0) {
      throw new ValidationError(problems.map((problem) => ({ field: problem.field, message: problem.message })));
    }
    try {
      const planId = (await this.lookups.plan(plan)).id;
      const action = await this.lookups.action(planId, update.actionRef);
      const submittedById = await new PeopleResolver(this.sp).idOf(update.submittedBy);
      const props = updateToItem(update, { planId, actionId: action.Id as number, submittedById });
      if (revision) {
        return await this.saves.save('updates', revision.id, revision.etag, props, update, updateFromItem, 'update');
      }
      if (update.reviewState !== 'Approved') {
        await refuseSecondEditableUpdate(this.sp, action.Id as number, { financialYear: update.financialYear, quarter: update.quarter });
      }
      return await this.saves.add('updates', props, update, 'update');
    } catch (error) {
      throw toTrackerError(error, `Action ${update.actionRef}`);
    }
  }

  public async saveMeasureValue(plan: string, value: MeasureValue, revision?: Revision): Promise<Stored<MeasureValue>> {
    try {
      const planId = (await this.lookups.plan(plan)).id;
      const measure = await this.lookups.measure(planId, value.measureRef, value.financialYear);
      const enteredById = await new PeopleResolver(this.sp).idOf(value.enteredBy);
      const props = measureValueToItem(value, { planId, measureId: measure.Id as number, enteredById, enteredOn: this.now().toISOString() });
      if (revision) {
        return await this.saves.save('measureValues', revision.id, revision.etag, props, value, measureValueFromItem, 'measure value');
      }
      await refuseSecondMeasureValue(this.sp, measure.Id as number, value);
      return await this.saves.add('measureValues', props, value, 'measure value');
    } catch (error) {
      throw toTrackerError(error, `Measure ${value.measureRef}`);
    }
  }

  public completeMilestone(milestone: Stored<Milestone>, doneDate: IsoDate, evidence?: string): Promise<Stored<Milestone>> {
    const kept = evidence && evidence.trim() ? evidence : undefined;
    const value: Milestone = { ...milestone.value, doneDate, evidence: kept };
    // eslint-disable-next-line @rushstack/no-new-null -- null clears the column in SharePoint
    const props = { DoneDate: dateToItem(doneDate), Evidence: kept === undefined ? null : kept };
    return this.saves.save('milestones', milestone.id, milestone.etag, props, value, milestoneFromItem, 'milestone');
  }

  public async requestDeadlineChange(plan: string, request: DeadlineChangeRequest): Promise<Stored<DeadlineChangeRequest>> {
    try {
      const stored = await this.lookups.plan(plan);
      if (!stored.value.allowChangeRequests) {
        throw new ValidationError([{ message: `${plan} does not allow deadline change requests: ask the plan lead.` }]);
      }
      const action = await this.lookups.action(stored.id, request.actionRef);
      const milestone = request.milestoneTitle ? await this.lookups.milestone(action.Id as number, request.milestoneTitle) : undefined;
      await refuseSecondPendingChange(this.sp, action.Id as number, request);
      const people = new PeopleResolver(this.sp);
      const requesterId = await people.idOf(request.requester);
      if (requesterId === undefined) {
        throw new ValidationError([{ field: 'requester', message: `${request.requester.name} is not a user of this site, so cannot ask for a deadline change.` }]);
      }
      const props = changeRequestToItem(request, {
        planId: stored.id,
        actionId: action.Id as number,
        milestoneId: milestone ? (milestone.Id as number) : undefined,
        requesterId,
        decidedById: await people.idOf(request.decidedBy)
      });
      return await this.saves.add('changeRequests', props, request, 'deadline change request');
    } catch (error) {
      throw toTrackerError(error, `Action ${request.actionRef}`);
    }
  }

  public async uploadEvidence(plan: string, actionRef: string, period: ReportingPeriod, file: EvidenceUpload, progress?: UploadProgress): Promise<EvidenceFile> {
    try {
      // Loaded on first upload: file and folder calls are not needed to list and update items.
      const { EvidenceLibrary } = await import(/* webpackChunkName: 'tracker-evidence' */ './evidence');
      return await new EvidenceLibrary(this.sp, this.lookups).upload(plan, actionRef, period, file, progress);
    } catch (error) {
      throw toTrackerError(error, `Action ${actionRef}`);
    }
  }

  public async importRows(parsed: ImportParseResult, options: ImportOptions = {}): Promise<ImportOutcome> {
    // Web parts never import: the writer stays out of their bundles (a chunk loaded if ever used).
    const { importRows } = await import(/* webpackChunkName: 'tracker-import' */ './import/importWriter');
    return importRows(this.sp, parsed, options);
  }
}
