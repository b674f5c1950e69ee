import { SPFI } from '@pnp/sp';
import { ReportingPeriod } from '../../domain/model';
import { periodKey, previousPeriod } from '../../domain/periods';
import { isMilestoneDone } from '../../domain/milestones';
import { isPlanOpen } from '../../domain/plans';
import { reportYears } from '../../domain/reporting/reportSpan';
import { calendarEntryFor, updatesDueFor } from '../../domain/reportingCalendar';
import { MyItems } from '../ITrackerRepository';
import { and, anyOf, eq, idEq } from '../odata';
import { ItemJson, lookupId } from '../mapping/fieldValues';
import { milestoneFromItem } from '../mapping/actionMapping';
import { planFromItem } from '../mapping/planMapping';
import { calendarFromItem } from '../mapping/riskMapping';
import { PeopleResolver } from '../people';
import { LinkedItems, myItemsOf, OwnedItems } from './myItemsAssembly';
import { PlannedRead, readAllBatched } from './pagedReads';

/**
 * What one person owes in a period (SPEC §5.1, §5.3), in three round trips (four HTTP requests):
 * 1. the person's site user id, beside one `$batch` of the plans and the year's reporting calendar;
 * 2. one `$batch`: what they own (Owner leads each query) and, for delegates (whom a
 *    multi-person column cannot index), the active plans' action ids and delegates only;
 * 3. one `$batch`: the actions they are delegate for; the period's and the previous period's
 *    updates of their actions (every review state, so a draft or a returned update comes back
 *    to its owner); this year's and last year's values of their measures (last year's outturn is
 *    what Q1's trend compares with); the objectives of every plan the items belong to; the
 *    deadline change requests on their actions and their milestones' actions.
 * Updates and values are asked for by item id under their indexed period or year, so a page load
 * reads a person's rows, not the whole plan's.
 * Items of closed plans are left out: a closed plan owes nothing.
 */

/** The delegate scan reads ids, plans and delegates: a plan's full actions would be megabytes. */
const DELEGATE_SCAN = { select: ['Id', 'Plan/Id', 'Delegates/EMail'], expand: ['Plan', 'Delegates'] };

/** Ids per `or` group: keeps each request's URL short however many items a person has. */
const IDS_PER_READ = 40;

function isDelegate(item: ItemJson, email: string): boolean {
  const delegates = item.Delegates;
  return Array.isArray(delegates) && delegates.some((user: { EMail?: string }) => (user.EMail || '').toLowerCase() === email);
}

/** Each id once, in the order first met; missing lookups left out. */
function distinctIds(ids: ReadonlyArray<number | undefined>): number[] {
  return ids.filter((id, index): id is number => id !== undefined && ids.indexOf(id) === index);
}

function planIdsOf(items: readonly ItemJson[]): number[] {
  return distinctIds(items.map((item) => lookupId(item, 'Plan')));
}

/** `(Action/Id eq 1 or Action/Id eq 4 …)` for each group of ids: rows of these items only. */
function ofIds(field: string, ids: readonly number[]): string[] {
  const groups: string[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_READ) {
    groups.push(anyOf(ids.slice(start, start + IDS_PER_READ).map((id) => idEq(field, id))));
  }
  return groups;
}

function ofItems(field: string, items: readonly ItemJson[]): string[] {
  return ofIds(field, items.map((item) => item.Id as number));
}

/** The actions whose deadlines the person may ask to move: their own, and their milestones' actions. */
function deadlineActionIds(actions: readonly ItemJson[], milestones: readonly ItemJson[]): number[] {
  return distinctIds(actions.map((item) => item.Id as number | undefined).concat(milestones.map((item) => lookupId(item, 'Action'))));
}

/** `ID eq 4 or ID eq 9` under a plan: the actions found by the delegate scan, read in full. */
function delegateReads(found: readonly ItemJson[]): PlannedRead[] {
  return planIdsOf(found).map((planId) => ({
    query: 'actionsOfPlan' as const,
    filter: and(idEq('Plan', planId), anyOf(found.filter((item) => lookupId(item, 'Plan') === planId).map((item) => eq('ID', item.Id as number))))
  }));
}

