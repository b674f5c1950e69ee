import { addDays } from '../calendarDate';
import { IsoDate } from '../model';
import { DueClock, milestonesDue, requestsToDecide } from '../myMilestones/dueItems';
import { DueItem, PersonsDueWork } from '../myMilestones/dueTypes';
import { addWorkingDays, quarterOfDate } from '../periods';
import { DigestDraft, inListOrder } from './digestDraft';
import { PlanningDay } from './planningDay';
import { ReminderKind, ReminderSources } from './reminderTypes';

/**
 * Digests named by the day they go (`milestoneOverdue 2018-04-10`): milestones due soon
 * (`milestoneDaysBefore` days ahead) and overdue (from the day after), and deadline change
 * requests waiting on their decider (`decisionAfterWorkingDays` working days after they were
 * asked; one with no date asked is reminded now). A row goes when its trigger's send day falls
 * after `since` and no later than today, where `since` is the later of the day of the person's
 * last digest of the kind in the log (in any state) and today less `catchUpDays`. So a weekend's
 * triggers go on Monday, a job down for a day catches up, and no row is in two digests of a kind.
 */

type Person<S extends ReminderSources> = PersonsDueWork<S> & { name: string };

function sinceFor(email: string, kind: ReminderKind, day: PlanningDay): IsoDate {
  const floor = addDays(day.today, -day.settings.catchUpDays);
  const logged = email ? day.log.lastDatedBefore(email, kind) : undefined;
  return logged && logged > floor ? logged : floor;
}

function datedDraft<S extends ReminderSources>(
  person: Person<S>, kind: ReminderKind, rows: Array<DueItem<S>>, trigger: (row: DueItem<S>) => IsoDate, day: PlanningDay
): DigestDraft<S> | undefined {
  const since = sinceFor(person.email, kind, day);
  const due = rows.filter((row) => {
    const sendDay = day.sendDayOf(trigger(row));
    return since < sendDay && sendDay <= day.today;
  });
  if (due.length === 0) {
    return undefined;
  }
  return {
    recipient: { email: person.email, name: person.name }, kind, stage: `${kind} ${day.today}`,
    period: quarterOfDate(day.today), rows: inListOrder(due)
  };
}

export function milestoneDrafts<S extends ReminderSources>(person: Person<S>, clock: DueClock, day: PlanningDay): Array<DigestDraft<S>> {
  const rows: Array<DueItem<S>> = milestonesDue(person, clock);
  const notYetOverdue = rows.filter((row) => row.daysOverdue === 0);
  const dueSoon = datedDraft(person, 'milestoneDueSoon', notYetOverdue, (row) => addDays(row.dueDate, -day.settings.milestoneDaysBefore), day);
  const overdue = datedDraft(person, 'milestoneOverdue', rows, (row) => addDays(row.dueDate, 1), day);
  return [dueSoon, overdue].filter((draft): draft is DigestDraft<S> => !!draft);
}

export function decisionsDraft<S extends ReminderSources>(person: Person<S>, clock: DueClock, day: PlanningDay): DigestDraft<S> | undefined {
  const rows: Array<DueItem<S>> = requestsToDecide(person, clock);
  return datedDraft(person, 'decisionsWaiting', rows, (row) => {
    const requestedOn = row.kind === 'changeRequest' ? row.request.requestedOn : undefined;
    return requestedOn ? addWorkingDays(requestedOn, day.settings.decisionAfterWorkingDays, day.bankHolidays) : day.today;
  }, day);
}
