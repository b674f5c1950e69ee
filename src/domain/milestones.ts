import { daysBetween, isIsoDate } from './calendarDate';
import { IsoDate, Milestone } from './model';

/**
 * Milestones against the calendar (SPEC §3 Milestone, §4.2): one not done by its due date is
 * overdue from the day after, by whole days.
 */

export function isMilestoneOverdue(milestone: Pick<Milestone, 'dueDate' | 'doneDate'>, asOf: IsoDate): boolean {
  return !isMilestoneDone(milestone) && milestone.dueDate < asOf;
}

/** Whole days from a due date to `asOf`; 0 on or before the due date. */
export function daysOverdue(dueDate: IsoDate, asOf: IsoDate): number {
  return dueDate < asOf ? daysBetween(dueDate, asOf) : 0;
}

export type DoneDateProblem = 'doneDateMissing' | 'doneDateFuture';

/** A milestone is marked done on a real day, not one still to come; `undefined` when the date will do. */
export function doneDateProblem(doneDate: string, today: IsoDate): DoneDateProblem | undefined {
  if (!isIsoDate(doneDate)) {
    return 'doneDateMissing';
  }
  return doneDate > today ? 'doneDateFuture' : undefined;
}

/** A milestone with a done date is finished: nobody is chased for it. */
export function isMilestoneDone(milestone: Pick<Milestone, 'doneDate'>): boolean {
  return !!milestone.doneDate;
}
