import { SPFI } from '@pnp/sp';
import { ReportingPeriod } from '../../domain/model';
import { periodKey, previousPeriod } from '../../domain/periods';
import { isMilestoneDone } from '../../domain/milestones';
import { isPlanCollecting } from '../../domain/plans';
import { reportYears } from '../../domain/reporting/reportSpan';
import { calendarEntryFor, updatesDueFor } from '../../domain/reportingCalendar';
import { MyItems } from '../ITrackerRepository';
import { and, eq, idEq } from '../odata';
import { ItemJson, lookupId, textOf } from '../mapping/fieldValues';
import { milestoneFromItem } from '../mapping/actionMapping';
import { planFromItem } from '../mapping/planMapping';
import { calendarFromItem } from '../mapping/riskMapping';
import { PeopleResolver } from '../people';
import { distinctIds, groupsOf, ofIds, planIdsOf } from './idGroups';
import { LinkedItems, myItemsOf, OwnedItems } from './myItemsAssembly';
import { PlannedRead, readAllBatched, readGroupsBatched } from './pagedReads';

/**
 * What one person owes in a period (SPEC §5.1, §5.3), in three round trips (four HTTP requests):
 * 1. the person's site user id, beside one `$batch` of the plans and the year's reporting calendar;
 * 2. one `$batch`: what they own (Owner leads each query) and, per open plan, the actions they
 *    are a delegate for (Plan leads; SharePoint applies the Delegates condition after it);
 * 3. one `$batch`: the period's and the previous period's updates of their actions (every review
 *    state, so a draft or a returned update comes back to its owner); this year's and last year's
 *    values of their measures (last year's outturn is what Q1's trend compares with); the
 *    objectives of every plan the items belong to; the deadline change requests on their actions
 *    and their milestones' actions.
 * Every read names the person's items (by owner, delegate, id or reference) under an indexed
 * column, so a page load reads a person's rows, not the whole plan's.
 * Items of closed plans, and of plans whose years do not include the period, are left out: they owe nothing.
 */

/**
 * `Delegates/Id eq 7` on a multi-person column means "Delegates includes person 7", as for any
 * multi-value lookup (SharePoint/PnP-JS-Core#793: "Multi-value lookups are filtered the same as a
 * single value"; the `AssignedTo/Id eq <user id>` filter on task lists, whose AssignedTo holds
 * several people, is the common use). Learn's "Use OData query operations in SharePoint REST
 * requests" still says multi-value fields cannot be queried (no Includes); were SharePoint ever to
 * refuse the filter, the read fails loudly rather than dropping items. A multi-person column
 * cannot be indexed, so the indexed Plan leads and SharePoint applies Delegates to that plan's
 * actions only.
 */
function delegatedReads(userId: number, planIds: readonly number[]): PlannedRead[] {
  return planIds.map((planId) => ({ query: 'delegatedActionsOfPlan' as const, filter: and(idEq('Plan', planId), idEq('Delegates', userId)) }));
}

/** The actions whose deadlines the person may ask to move: their own, and their milestones' actions. */
function deadlineActionIds(actions: readonly ItemJson[], milestones: readonly ItemJson[]): number[] {
  return distinctIds(actions.map((item) => item.Id as number | undefined).concat(milestones.map((item) => lookupId(item, 'Action'))));
}

async function readOwned(sp: SPFI, userId: number, period: ReportingPeriod, activePlans: readonly ItemJson[]): Promise<OwnedItems> {
  const owner = idEq('Owner', userId);
  const active = activePlans.map((plan) => plan.Id as number);
  const [actions, milestones, measures, delegated] = await readGroupsBatched(sp, [
    [{ query: 'actionsOwnedBy', filter: owner }],
    [{ query: 'milestonesOwnedBy', filter: owner }],
    [{ query: 'measuresOwnedBy', filter: and(owner, eq('FinancialYear', period.financialYear)) }],
    delegatedReads(userId, active)
  ]);
  const inActivePlan = (item: ItemJson): boolean => active.indexOf(lookupId(item, 'Plan') as number) >= 0;
  const owned = actions.filter(inActivePlan);
  const notOwned = (item: ItemJson): boolean => owned.every((known) => known.Id !== item.Id);
  return {
    actions: owned,
    delegated: delegated.filter(notOwned),
    milestones: milestones.filter((item) => !isMilestoneDone(milestoneFromItem(item)) && inActivePlan(item)),
    measures: measures.filter(inActivePlan)
  };
}

function updateReads(actions: readonly ItemJson[], period: ReportingPeriod): PlannedRead[] {
  const actionIds = actions.map((item) => item.Id as number);
  return [period, previousPeriod(period)].reduce<PlannedRead[]>((reads, each) => reads.concat(
    ofIds('Action', actionIds).map((group) => ({ query: 'updatesOfPeriod' as const, filter: and(eq('PeriodKey', periodKey(each)), group) }))), []);
}

/**
 * This year's values by measure id. Last year's belong to last year's definitions (other items,
 * other ids), so they are read by the measures' plan and reference: `Measure/Ref` is the
 * lookup's projected column, filtered as Learn's "Use OData query operations in SharePoint REST
 * requests" describes for single-value lookups (with `Measure` expanded, as every read here
 * expands it), after the indexed FinancialYear has narrowed the rows.
 */
function valueReads(measures: readonly ItemJson[], period: ReportingPeriod): PlannedRead[] {
  const [lastYear, thisYear] = reportYears(period);
  const reads: PlannedRead[] = ofIds('Measure', measures.map((item) => item.Id as number))
    .map((group) => ({ query: 'valuesOfYear' as const, filter: and(eq('FinancialYear', thisYear), group) }));
  planIdsOf(measures).forEach((planId) => {
    const refs = distinctRefs(measures.filter((item) => lookupId(item, 'Plan') === planId));
    groupsOf(refs.map((ref) => eq('Measure/Ref', ref))).forEach((group) =>
      reads.push({ query: 'valuesOfYear', filter: and(eq('FinancialYear', lastYear), idEq('Plan', planId), group) }));
  });
  return reads;
}

function distinctRefs(measures: readonly ItemJson[]): string[] {
  const refs = measures.map((item) => textOf(item.Ref) || '');
  return refs.filter((ref, index) => ref !== '' && refs.indexOf(ref) === index);
}

/** Round trip 3: what the owned items need beside them. */
async function readLinked(sp: SPFI, owned: OwnedItems, period: ReportingPeriod): Promise<LinkedItems> {
  const actions = owned.actions.concat(owned.delegated);
  const planIds = planIdsOf(actions.concat(owned.measures, owned.milestones));
  if (planIds.length === 0) {
    return { updates: [], values: [], objectives: [], changeRequests: [] };
  }
  const groups: PlannedRead[][] = [
    updateReads(actions, period),
    valueReads(owned.measures, period),
    planIds.map((id) => ({ query: 'objectivesOfPlan' as const, filter: idEq('Plan', id) })),
    ofIds('Action', deadlineActionIds(actions, owned.milestones)).map((group) => ({ query: 'changeRequestsOfAction' as const, filter: group }))
  ];
  const [updates, values, objectives, changeRequests] = await readGroupsBatched(sp, groups);
  return { updates, values, objectives, changeRequests };
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
  const owned = await readOwned(sp, userId, period, plans.filter((plan) => isPlanCollecting(planFromItem(plan), period)));
  const linked = await readLinked(sp, owned, period);
  return myItemsOf({ person, period, updatesDue }, plans, owned, linked);
}
