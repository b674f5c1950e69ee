import { SPFI } from '@pnp/sp';
import { Action, Objective, Plan, ReportingPeriod, Update } from '../../domain/model';
import { periodKey, previousPeriod } from '../../domain/periods';
import { isPlanOpen } from '../../domain/plans';
import { mayReview, reviewsInPlan } from '../../domain/reviewers';
import { countingUpdate } from '../../domain/status';
import { ReviewItem } from '../ITrackerRepository';
import { and, eq, idEq } from '../odata';
import { actionFromItem, objectiveFromItem } from '../mapping/actionMapping';
import { ItemJson, lookupId } from '../mapping/fieldValues';
import { planFromItem } from '../mapping/planMapping';
import { updateFromItem } from '../mapping/updateMapping';
import { stored } from '../trackerMapping';
import { distinctIds, itemsWithIds, ofIds } from './idGroups';
import { PlannedRead, readAllBatched } from './pagedReads';
import { readPlans } from './trackerReads';

/**
 * A lead's review queue for a period (SPEC §5.1) in three round trips (three HTTP requests):
 * 1. the plans;
 * 2. one `$batch`, two reads per plan that is not closed: its objectives (whose leads review
 *    their actions' updates) and its Submitted updates of the period (ReviewState leads);
 * 3. one `$batch`: the actions of the queued updates (by id, under their plan) and those actions'
 *    updates of the previous period (to show what counted then), in groups of ids, so a lead
 *    reads their queue's rows, not the plan's. Skipped when there are none.
 * Who reviews what is domain/reviewers: the plan lead everything, an objective lead the
 * objective's actions and those of priorities nested under it.
 */

interface PlanScope {
  plan: ItemJson;
  lead: Plan['lead'];
  objectives: Objective[];
  submitted: ItemJson[];
}

function scopeOf(plan: ItemJson, objectiveItems: readonly ItemJson[], submitted: ItemJson[], email: string): PlanScope | undefined {
  const { lead } = planFromItem(plan);
  const objectives = objectiveItems.map(objectiveFromItem);
  return submitted.length > 0 && reviewsInPlan({ lead }, objectives, email) ? { plan, lead, objectives, submitted } : undefined;
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

function itemsOf(scope: PlanScope, actions: readonly ItemJson[], earlier: readonly ItemJson[], period: ReportingPeriod, email: string): ReviewItem[] {
  const items: ReviewItem[] = [];
  const title = scope.plan.Title as string;
  scope.submitted.forEach((update) => {
    const actionId = lookupId(update, 'Action');
    const found = actions.filter((item) => item.Id === actionId)[0];
    const action = found && stored<Action>(found, actionFromItem);
    if (!action || !mayReview(scope, scope.objectives, action.value.objectiveRef, email)) {
      return;
    }
    const item: ReviewItem = { plan: title, action, update: stored<Update>(update, updateFromItem) };
    const before = earlier.filter((candidate) => lookupId(candidate, 'Action') === actionId).map(updateFromItem);
    const previous = countingUpdate(before, previousPeriod(period));
    if (previous) {
      item.previous = previous;
    }
    items.push(item);
  });
  return items;
}

export async function readReviewQueue(sp: SPFI, email: string, period: ReportingPeriod): Promise<ReviewItem[]> {
  const plans = (await readPlans(sp)).filter((plan) => isPlanOpen(planFromItem(plan)));
  if (plans.length === 0) {
    return [];
  }
  const queueReads: PlannedRead[] = [];
  plans.forEach((plan) => {
    const ofPlan = idEq('Plan', plan.Id as number);
    queueReads.push(
      { query: 'objectivesOfPlan', filter: ofPlan },
      { query: 'reviewQueue', filter: and(eq('ReviewState', 'Submitted'), ofPlan, eq('PeriodKey', periodKey(period))) }
    );
  });
  const queued = await readAllBatched(sp, queueReads);
  const scopes: PlanScope[] = [];
  plans.forEach((plan, index) => {
    const scope = scopeOf(plan, queued[2 * index], queued[2 * index + 1], email);
    if (scope) {
      scopes.push(scope);
    }
  });
  if (scopes.length === 0) {
    return [];
  }
  const { actions, earlier } = await readDetails(sp, scopes, period);
  const items: ReviewItem[] = [];
  scopes.forEach((scope) => items.push(...itemsOf(scope, actions, earlier, period, email)));
  return items.sort(bySubmission);
}

/** Round trip 3: the queued updates' actions, and their updates of the previous period. */
async function readDetails(sp: SPFI, scopes: readonly PlanScope[], period: ReportingPeriod): Promise<{ actions: ItemJson[]; earlier: ItemJson[] }> {
  const actionIdsOf = (updates: readonly ItemJson[]): number[] => distinctIds(updates.map((update) => lookupId(update, 'Action')));
  const actionReads: PlannedRead[] = [];
  scopes.forEach((scope) => itemsWithIds(actionIdsOf(scope.submitted)).forEach((group) =>
    actionReads.push({ query: 'actionsOfPlan', filter: and(idEq('Plan', scope.plan.Id as number), group) })));
  const previousKey = periodKey(previousPeriod(period));
  const queued = actionIdsOf(([] as ItemJson[]).concat(...scopes.map((scope) => scope.submitted)));
  const earlierReads: PlannedRead[] = ofIds('Action', queued).map((group) => ({ query: 'updatesOfPeriod' as const, filter: and(eq('PeriodKey', previousKey), group) }));
  const results = await readAllBatched(sp, actionReads.concat(earlierReads));
  const joined = (lists: ItemJson[][]): ItemJson[] => ([] as ItemJson[]).concat(...lists);
  return { actions: joined(results.slice(0, actionReads.length)), earlier: joined(results.slice(actionReads.length)) };
}
