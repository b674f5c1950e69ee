import { isIsoDate } from './calendarDate';
import { DeadlineChangeRequest, IsoDate, Plan } from './model';
import { RuleProblem } from './problems';
import { isSamePerson } from './reviewers';

/**
 * Deadline change requests as their asker sees them (SPEC §3): an action's end date and each of
 * its milestones' dates are separate deadlines, each with its own requests. While one request
 * waits for the plan lead's decision, a second for the same deadline would only compete with it.
 */

function isFor(request: DeadlineChangeRequest, actionRef: string, milestoneTitle: string | undefined): boolean {
  return request.actionRef === actionRef && (request.milestoneTitle || '') === (milestoneTitle || '');
}

/** The deadline's most recent request (the last in the order given: the list's, oldest first), if any. */
export function latestChangeRequest(
  requests: readonly DeadlineChangeRequest[],
  actionRef: string,
  milestoneTitle?: string
): DeadlineChangeRequest | undefined {
  const mine = requests.filter((request) => isFor(request, actionRef, milestoneTitle));
  return mine[mine.length - 1];
}

/** Is a request for this deadline already waiting for a decision? */
export function hasPendingChange(requests: readonly DeadlineChangeRequest[], actionRef: string, milestoneTitle?: string): boolean {
  return requests.some((request) => isFor(request, actionRef, milestoneTitle) && request.decision === 'Pending');
}

export type ChangeRequestProblemCode = 'changeRequestsOff' | 'changeAlreadyPending';

/**
 * Why a new request may not be recorded, or `undefined` when it may: the plan has switched change
 * requests off ("No change requests for deadline dates have been allowed"), or a request for the
 * same deadline already waits for the plan lead's decision.
 * @param requests - the requests already recorded on the request's action.
 */
export function changeRequestProblem(
  plan: Pick<Plan, 'title' | 'allowChangeRequests'>,
  requests: readonly DeadlineChangeRequest[],
  request: Pick<DeadlineChangeRequest, 'actionRef' | 'milestoneTitle'>
): RuleProblem<ChangeRequestProblemCode> | undefined {
  if (!plan.allowChangeRequests) {
    return { code: 'changeRequestsOff', message: `${plan.title} does not allow deadline change requests: ask the plan lead.`, args: { plan: plan.title } };
  }
  if (hasPendingChange(requests, request.actionRef, request.milestoneTitle)) {
    const deadline = request.milestoneTitle ? `milestone "${request.milestoneTitle}"` : `action ${request.actionRef}`;
    return {
      field: 'requestedDate',
      code: 'changeAlreadyPending',
      message: `A request to move the deadline of ${deadline} is already waiting for the plan lead's decision.`,
      args: { deadline: request.milestoneTitle || request.actionRef }
    };
  }
  return undefined;
}

export type DeadlineRequestFieldProblem = 'dateMissing' | 'dateSame' | 'reasonMissing';

/**
 * What a request form must hold before it is sent: a real new date, other than the deadline as
 * it stands, and a reason for the plan lead. Per field; `{}` when it may be sent.
 */
export function deadlineRequestProblems(
  requestedDate: string,
  reason: string,
  currentDate: IsoDate
): { date?: DeadlineRequestFieldProblem; reason?: DeadlineRequestFieldProblem } {
  const problems: { date?: DeadlineRequestFieldProblem; reason?: DeadlineRequestFieldProblem } = {};
  if (!isIsoDate(requestedDate)) {
    problems.date = 'dateMissing';
  } else if (requestedDate === currentDate) {
    problems.date = 'dateSame';
  }
  if (!reason.trim()) {
    problems.reason = 'reasonMissing';
  }
  return problems;
}

/** SPEC §2: plan leads approve deadline changes. Matched by e-mail, as reviewers are. */
export function mayDecideDeadlineChange(plan: Pick<Plan, 'lead'>, email: string): boolean {
  return isSamePerson(plan.lead, email);
}

export type DeadlineDecision = 'Approved' | 'Rejected';
export type DeadlineDecisionProblemCode = 'requestDecided' | 'badDeadlineDecision';

/** What stops a decision on a request before anything is written (empty when it may go ahead). */
export function deadlineDecisionProblems(request: Pick<DeadlineChangeRequest, 'decision'>, decision: string): Array<RuleProblem<DeadlineDecisionProblemCode>> {
  const problems: Array<RuleProblem<DeadlineDecisionProblemCode>> = [];
  if (request.decision !== 'Pending') {
    problems.push({ code: 'requestDecided', field: 'decision', message: `This request has already been ${request.decision === 'Approved' ? 'agreed' : 'turned down'}.` });
  }
  if (decision !== 'Approved' && decision !== 'Rejected') {
    problems.push({ code: 'badDeadlineDecision', field: 'decision', message: `"${decision}" is not a decision on a request: agree it or turn it down.`, args: { decision } });
  }
  return problems;
}

/**
 * An agreed request moves the deadline and keeps the first one (SPEC §3: "an approved request
 * moves the date and keeps the original in history"): the original is only ever set once.
 */
export function movedDeadline(current: { date?: IsoDate; original?: IsoDate }, requestedDate: IsoDate): { date: IsoDate; original?: IsoDate } {
  const original = current.original || current.date;
  return original === undefined ? { date: requestedDate } : { date: requestedDate, original };
}
