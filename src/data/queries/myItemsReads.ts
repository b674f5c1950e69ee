import { SPFI } from '@pnp/sp';
import { Action, MeasureValue, ReportingPeriod, Update } from '../../domain/model';
import { periodKey, previousPeriod } from '../../domain/periods';
import { MyItems } from '../ITrackerRepository';
import { and, eq, idEq } from '../odata';
import { actionFromItem, milestoneFromItem } from '../mapping/actionMapping';
import { ItemJson, lookupText } from '../mapping/fieldValues';
import { measureFromItem, measureValueFromItem } from '../mapping/measureMapping';
import { updateFromItem } from '../mapping/updateMapping';
import { PeopleResolver } from '../people';
import { stored, storedAll } from '../trackerMapping';
import { PlannedRead, readAll, readAllBatched } from './pagedReads';

/**
 * What one person owes in a period (SPEC §5.1, §5.3), in three batched round trips: the person
 * and the active plans; what they own (Owner leads each query) and the active plans' actions
 * (for delegates, which a multi-person column cannot index); the period's and the previous
 * period's updates and the year's values, matched to those items.
 */

function isDelegate(item: ItemJson, email: string): boolean {
  const delegates = item.Delegates;
  return Array.isArray(delegates) && delegates.some((user: { EMail?: string }) => (user.EMail || '').toLowerCase() === email);
}

function planTitle(item: ItemJson): string {
  return lookupText(item, 'Plan', 'Title') || '';
}

export async function readMyItems(sp: SPFI, email: string, period: ReportingPeriod): Promise<MyItems> {
  const address = email.toLowerCase();
  const people = new PeopleResolver(sp, { readOnly: true });
  const [userId, plans] = await Promise.all([people.idOf({ name: address, email: address }), readAll(sp, { query: 'plansByTitle', filter: '' })]);
  const mine: MyItems = { person: { name: address, email: address }, period, actions: [], measures: [], milestones: [] };
  if (userId === undefined) {
    return mine;
  }
  const activePlans = plans.filter((plan) => plan.PlanStatus !== 'Closed');
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
    if (isDelegate(item, address) && actions.every((known) => known.Id !== item.Id)) {
      actions.push(item);
    }
  }));
  const [current, previous, values] = await readAllBatched(sp, [
    { query: 'updatesOfPeriod', filter: eq('PeriodKey', periodKey(period)) },
    { query: 'updatesOfPeriod', filter: eq('PeriodKey', periodKey(previousPeriod(period))) },
    { query: 'valuesOfYear', filter: eq('FinancialYear', period.financialYear) }
  ]);
  const updates = current.concat(previous);
  actions.forEach((item) => mine.actions.push({
    plan: planTitle(item),
    action: stored<Action>(item, actionFromItem),
    updates: storedAll<Update>(updates.filter((update) => lookupIdOf(update, 'Action') === item.Id), updateFromItem)
  }));
  measures.forEach((item) => mine.measures.push({
    plan: planTitle(item),
    measure: stored(item, measureFromItem),
    values: storedAll<MeasureValue>(values.filter((value) => lookupIdOf(value, 'Measure') === item.Id), measureValueFromItem)
  }));
  milestones.filter((item) => !item.DoneDate).forEach((item) => mine.milestones.push({
    plan: planTitle(item),
    actionRef: lookupText(item, 'Action') || '',
    milestone: stored(item, milestoneFromItem)
  }));
  return mine;
}

function lookupIdOf(item: ItemJson, field: string): number | undefined {
  const lookup = item[field] as { Id?: number } | undefined;
  return lookup ? lookup.Id : undefined;
}
