import { daysBetween } from '../calendarDate';
import { mayDecideDeadlineChange } from '../deadlineChanges';
import { daysOverdue, isMilestoneDone } from '../milestones';
import { ActionStatus, IsoDate, Plan, ReportingPeriod } from '../model';
import { findPlan, isPlanCollecting, isPlanOpen } from '../plans';
import { actionOwesUpdate, actionUpdateDone } from '../quarterlyDuties';
import { actionStatusForPeriod, isFinished } from '../status';
import {
  ActionEndDue, ActionWithUpdates, ChangeRequestDue, DueSources, MilestoneDue, PersonsDueWork, UpdateOwedDue
} from './dueTypes';

/**
 * Which of a person's items have a date that concerns them, and that date (SPEC §5.3), judged on
 * one clock, `today`, as every surface judges it:
 * - a milestone not done, by its due date; a done milestone never appears. A milestone of an
 *   action reported Withdrawn is not chased: nobody is expected to deliver it (the report's
 *   overdue list leaves it out too). One under a Blue action still is, as in the report: the
 *   owner marks it done, or the action was not complete;
 * - an owned action's end date, unless its latest report is Blue or Withdrawn. An action not
 *   started by the open quarter's end (Not due) is still chased once its end date is near or
 *   past: the owner's own list looks at today, not at the quarter the report judges;
 * - the quarterly update each owned action owes for the quarter open for updates (the quarter
 *   just ended: quarterlyDuties.actionOwesUpdate), due on that quarter's updates-due date and
 *   overdue from the day after; a submitted or approved update pays it (drafts and returned
 *   updates do not). Earlier quarters are not chased: once a quarter closes, the report records
 *   No update received and the owner reports the next;
 * - a deadline change request waiting for the person's decision (the plan's lead decides,
 *   deadlineChanges.mayDecideDeadlineChange), by the deadline it asks to move: deciding it after
 *   that deadline has passed leaves the owner chased for a date that may be moving.
 * Only what the person owns is theirs to be chased for: a delegate helps with an action's update
 * in My updates, but the owner answers for its dates (SPEC §4.5 reminds owners).
 * Closed plans ask nothing of anyone; an owed update also needs the plan to cover the quarter.
 * Days are calendar days: weekends and bank holidays count, as they do for overdue in the report.
 */

/** The dates every row is judged on. */
export interface DueClock {
  today: IsoDate;
  /** The quarter open for updates on `today`, and when its updates are due. */
  openPeriod: ReportingPeriod;
  updatesDue: IsoDate;
}

export function timingOf(dueDate: IsoDate, today: IsoDate): { daysOverdue: number; daysUntilDue: number } {
  return { daysOverdue: daysOverdue(dueDate, today), daysUntilDue: Math.max(0, daysBetween(today, dueDate)) };
}

function openPlan(plans: readonly Plan[], title: string): Plan | undefined {
  const plan = findPlan(plans, title);
  return plan && isPlanOpen(plan) ? plan : undefined;
}

/** The action's status for the quarter open for updates, as the report would give it today. */
function statusOf<S extends DueSources>(entry: ActionWithUpdates<S>, clock: DueClock): ActionStatus {
  return actionStatusForPeriod(entry.action.value, entry.updates, clock.openPeriod, { updatesDue: clock.updatesDue, asOf: clock.today });
}

export function milestonesDue<S extends DueSources>(work: PersonsDueWork<S>, clock: DueClock): Array<MilestoneDue<S>> {
  const withdrawn = (plan: string, actionRef: string): boolean => work.actions.some((entry) =>
    entry.plan === plan && entry.action.value.ref === actionRef && statusOf(entry, clock) === 'Withdrawn');
  return work.milestones
    .filter(({ plan, milestone }) => !!openPlan(work.plans, plan) && !isMilestoneDone(milestone.value) && !withdrawn(plan, milestone.value.actionRef))
    .map(({ plan, milestone }) => ({
      kind: 'milestone', plan, ref: milestone.value.actionRef, title: milestone.value.title, dueDate: milestone.value.dueDate,
      status: 'NotDone', ...timingOf(milestone.value.dueDate, clock.today), milestone
    }));
}

export function actionEndsDue<S extends DueSources>(work: PersonsDueWork<S>, clock: DueClock): Array<ActionEndDue<S>> {
  const rows: Array<ActionEndDue<S>> = [];
  work.actions.forEach((entry) => {
    const { endDate, ref, title } = entry.action.value;
    const status = statusOf(entry, clock);
    if (entry.owned && endDate && !!openPlan(work.plans, entry.plan) && !isFinished(status)) {
      rows.push({ kind: 'actionEnd', plan: entry.plan, ref, title, dueDate: endDate, status, ...timingOf(endDate, clock.today), action: entry.action });
    }
  });
  return rows;
}

export function updatesOwed<S extends DueSources>(work: PersonsDueWork<S>, clock: DueClock): Array<UpdateOwedDue<S>> {
  const rows: Array<UpdateOwedDue<S>> = [];
  work.actions.forEach((entry) => {
    const plan = findPlan(work.plans, entry.plan);
    const { value } = entry.action;
    const owes = entry.owned && !!plan && isPlanCollecting(plan, clock.openPeriod) && actionOwesUpdate(value, entry.updates, clock.openPeriod);
    if (owes && !actionUpdateDone(entry.updates, clock.openPeriod)) {
      rows.push({
        kind: 'updateOwed', plan: entry.plan, ref: value.ref, title: value.title, dueDate: clock.updatesDue, status: statusOf(entry, clock),
        ...timingOf(clock.updatesDue, clock.today), action: entry.action, period: clock.openPeriod
      });
    }
  });
  return rows;
}

export function requestsToDecide<S extends DueSources>(work: PersonsDueWork<S>, clock: DueClock): Array<ChangeRequestDue<S>> {
  const rows: Array<ChangeRequestDue<S>> = [];
  work.changeRequests.forEach(({ plan: title, request, actionTitle }) => {
    const plan = openPlan(work.plans, title);
    const { value } = request;
    if (plan && value.decision === 'Pending' && mayDecideDeadlineChange(plan, work.email)) {
      rows.push({
        kind: 'changeRequest', plan: title, ref: value.actionRef, title: value.milestoneTitle || actionTitle, dueDate: value.currentDate,
        status: 'AwaitingDecision', ...timingOf(value.currentDate, clock.today), request, requestedDate: value.requestedDate, requester: value.requester
      });
    }
  });
  return rows;
}
