import { DeadlineChangeRequest } from './model';

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
