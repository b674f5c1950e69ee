import { IsoDate, ReportingPeriod } from '../model';
import { periodOpenForUpdatesOn, quarterOfDate } from '../periods';
import { compareRefs } from '../reporting/naturalOrder';
import { calendarEntryFor, updatesDueFor } from '../reportingCalendar';
import { actionEndsDue, DueClock, milestonesDue, requestsToDecide, updatesOwed } from './dueItems';
import { DUE_SOON_DAYS, DueItem, DueKind, DueList, DueSources, NextUpdates, PersonsDueWork, PlanDue } from './dueTypes';

/**
 * The "My milestones" list (SPEC §5.3): overdue rows first, most days overdue first; then rows
 * due from today to DUE_SOON_DAYS ahead, nearest first. A row due today is due, not overdue (an
 * item is overdue from the day after its date, as everywhere else). Rows further ahead are left
 * out, except change requests: one waits for its decider from the day it is asked. Rows on the
 * same day follow plan title, then the action's reference in the report's natural order, then
 * kind (milestone, action end date, update, change request), then title.
 */

const KIND_ORDER: readonly DueKind[] = ['milestone', 'actionEnd', 'updateOwed', 'changeRequest'];

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sameDay<S extends DueSources>(a: DueItem<S>, b: DueItem<S>): number {
  return compareText(a.plan, b.plan) || compareRefs(a.ref, b.ref) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compareText(a.title, b.title);
}

/** Most days overdue first. */
export function byMostOverdue<S extends DueSources>(a: DueItem<S>, b: DueItem<S>): number {
  return b.daysOverdue - a.daysOverdue || sameDay(a, b);
}

/** Nearest due date first. */
export function byNearest<S extends DueSources>(a: DueItem<S>, b: DueItem<S>): number {
  return a.daysUntilDue - b.daysUntilDue || sameDay(a, b);
}

export function isDueSoon<S extends DueSources>(row: DueItem<S>): boolean {
  return row.daysOverdue === 0 && (row.kind === 'changeRequest' || row.daysUntilDue <= DUE_SOON_DAYS);
}

/** Plans in the order of their most pressing row (the lists are already ordered); each keeps the lists' order. */
export function groupByPlan<S extends DueSources>(overdue: ReadonlyArray<DueItem<S>>, dueSoon: ReadonlyArray<DueItem<S>>): Array<PlanDue<S>> {
  const groups: Array<PlanDue<S>> = [];
  const groupOf = (plan: string): PlanDue<S> => {
    let group = groups.filter((each) => each.plan === plan)[0];
    if (!group) {
      group = { plan, overdue: [], dueSoon: [] };
      groups.push(group);
    }
    return group;
  };
  overdue.forEach((row) => groupOf(row.plan).overdue.push(row));
  dueSoon.forEach((row) => groupOf(row.plan).dueSoon.push(row));
  return groups;
}

/**
 * When the person's next quarterly updates are due, for the empty state: the quarter open for
 * updates while its due date has not passed and the person still owes it an update; otherwise
 * the current quarter, whose updates fall due after it ends. Each date is the reporting
 * calendar's, else the default rule (SPEC §4.1).
 */
export function nextUpdatesDue<S extends DueSources>(work: PersonsDueWork<S>, clock: DueClock, owedRows: ReadonlyArray<DueItem<S>>): NextUpdates {
  const owesOpen = owedRows.some((row) => row.kind === 'updateOwed');
  if (owesOpen && clock.updatesDue >= clock.today) {
    return { period: clock.openPeriod, due: clock.updatesDue };
  }
  const current = quarterOfDate(clock.today);
  return { period: current, due: updatesDueFor(current, calendarEntryFor(work.calendar, current)) };
}

export function dueClockOf(calendar: PersonsDueWork['calendar'], today: IsoDate): DueClock {
  const openPeriod: ReportingPeriod = periodOpenForUpdatesOn(today);
  return { today, openPeriod, updatesDue: updatesDueFor(openPeriod, calendarEntryFor(calendar, openPeriod)) };
}

/** The person's due list on `today` (the caller's clock: the demo clock in local mode). */
export function dueListOf<S extends DueSources>(work: PersonsDueWork<S>, today: IsoDate): DueList<S> {
  const clock = dueClockOf(work.calendar, today);
  const rows: Array<DueItem<S>> = ([] as Array<DueItem<S>>).concat(
    milestonesDue(work, clock), actionEndsDue(work, clock), updatesOwed(work, clock), requestsToDecide(work, clock));
  const overdue = rows.filter((row) => row.daysOverdue > 0).sort(byMostOverdue);
  const dueSoon = rows.filter(isDueSoon).sort(byNearest);
  return { today, overdue, dueSoon, byPlan: groupByPlan(overdue, dueSoon), nextUpdates: nextUpdatesDue(work, clock, rows) };
}
