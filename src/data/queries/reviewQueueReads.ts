import { SPFI } from '@pnp/sp';
import { mayDecideDeadlineChange } from '../../domain/deadlineChanges';
import { Action, DeadlineChangeRequest, Objective, Plan, ReportingPeriod, Update } from '../../domain/model';
import { periodKey, previousPeriod } from '../../domain/periods';
import { isPlanCollecting } from '../../domain/plans';
import { mayReview, reviewsInPlan } from '../../domain/reviewers';
import { countingUpdate } from '../../domain/status';
import { DeadlineChangeItem, ReviewItem, ReviewQueue } from '../ITrackerRepository';
import { and, eq, idEq } from '../odata';
import { actionFromItem, objectiveFromItem } from '../mapping/actionMapping';
import { ItemJson, lookupId, lookupText } from '../mapping/fieldValues';
import { planFromItem } from '../mapping/planMapping';
import { changeRequestFromItem, updateFromItem } from '../mapping/updateMapping';
import { stored } from '../trackerMapping';
import { distinctIds, itemsWithIds, ofIds } from './idGroups';
import { PlannedRead, readGroupsBatched } from './pagedReads';
import { readPlans } from './trackerReads';

/**
 * A lead's review queue for a period (SPEC §5.1) in three round trips (three HTTP requests):
 * 1. the plans;
 * 2. one `$batch`, two reads per plan collecting updates in the period: its objectives (whose
 *    leads review their actions' updates) and which actions have Submitted updates of the period
 *    (ReviewState leads; ids only, so a person who reviews nothing reads a few bytes per update in
 *    the queue); and, in the plans the person leads, the deadline change requests waiting for
 *    their decision (Decision leads), in full;
 * 3. one `$batch`, for the plans where the person reviews: their Submitted updates in full, the
 *    actions of those updates (by id, under their plan) and those actions' updates of the
 *    previous period (to show what counted then), so a lead reads their queue's rows, not the
 *    plan's. Skipped when there are none.
 * Who reviews what is domain/reviewers: the plan lead everything, an objective lead the
 * objective's actions and those of priorities nested under it.
 */

/** Round trip 2 only asks which actions have updates waiting: no ETags or types needed. */
const QUEUE_SCAN = { select: ['Id', 'Action/Id'], expand: ['Action'] };

interface PlanScope {
  plan: ItemJson;
  lead: Plan['lead'];
  objectives: Objective[];
  /** The queue as scanned: update ids and their actions' ids. */
  queued: ItemJson[];
}

interface Details {
  /** Per scope, in order: its Submitted updates in full. */
  submitted: ItemJson[][];
  actions: ItemJson[];
  earlier: ItemJson[];
}

function scopeOf(plan: ItemJson, objectiveItems: readonly ItemJson[], queued: ItemJson[], email: string): PlanScope | undefined {
  const { lead } = planFromItem(plan);
  const objectives = objectiveItems.map(objectiveFromItem);
  return queued.length > 0 && reviewsInPlan({ lead }, objectives, email) ? { plan, lead, objectives, queued } : undefined;
}

function queueRead(planId: number, period: ReportingPeriod): PlannedRead {
  return { query: 'reviewQueue', filter: and(eq('ReviewState', 'Submitted'), idEq('Plan', planId), eq('PeriodKey', periodKey(period))) };
}

