import {
  ChangeDecision, DeadlineChangeRequest, Quarter, ReportedStatus, ReviewState, Update
} from '../../domain/model';
import { periodKey } from '../../domain/periods';
import {
  choiceMap, dateOf, dateToItem, ItemJson, ItemProps, lookupText, orNull, personOf, textOf
} from './fieldValues';
import { withDefined } from './actionMapping';

/** Updates and Deadline Change Requests lists ↔ the domain. */

export const STATUS_CHOICE = choiceMap<ReportedStatus>([
  ['Blue', 'Blue'],
  ['Green', 'Green'],
  ['Amber', 'Amber'],
  ['Red', 'Red'],
  ['NotDue', 'Not due'],
  ['Withdrawn', 'Withdrawn']
]);

export function updateFromItem(item: ItemJson): Update {
  const update: Update = {
    actionRef: lookupText(item, 'Action') || '',
    financialYear: textOf(item.FinancialYear) || '',
    quarter: (textOf(item.Quarter) as Quarter) || 'Q1',
    status: STATUS_CHOICE.fromItem(item.Status) || 'NotDue',
    reviewState: (textOf(item.ReviewState) as ReviewState) || 'Draft'
  };
  return withDefined(update, {
    progress: textOf(item.Progress),
    issue: textOf(item.Issue),
    remedialAction: textOf(item.RemedialAction),
    evidence: textOf(item.Evidence),
    withdrawnReason: textOf(item.WithdrawnReason),
    revisedDate: dateOf(item.RevisedDate),
    submittedBy: personOf(item, 'SubmittedBy'),
    submittedOn: textOf(item.SubmittedOn),
    reviewComment: textOf(item.ReviewComment)
  });
}

export interface UpdateLinks {
  planId: number;
  actionId: number;
  submittedById?: number;
}

export function updateToItem(update: Update, links: UpdateLinks): ItemProps {
  const key = periodKey({ financialYear: update.financialYear, quarter: update.quarter });
  return {
    Title: `${update.actionRef} ${key}`,
    PlanId: links.planId,
    ActionId: links.actionId,
    FinancialYear: update.financialYear,
    Quarter: update.quarter,
    PeriodKey: key,
    Status: STATUS_CHOICE.toItem(update.status),
    Progress: orNull(update.progress),
    Issue: orNull(update.issue),
    RemedialAction: orNull(update.remedialAction),
    Evidence: orNull(update.evidence),
    WithdrawnReason: orNull(update.withdrawnReason),
    RevisedDate: dateToItem(update.revisedDate),
    SubmittedById: orNull(links.submittedById),
    SubmittedOn: orNull(update.submittedOn),
    ReviewState: update.reviewState,
    ReviewComment: orNull(update.reviewComment)
  };
}

export function changeRequestFromItem(item: ItemJson): DeadlineChangeRequest {
  const request: DeadlineChangeRequest = {
    actionRef: lookupText(item, 'Action') || '',
    currentDate: dateOf(item.CurrentDate) || '',
    requestedDate: dateOf(item.RequestedDate) || '',
    reason: textOf(item.Reason) || '',
    requester: personOf(item, 'Requester') || { name: '' },
    decision: (textOf(item.Decision) as ChangeDecision) || 'Pending'
  };
  return withDefined(request, {
    milestoneTitle: lookupText(item, 'Milestone', 'Title'),
    decidedBy: personOf(item, 'DecidedBy'),
    decidedOn: dateOf(item.DecidedOn)
  });
}

export interface ChangeRequestLinks {
  planId: number;
  actionId: number;
  milestoneId?: number;
  requesterId: number;
  decidedById?: number;
}

export function changeRequestToItem(request: DeadlineChangeRequest, links: ChangeRequestLinks): ItemProps {
  return {
    Title: `${request.actionRef}${request.milestoneTitle ? ` / ${request.milestoneTitle}` : ''}`.slice(0, 255),
    PlanId: links.planId,
    ActionId: links.actionId,
    MilestoneId: orNull(links.milestoneId),
    CurrentDate: dateToItem(request.currentDate),
    RequestedDate: dateToItem(request.requestedDate),
    Reason: request.reason,
    RequesterId: links.requesterId,
    Decision: request.decision,
    DecidedById: orNull(links.decidedById),
    DecidedOn: dateToItem(request.decidedOn)
  };
}

