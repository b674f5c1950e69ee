import { SPFI } from '@pnp/sp';
import { ReportingPeriod } from '../../domain/model';
import { periodKey, previousPeriod } from '../../domain/periods';
import { MyItems } from '../ITrackerRepository';
import { and, anyOf, eq, idEq } from '../odata';
import { ItemJson, lookupId } from '../mapping/fieldValues';
import { calendarFromItem } from '../mapping/riskMapping';
import { PeopleResolver } from '../people';
import { updatesDueFor } from '../reportInput';
import { LinkedItems, myItemsOf, OwnedItems } from './myItemsAssembly';
import { PlannedRead, readAllBatched } from './pagedReads';
import { yearsOf } from './trackerReads';

/**
 * What one person owes in a period (SPEC §5.1, §5.3), in three round trips (four HTTP requests):
 * 1. the person's site user id, beside one `$batch` of the plans and the year's reporting calendar;
 * 2. one `$batch`: what they own (Owner leads each query) and the active plans' actions (for
 *    delegates, whom a multi-person column cannot index);
 * 3. one `$batch`: the period's and the previous period's updates in those actions' plans (every
 *    review state, so a draft or a returned update comes back to its owner), this year's and last
 *    year's values in those measures' plans (last year's outturn is what Q1's trend compares
 *    with), and the objectives of every plan the items belong to.
 * Items of closed plans are left out: a closed plan owes nothing.
 */

function isDelegate(item: ItemJson, email: string): boolean {
  const delegates = item.Delegates;
  return Array.isArray(delegates) && delegates.some((user: { EMail?: string }) => (user.EMail || '').toLowerCase() === email);
}

/** The distinct plan ids of `items`, in the order first met. */
function planIdsOf(items: readonly ItemJson[]): number[] {
  const ids: number[] = [];
  items.forEach((item) => {
    const id = lookupId(item, 'Plan');
    if (id !== undefined && ids.indexOf(id) < 0) {
      ids.push(id);
    }
  });
  return ids;
}

/** `(Plan/Id eq 1 or Plan/Id eq 4)`: narrows a period's or year's rows to the plans concerned. */
function inPlans(items: readonly ItemJson[]): string {
  return anyOf(planIdsOf(items).map((id) => idEq('Plan', id)));
}

async function readOwned(sp: SPFI, userId: number, email: string, period: ReportingPeriod, activePlans: readonly ItemJson[]): Promise<OwnedItems> {
  const owner = idEq('Owner', userId);
  const reads: PlannedRead[] = [
    { query: 'actionsOwnedBy', filter: owner },
    { query: 'milestonesOwnedBy', filter: owner },
    { query: 'measuresOwnedBy', filter: and(owner, eq('FinancialYear', period.financialYear)) }
  ];
  activePlans.forEach((plan) => reads.push({ query: 'actionsOfPlan', filter: idEq('Plan', plan.Id as number) }));
  const [owned, milestones, measures, ...planActions] = await readAllBatched(sp, reads);
  const actions = owned.slice();
  planActions.forEach((items) => items.forEach((item) => {
    if (isDelegate(item, email) && actions.every((known) => known.Id !== item.Id)) {
      actions.push(item);
    }
  }));
  const active = activePlans.map((plan) => plan.Id as number);
  const inActivePlan = (item: ItemJson): boolean => active.indexOf(lookupId(item, 'Plan') as number) >= 0;
  return {
    actions: actions.filter(inActivePlan),
    milestones: milestones.filter((item) => !item.DoneDate && inActivePlan(item)),
    measures: measures.filter(inActivePlan)
  };
}

/** Round trip 3: what the owned items need beside them. */
async function readLinked(sp: SPFI, owned: OwnedItems, period: ReportingPeriod): Promise<LinkedItems> {
  const planIds = planIdsOf(owned.actions.concat(owned.measures, owned.milestones));
  if (planIds.length === 0) {
    return { updates: [], values: [], objectives: [] };
  }
  const updateReads: PlannedRead[] = owned.actions.length === 0 ? [] : [period, previousPeriod(period)].map((each) => ({
    query: 'updatesOfPeriod', filter: and(eq('PeriodKey', periodKey(each)), inPlans(owned.actions))
  }));
  const valueReads: PlannedRead[] = owned.measures.length === 0 ? [] : yearsOf(period).map((year) => ({
    query: 'valuesOfYear', filter: and(eq('FinancialYear', year), inPlans(owned.measures))
  }));
  const objectiveReads: PlannedRead[] = planIds.map((id) => ({ query: 'objectivesOfPlan', filter: idEq('Plan', id) }));
  const results = await readAllBatched(sp, updateReads.concat(valueReads, objectiveReads));
  const joined = (lists: ItemJson[][]): ItemJson[] => ([] as ItemJson[]).concat(...lists);
  return {
    updates: joined(results.slice(0, updateReads.length)),
    values: joined(results.slice(updateReads.length, updateReads.length + valueReads.length)),
    objectives: joined(results.slice(updateReads.length + valueReads.length))
  };
}

export async function readMyItems(sp: SPFI, email: string, period: ReportingPeriod): Promise<MyItems> {
  const address = email.trim().toLowerCase();
  const people = new PeopleResolver(sp, { readOnly: true });
  const [userId, [plans, calendar]] = await Promise.all([
    people.idOf({ name: address, email: address }),
    readAllBatched(sp, [
      { query: 'plansByTitle', filter: '' },
      { query: 'calendarOfYear', filter: eq('FinancialYear', period.financialYear) }
    ])
  ]);
  const entry = calendar.map(calendarFromItem).filter((candidate) => candidate.quarter === period.quarter)[0];
  const person = { name: address, email: address };
  const updatesDue = updatesDueFor(period, entry);
  if (userId === undefined) {
    return { person, period, updatesDue, plans: [], objectives: [], actions: [], measures: [], milestones: [] };
  }
  const owned = await readOwned(sp, userId, address, period, plans.filter((plan) => plan.PlanStatus !== 'Closed'));
  const linked = await readLinked(sp, owned, period);
  return myItemsOf({ person, period, updatesDue }, plans, owned, linked);
}
