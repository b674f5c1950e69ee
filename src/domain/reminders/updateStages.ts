import { addDays } from '../calendarDate';
import { CalendarEntry, IsoDate } from '../model';
import { DueClock } from '../myMilestones/dueItems';
import { UpdateOwedDue } from '../myMilestones/dueTypes';
import { addWorkingDays } from '../periods';
import { calendarEntryFor } from '../reportingCalendar';
import { DigestDraft, inListOrder } from './digestDraft';
import { PlanningDay } from './planningDay';
import { ReminderKind, ReminderSources } from './reminderTypes';

/**
 * The quarterly update's stages for one owner: `updateDue<offset>` on the due date less each of
 * the calendar's reminder offsets, then `updateOverdue` the day after the due date, each moved
 * to its send day. Only the latest stage whose send day has come is due: a missed earlier one is
 * superseded, so an owner never gets two update digests at once.
 */

export const DEFAULT_REMINDER_OFFSETS: readonly number[] = [14, 7, 2];
export const DEFAULT_ESCALATION_DELAY = 3;

interface UpdateStage {
  stage: string;
  kind: ReminderKind;
  /** The stage's own date, and the working day it goes on. */
  date: IsoDate;
  sendDay: IsoDate;
}

function reminderOffsetsOf(entry: CalendarEntry | undefined): readonly number[] {
  return entry && Array.isArray(entry.reminderOffsets) ? entry.reminderOffsets : DEFAULT_REMINDER_OFFSETS;
}

/** Working days after the due date before the escalation digest (the calendar's, else 3). */
export function escalationDelayOf(calendar: readonly CalendarEntry[], clock: DueClock): number {
  const entry = calendarEntryFor(calendar, clock.openPeriod);
  return entry && typeof entry.escalationDelay === 'number' ? entry.escalationDelay : DEFAULT_ESCALATION_DELAY;
}

/** The day escalation starts: `escalationDelay` working days after the updates were due. */
export function escalationDayOf(calendar: readonly CalendarEntry[], clock: DueClock, day: PlanningDay): IsoDate {
  const delay = escalationDelayOf(calendar, clock);
  return day.once(`escalation|${clock.updatesDue}|${delay}`, () => addWorkingDays(clock.updatesDue, delay, day.bankHolidays));
}

function stage(name: string, kind: ReminderKind, date: IsoDate, day: PlanningDay): UpdateStage {
  return { stage: name, kind, date, sendDay: day.sendDayOf(date) };
}

function stagesOf(calendar: readonly CalendarEntry[], clock: DueClock, day: PlanningDay): UpdateStage[] {
  const offsets = reminderOffsetsOf(calendarEntryFor(calendar, clock.openPeriod));
  return day.once(`stages|${clock.updatesDue}|${offsets.join(',')}`, () => offsets
    .map((offset) => stage(`updateDue${offset}`, 'updateDueSoon', addDays(clock.updatesDue, -offset), day))
    .concat([stage('updateOverdue', 'updateOverdue', addDays(clock.updatesDue, 1), day)]));
}

function isLater(a: UpdateStage, b: UpdateStage): boolean {
  return a.sendDay > b.sendDay || (a.sendDay === b.sendDay && a.date > b.date);
}

/** The latest stage whose send day has come, if any (two moved to the same send day: the later date's). */
export function currentUpdateStage(calendar: readonly CalendarEntry[], clock: DueClock, day: PlanningDay): UpdateStage | undefined {
  let current: UpdateStage | undefined;
  stagesOf(calendar, clock, day).forEach((each) => {
    if (each.sendDay <= day.today && (!current || isLater(each, current))) {
      current = each;
    }
  });
  return current;
}

/** The owner's update digest now: their owed updates, if a stage is due and anything is owed. */
export function updateDigestOf<S extends ReminderSources>(
  owner: { email: string; name: string; calendar: readonly CalendarEntry[] },
  clock: DueClock,
  owed: ReadonlyArray<UpdateOwedDue<S>>,
  day: PlanningDay
): DigestDraft<S> | undefined {
  const stage = owed.length > 0 ? currentUpdateStage(owner.calendar, clock, day) : undefined;
  if (!stage) {
    return undefined;
  }
  return {
    recipient: { email: owner.email, name: owner.name }, kind: stage.kind, stage: stage.stage,
    period: clock.openPeriod, updatesDue: clock.updatesDue, rows: inListOrder(owed)
  };
}
