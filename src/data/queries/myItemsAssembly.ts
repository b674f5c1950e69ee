import { Action, MeasureValue, Update } from '../../domain/model';
import { MyItems } from '../ITrackerRepository';
import { actionFromItem, milestoneFromItem, objectiveFromItem } from '../mapping/actionMapping';
import { ItemJson, lookupId, lookupText, textOf } from '../mapping/fieldValues';
import { measureFromItem, measureValueFromItem } from '../mapping/measureMapping';
import { planFromItem } from '../mapping/planMapping';
import { changeRequestFromItem, updateFromItem } from '../mapping/updateMapping';
import { byPlanOrder, stored, storedAll } from '../trackerMapping';

/** Turns the items myItemsReads read into `MyItems`: each item beside its plan and what it needs. */

/** What the person owns or is delegate for, in plans that are not closed. */
export interface OwnedItems {
  actions: ItemJson[];
  /** Actions the person is a delegate for (and does not own). */
  delegated: ItemJson[];
  milestones: ItemJson[];
  measures: ItemJson[];
}

/** Read after the owned items: their updates, their measures' values (two years), their plans' objectives, their deadline requests. */
export interface LinkedItems {
  updates: ItemJson[];
  values: ItemJson[];
  objectives: ItemJson[];
  changeRequests: ItemJson[];
}

function planTitle(item: ItemJson): string {
  return lookupText(item, 'Plan', 'Title') || '';
}

/** A measure's values this year and last: last year's belong to last year's definition, so match on plan and reference. */
function valuesOfMeasure(measure: ItemJson, values: readonly ItemJson[]): ItemJson[] {
  const planId = lookupId(measure, 'Plan');
  const ref = textOf(measure.Ref);
  return values.filter((value) => lookupId(value, 'Plan') === planId && lookupText(value, 'Measure') === ref);
}

export function myItemsOf(
  header: Pick<MyItems, 'person' | 'period' | 'updatesDue'>,
  plans: readonly ItemJson[],
  owned: OwnedItems,
  linked: LinkedItems
): MyItems {
  const actions = owned.actions.concat(owned.delegated);
  const all = actions.concat(owned.measures, owned.milestones);
  const mine: MyItems = { ...header, plans: [], objectives: [], actions: [], measures: [], milestones: [], changeRequests: [] };
  plans.filter((plan) => all.some((item) => lookupId(item, 'Plan') === plan.Id)).forEach((plan) => {
    mine.plans.push(stored(plan, planFromItem));
    linked.objectives
      .filter((objective) => lookupId(objective, 'Plan') === plan.Id)
      .sort(byPlanOrder)
      .forEach((objective) => mine.objectives.push({ plan: plan.Title as string, objective: objectiveFromItem(objective) }));
  });
  actions.forEach((item) => mine.actions.push({
    plan: planTitle(item),
    action: stored<Action>(item, actionFromItem),
    updates: storedAll<Update>(linked.updates.filter((update) => lookupId(update, 'Action') === item.Id), updateFromItem)
  }));
  owned.measures.forEach((item) => mine.measures.push({
    plan: planTitle(item),
    measure: stored(item, measureFromItem),
    values: storedAll<MeasureValue>(valuesOfMeasure(item, linked.values), measureValueFromItem)
  }));
  owned.milestones.forEach((item) => mine.milestones.push({
    plan: planTitle(item),
    actionRef: lookupText(item, 'Action') || '',
    milestone: stored(item, milestoneFromItem)
  }));
  linked.changeRequests.forEach((item) => mine.changeRequests.push({ plan: planTitle(item), request: stored(item, changeRequestFromItem) }));
  return mine;
}