/** Oldest first by submittedOn (compared as instants); updates without a time first; then by id. */
function bySubmission(a: ReviewItem, b: ReviewItem): number {
  const time = (item: ReviewItem): number => {
    const parsed = item.update.value.submittedOn ? Date.parse(item.update.value.submittedOn) : NaN;
    return isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
  };
  const difference = time(a) - time(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : a.update.id - b.update.id;
}

function itemsOf(scope: PlanScope, submitted: readonly ItemJson[], details: Details, period: ReportingPeriod, email: string): ReviewItem[] {
  const items: ReviewItem[] = [];
  const title = scope.plan.Title as string;
  submitted.forEach((update) => {
    const actionId = lookupId(update, 'Action');
    const found = details.actions.filter((item) => item.Id === actionId)[0];
    const action = found && stored<Action>(found, actionFromItem);
    if (!action || !mayReview(scope, scope.objectives, action.value.objectiveRef, email)) {
      return;
    }
    const item: ReviewItem = { plan: title, action, update: stored<Update>(update, updateFromItem) };
    const before = details.earlier.filter((candidate) => lookupId(candidate, 'Action') === actionId).map(updateFromItem);
    const previous = countingUpdate(before, previousPeriod(period));
    if (previous) {
      item.previous = previous;
    }
    items.push(item);
  });
  return items;
}

/** The plans' deadline change requests waiting for `email`'s decision, oldest first. */
function pendingRequestReads(plans: readonly ItemJson[], email: string): PlannedRead[] {
  return plans
    .filter((plan) => mayDecideDeadlineChange(planFromItem(plan), email))
    .map((plan) => ({ query: 'pendingChangeRequests' as const, filter: and(eq('Decision', 'Pending'), idEq('Plan', plan.Id as number)) }));
}

function deadlineChangesOf(items: readonly ItemJson[]): DeadlineChangeItem[] {
  return items.map((item) => ({ plan: lookupText(item, 'Plan', 'Title') || '', request: stored<DeadlineChangeRequest>(item, changeRequestFromItem) }));
}

export async function readReviewQueue(sp: SPFI, email: string, period: ReportingPeriod): Promise<ReviewQueue> {
  const plans = (await readPlans(sp)).filter((plan) => isPlanCollecting(planFromItem(plan), period));
  const objectiveReads: PlannedRead[][] = plans.map((plan) => [{ query: 'objectivesOfPlan', filter: idEq('Plan', plan.Id as number) }]);
  const queueScans: PlannedRead[][] = plans.map((plan) => [{ ...queueRead(plan.Id as number, period), columns: QUEUE_SCAN }]);
  const scanned = await readGroupsBatched(sp, objectiveReads.concat(queueScans, [pendingRequestReads(plans, email)]));
  const deadlineChanges = deadlineChangesOf(scanned[2 * plans.length]);
  const scopes: PlanScope[] = [];
  plans.forEach((plan, index) => {
    const scope = scopeOf(plan, scanned[index], scanned[plans.length + index], email);
    if (scope) {
      scopes.push(scope);
    }
  });
  if (scopes.length === 0) {
    return { updates: [], deadlineChanges };
  }
  const details = await readDetails(sp, scopes, period);
  const updates: ReviewItem[] = [];
  scopes.forEach((scope, index) => updates.push(...itemsOf(scope, details.submitted[index], details, period, email)));
  return { updates: updates.sort(bySubmission), deadlineChanges };
}

/** Round trip 3: the queues in full, their actions, and those actions' updates of the previous period. */
async function readDetails(sp: SPFI, scopes: readonly PlanScope[], period: ReportingPeriod): Promise<Details> {
  const actionIdsOf = (updates: readonly ItemJson[]): number[] => distinctIds(updates.map((update) => lookupId(update, 'Action')));
  const actionReads: PlannedRead[] = [];
  scopes.forEach((scope) => itemsWithIds(actionIdsOf(scope.queued)).forEach((group) =>
    actionReads.push({ query: 'actionsOfPlan', filter: and(idEq('Plan', scope.plan.Id as number), group) })));
  const previousKey = periodKey(previousPeriod(period));
  const queued = actionIdsOf(([] as ItemJson[]).concat(...scopes.map((scope) => scope.queued)));
  const earlierReads: PlannedRead[] = ofIds('Action', queued).map((group) => ({ query: 'updatesOfPeriod' as const, filter: and(eq('PeriodKey', previousKey), group) }));
  const results = await readGroupsBatched(sp, scopes.map((scope) => [queueRead(scope.plan.Id as number, period)]).concat([actionReads, earlierReads]));
  return { submitted: results.slice(0, scopes.length), actions: results[scopes.length], earlier: results[scopes.length + 1] };
}
