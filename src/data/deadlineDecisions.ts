import { SPFI } from '@pnp/sp';
import { DeadlineDecision, deadlineDecisionProblems, mayDecideDeadlineChange, movedDeadline } from '../domain/deadlineChanges';
import { DeadlineChangeRequest, IsoDate, PersonRef } from '../domain/model';
import { NotPlanLeadError, ValidationError } from './errors';
import { Stored } from './ITrackerRepository';
import { ItemLookups } from './itemLookups';
import { ItemSaves } from './itemSaves';
import { dateOf, dateToItem, ItemJson, orNull } from './mapping/fieldValues';
import { etagOf } from './mapping/selection';
import { changeRequestFromItem } from './mapping/updateMapping';
import { PeopleResolver } from './people';

/**
 * A plan lead's decision on a deadline change request (SPEC §3). The decision is recorded first,
 * over the request's ETag: that claims the request, so a second tab, or a tab that read it before
 * someone else decided, gets ConflictError before any date moves. Agreeing then moves the deadline
 * (the action's end date or the milestone's due date, over the ETag read, keeping the original);
 * if that fails, the request is put back to Pending and the error stands. SharePoint has no
 * transaction: only a failure of that put-back too would leave a request agreed with its date
 * unmoved, and the error says the save failed.
 */

export interface DecisionContext {
  sp: SPFI;
  lookups: ItemLookups;
  saves: ItemSaves;
}

/** The item whose date moves, and the names of its date and original-date columns. */
async function deadlineItem(context: DecisionContext, planId: number, request: DeadlineChangeRequest): Promise<{ list: 'actions' | 'milestones'; item: ItemJson; date: string; original: string }> {
  const action = await context.lookups.action(planId, request.actionRef);
  if (!request.milestoneTitle) {
    return { list: 'actions', item: action, date: 'EndDate', original: 'OriginalEndDate' };
  }
  return { list: 'milestones', item: await context.lookups.milestone(action.Id as number, request.milestoneTitle), date: 'DueDate', original: 'OriginalDueDate' };
}

async function moveDeadline(context: DecisionContext, planId: number, request: DeadlineChangeRequest): Promise<void> {
  const target = await deadlineItem(context, planId, request);
  const moved = movedDeadline({ date: dateOf(target.item[target.date]), original: dateOf(target.item[target.original]) }, request.requestedDate);
  const props = { [target.date]: dateToItem(moved.date), [target.original]: dateToItem(moved.original) };
  await context.saves.save(target.list, target.item.Id as number, etagOf(target.item), props, target.item, (item) => item, target.list === 'actions' ? 'action' : 'milestone');
}

export async function decideDeadlineChange(
  context: DecisionContext,
  planTitle: string,
  request: Stored<DeadlineChangeRequest>,
  decision: DeadlineDecision,
  decider: PersonRef,
  today: IsoDate
): Promise<Stored<DeadlineChangeRequest>> {
  const problems = deadlineDecisionProblems(request.value, decision);
  if (problems.length > 0) {
    throw new ValidationError(problems);
  }
  const plan = await context.lookups.plan(planTitle);
  if (!mayDecideDeadlineChange(plan.value, decider.email || '')) {
    throw new NotPlanLeadError(planTitle);
  }
  const value: DeadlineChangeRequest = { ...request.value, decision, decidedBy: decider, decidedOn: today };
  const props = { Decision: decision, DecidedById: orNull(await new PeopleResolver(context.sp).idOf(decider)), DecidedOn: dateToItem(today) };
  const decided = await context.saves.save('changeRequests', request.id, request.etag, props, value, changeRequestFromItem, 'deadline change request');
  if (decision === 'Approved') {
    try {
      await moveDeadline(context, plan.id, request.value);
    } catch (error) {
      const pending = { Decision: request.value.decision, DecidedById: null, DecidedOn: null };
      await context.saves.save('changeRequests', decided.id, decided.etag, pending, request.value, changeRequestFromItem, 'deadline change request');
      throw error;
    }
  }
  return decided;
}
