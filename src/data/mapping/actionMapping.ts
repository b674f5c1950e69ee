import { Action, Milestone, Objective } from '../../domain/model';
import {
  dateOf, dateToItem, ItemJson, ItemProps, lookupText, namesOf, numberOf, orNull, peopleOf, personOf, textOf,
  titleOf, titleProps
} from './fieldValues';

/** Objectives, Actions and Milestones lists ↔ the domain. Lookup ids are passed in; refs are read through `$expand`. */

export function objectiveFromItem(item: ItemJson): Objective {
  const objective: Objective = { ref: textOf(item.Ref) || '', title: titleOf(item), leads: peopleOf(item, 'Leads', 'LeadNames') };
  const optional: Partial<Objective> = {
    parentRef: textOf(item.ParentRef),
    code: textOf(item.PriorityCode),
    rationale: textOf(item.Rationale),
    successCriteria: textOf(item.SuccessCriteria)
  };
  return withDefined(objective, optional);
}

export interface ObjectiveLinks {
  planId: number;
  leadIds: number[];
  sortOrder?: number;
}

export function objectiveToItem(objective: Objective, links: ObjectiveLinks): ItemProps {
  return {
    ...titleProps(objective.title),
    PlanId: links.planId,
    Ref: objective.ref,
    ParentRef: orNull(objective.parentRef),
    PriorityCode: orNull(objective.code),
    LeadsId: links.leadIds,
    LeadNames: namesOf(objective.leads),
    Rationale: orNull(objective.rationale),
    SuccessCriteria: orNull(objective.successCriteria),
    SortOrder: orNull(links.sortOrder)
  };
}

export function actionFromItem(item: ItemJson): Action {
  const action: Action = {
    ref: textOf(item.Ref) || '',
    objectiveRef: lookupText(item, 'Objective') || '',
    title: titleOf(item),
    owner: personOf(item, 'Owner', 'OwnerName') || { name: '' },
    delegates: peopleOf(item, 'Delegates', 'DelegateNames')
  };
  return withDefined(action, {
    serviceArea: textOf(item.ServiceArea),
    startDate: dateOf(item.StartDate),
    endDate: dateOf(item.EndDate),
    resourceImplications: textOf(item.ResourceImplications),
    evidence: textOf(item.Evidence)
  });
}

export interface ActionLinks {
  planId: number;
  objectiveId: number;
  ownerId?: number;
  delegateIds: number[];
}

export function actionToItem(action: Action, links: ActionLinks): ItemProps {
  return {
    ...titleProps(action.title),
    PlanId: links.planId,
    ObjectiveId: links.objectiveId,
    Ref: action.ref,
    ServiceArea: orNull(action.serviceArea),
    OwnerId: orNull(links.ownerId),
    OwnerName: action.owner.name,
    DelegatesId: links.delegateIds,
    DelegateNames: namesOf(action.delegates),
    StartDate: dateToItem(action.startDate),
    EndDate: dateToItem(action.endDate),
    ResourceImplications: orNull(action.resourceImplications),
    Evidence: orNull(action.evidence)
  };
}

export function milestoneFromItem(item: ItemJson): Milestone {
  const milestone: Milestone = {
    actionRef: lookupText(item, 'Action') || '',
    title: titleOf(item),
    dueDate: dateOf(item.DueDate) || ''
  };
  return withDefined(milestone, { owner: personOf(item, 'Owner', 'OwnerName'), doneDate: dateOf(item.DoneDate), evidence: textOf(item.Evidence) });
}

export interface MilestoneLinks {
  planId: number;
  actionId: number;
  ownerId?: number;
}

export function milestoneToItem(milestone: Milestone, links: MilestoneLinks): ItemProps {
  return {
    ...titleProps(milestone.title),
    PlanId: links.planId,
    ActionId: links.actionId,
    OwnerId: orNull(links.ownerId),
    OwnerName: milestone.owner ? milestone.owner.name : null,
    DueDate: dateToItem(milestone.dueDate),
    DoneDate: dateToItem(milestone.doneDate),
    Evidence: orNull(milestone.evidence)
  };
}

/** The number stored in SortOrder, when set. */
export function sortOrderOf(item: ItemJson): number | undefined {
  return numberOf(item.SortOrder);
}

/** Copies the optional values that are present, so domain objects never hold `undefined` keys. */
export function withDefined<T extends object>(base: T, optional: Partial<T>): T {
  const result = { ...base };
  (Object.keys(optional) as Array<keyof T>).forEach((key) => {
    if (optional[key] !== undefined) {
      result[key] = optional[key] as T[keyof T];
    }
  });
  return result;
}