async function readOwned(sp: SPFI, userId: number, email: string, period: ReportingPeriod, activePlans: readonly ItemJson[]): Promise<OwnedItems> {
  const owner = idEq('Owner', userId);
  const reads: PlannedRead[] = [
    { query: 'actionsOwnedBy', filter: owner },
    { query: 'milestonesOwnedBy', filter: owner },
    { query: 'measuresOwnedBy', filter: and(owner, eq('FinancialYear', period.financialYear)) }
  ];
  activePlans.forEach((plan) => reads.push({ query: 'actionsOfPlan', filter: idEq('Plan', plan.Id as number), columns: DELEGATE_SCAN }));
  const [actions, milestones, measures, ...planActions] = await readAllBatched(sp, reads);
  const delegated: ItemJson[] = [];
  planActions.forEach((items) => items.forEach((item) => {
    if (isDelegate(item, email) && actions.every((known) => known.Id !== item.Id)) {
      delegated.push(item);
    }
  }));
  const active = activePlans.map((plan) => plan.Id as number);
  const inActivePlan = (item: ItemJson): boolean => active.indexOf(lookupId(item, 'Plan') as number) >= 0;
  return {
    actions: actions.filter(inActivePlan),
    delegated: delegated.filter(inActivePlan),
    milestones: milestones.filter((item) => !isMilestoneDone(milestoneFromItem(item)) && inActivePlan(item)),
    measures: measures.filter(inActivePlan)
  };
}

/** Round trip 3: what the owned items need beside them. */
async function readLinked(sp: SPFI, owned: OwnedItems, period: ReportingPeriod): Promise<LinkedItems> {
  const actions = owned.actions.concat(owned.delegated);
  const planIds = planIdsOf(actions.concat(owned.measures, owned.milestones));
  if (planIds.length === 0) {
    return { delegated: [], updates: [], values: [], objectives: [], changeRequests: [] };
  }
  const fullDelegated = delegateReads(owned.delegated);
  const updateReads: PlannedRead[] = [];
  [period, previousPeriod(period)].forEach((each) => ofItems('Action', actions).forEach((group) =>
    updateReads.push({ query: 'updatesOfPeriod', filter: and(eq('PeriodKey', periodKey(each)), group) })));
  // This year's values by measure id; last year's belong to last year's definitions (other ids),
  // so they are read by plan and matched on the measure's reference.
  const [lastYear, thisYear] = reportYears(period);
  const valueReads: PlannedRead[] = ofItems('Measure', owned.measures).map((group) => ({ query: 'valuesOfYear' as const, filter: and(eq('FinancialYear', thisYear), group) }));
  if (owned.measures.length > 0) {
    valueReads.push({ query: 'valuesOfYear', filter: and(eq('FinancialYear', lastYear), anyOf(planIdsOf(owned.measures).map((id) => idEq('Plan', id)))) });
  }
  const objectiveReads: PlannedRead[] = planIds.map((id) => ({ query: 'objectivesOfPlan', filter: idEq('Plan', id) }));
  const requestReads: PlannedRead[] = ofIds('Action', deadlineActionIds(actions, owned.milestones)).map((group) => ({ query: 'changeRequestsOfAction' as const, filter: group }));
  const results = await readAllBatched(sp, fullDelegated.concat(updateReads, valueReads, objectiveReads, requestReads));
  const joined = (lists: ItemJson[][]): ItemJson[] => ([] as ItemJson[]).concat(...lists);
  let next = 0;
  const take = (count: number): ItemJson[] => joined(results.slice(next, (next += count)));
  return {
    delegated: take(fullDelegated.length),
    updates: take(updateReads.length),
    values: take(valueReads.length),
    objectives: take(objectiveReads.length),
    changeRequests: take(requestReads.length)
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
  const entry = calendarEntryFor(calendar.map(calendarFromItem), period);
  const person = { name: address, email: address };
  const updatesDue = updatesDueFor(period, entry);
  if (userId === undefined) {
    return { person, period, updatesDue, plans: [], objectives: [], actions: [], measures: [], milestones: [], changeRequests: [] };
  }
  const owned = await readOwned(sp, userId, address, period, plans.filter((plan) => isPlanOpen(planFromItem(plan))));
  const linked = await readLinked(sp, owned, period);
  return myItemsOf({ person, period, updatesDue }, plans, owned, linked);
}
