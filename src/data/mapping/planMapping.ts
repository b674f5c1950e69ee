import { Plan, PLAN_STATUSES, PLAN_TYPES, PlanStatus, PlanType } from '../../domain/model';
import { ItemJson, ItemProps, orNull, personOf, textOf } from './fieldValues';

/** Plans list ↔ `Plan`. */

export function planFromItem(item: ItemJson): Plan {
  const type = textOf(item.PlanType) as PlanType | undefined;
  const status = textOf(item.PlanStatus) as PlanStatus | undefined;
  const plan: Plan = {
    title: textOf(item.Title) || '',
    type: type && PLAN_TYPES.indexOf(type) >= 0 ? type : 'Other',
    firstYear: textOf(item.FirstYear) || '',
    lastYear: textOf(item.LastYear) || '',
    status: status && PLAN_STATUSES.indexOf(status) >= 0 ? status : 'Active',
    allowChangeRequests: item.AllowChangeRequests !== false
  };
  const lead = personOf(item, 'PlanLead');
  if (lead) {
    plan.lead = lead;
  }
  return plan;
}

/** `leadId`: the plan lead's site user id, when linked. */
export function planToItem(plan: Plan, leadId?: number): ItemProps {
  return {
    Title: plan.title,
    PlanType: plan.type,
    FirstYear: plan.firstYear,
    LastYear: plan.lastYear,
    PlanLeadId: orNull(leadId),
    PlanStatus: plan.status,
    AllowChangeRequests: plan.allowChangeRequests
  };
}
