import { Action, ActionStatus, IsoDate, ReportedStatus, ReportingPeriod, ReviewState, Update } from './model';
import { comparePeriods, parseFinancialYear, parseQuarter, quarterBounds } from './periods';

/**
 * An action's status for a reporting period (SPEC §4.2, §4.4): which update counts, what is
 * carried forward from earlier quarters, and when a missing update becomes "No update received".
 */

/** Review states whose updates count in the report; drafts and returned updates never do. */
const COUNTING_STATES: readonly ReviewState[] = ['Submitted', 'Approved'];

/** A finished or withdrawn action stays so until someone reports otherwise. */
const CARRIED_FORWARD: readonly ReportedStatus[] = ['Blue', 'Withdrawn'];

/** Complete, withdrawn and not-yet-started actions are not chased for being late. */
const NEVER_OVERDUE: readonly ActionStatus[] = ['Blue', 'Withdrawn', 'NotDue'];

/** The dates that decide whether a missing update is still awaited or already missed. */
export interface StatusContext {
  /** The reporting calendar's due date for the period's updates. */
  updatesDue: IsoDate;
  /** The day the status is worked out for (today, or the report date). */
  asOf: IsoDate;
}

/** True when the update's review state lets it count in the report (submitted or approved). */
export function isCountingUpdate(update: Update): boolean {
  return COUNTING_STATES.indexOf(update.reviewState) >= 0;
}

function periodOf(update: Update): ReportingPeriod | undefined {
  const financialYear = parseFinancialYear(update.financialYear);
  const quarter = parseQuarter(update.quarter);
  return financialYear && quarter ? { financialYear, quarter } : undefined;
}

/**
 * Milliseconds of `submittedOn`, compared as instants so `+01:00` and `Z` times order correctly.
 * Updates without a time (e.g. imported ones) sort before any timed update.
 */
function submittedTime(update: Update): number {
  const time = update.submittedOn ? Date.parse(update.submittedOn) : NaN;
  return isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** The latest by `submittedOn`; on a tie the one later in the list (recorded later) wins. */
function latestSubmitted(updates: readonly Update[]): Update | undefined {
  return updates.reduce<Update | undefined>(
    (latest, update) => (!latest || submittedTime(update) >= submittedTime(latest) ? update : latest),
    undefined
  );
}

/**
 * The update that counts for an action in a period (SPEC §4.4): the latest (by submittedOn)
 * that is Submitted or Approved; drafts and returned updates never count.
 * @param updates - the updates of one action (any periods; other periods are ignored).
 */
export function countingUpdate(updates: readonly Update[], period: ReportingPeriod): Update | undefined {
  return latestSubmitted(
    updates.filter((update) => {
      const updatePeriod = periodOf(update);
      return isCountingUpdate(update) && !!updatePeriod && comparePeriods(updatePeriod, period) === 0;
    })
  );
}

/**
 * The counting update of the most recent period before `period` that has one: what the update
 * form shows as "last quarter's status", and what Blue/Withdrawn are carried forward from.
 * @param updates - the updates of one action.
 */
export function latestCountingUpdateBefore(updates: readonly Update[], period: ReportingPeriod): Update | undefined {
  const latestPeriod = updates.reduce<ReportingPeriod | undefined>((latest, update) => {
    const updatePeriod = periodOf(update);
    if (!updatePeriod || !isCountingUpdate(update) || comparePeriods(updatePeriod, period) >= 0) {
      return latest;
    }
    return !latest || comparePeriods(updatePeriod, latest) > 0 ? updatePeriod : latest;
  }, undefined);
  return latestPeriod ? countingUpdate(updates, latestPeriod) : undefined;
}

/**
 * An action's status for a period: the counting update's status; else carried forward when the
 * action was already reported Blue (complete) or Withdrawn in an earlier period; else NotDue when
 * the action starts after the quarter ends; else NoUpdate when asOf is after updatesDue,
 * AwaitingUpdate before (the due date itself is still on time).
 * @param updates - all updates for this action, any period.
 */
export function actionStatusForPeriod(
  action: Pick<Action, 'ref' | 'startDate'>,
  updates: readonly Update[],
  period: ReportingPeriod,
  context: StatusContext
): ActionStatus {
  const counting = countingUpdate(updates, period);
  if (counting) {
    return counting.status;
  }
  // Only the most recent report is carried: Blue in Q1 then Green in Q2 means the action was reopened.
  const previous = latestCountingUpdateBefore(updates, period);
  if (previous && CARRIED_FORWARD.indexOf(previous.status) >= 0) {
    return previous.status;
  }
  if (action.startDate && action.startDate > quarterBounds(period).end) {
    return 'NotDue';
  }
  return context.asOf > context.updatesDue ? 'NoUpdate' : 'AwaitingUpdate';
}

/** Reported complete (Blue) or withdrawn: finished, so nobody is chased for it. */
export function isFinished(status: ActionStatus): boolean {
  return CARRIED_FORWARD.indexOf(status as ReportedStatus) >= 0;
}

/**
 * SPEC §4.2: an action is overdue when it is past its end date (endDate < asOf) and not Blue.
 * Withdrawn and NotDue actions are not overdue either; an action without an end date never is.
 */
export function isOverdue(action: Pick<Action, 'ref' | 'endDate'>, status: ActionStatus, asOf: IsoDate): boolean {
  return !!action.endDate && action.endDate < asOf && NEVER_OVERDUE.indexOf(status) < 0;
}

/** Whether the action is overdue on `context.asOf`, judged on its status for the period (as the report judges it). */
export function actionIsOverdue(action: Action, updates: readonly Update[], period: ReportingPeriod, context: StatusContext): boolean {
  return isOverdue(action, actionStatusForPeriod(action, updates, period, context), context.asOf);
}
