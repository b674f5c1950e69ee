import { CalendarEntry, IsoDate } from '../model';
import { DueClock } from '../myMilestones/dueItems';
import { dueClockOf } from '../myMilestones/dueList';
import { indexReminderLog, ReminderLogIndex } from './reminderLogIndex';
import { bankHolidaysAround } from './reminderSettings';
import { ReminderLogEntry, ReminderSettings } from './reminderTypes';
import { sendDayOf } from './sendWindow';

/** What every rule works out on the day planned for. */
export interface PlanningDay {
  today: IsoDate;
  settings: ReminderSettings;
  bankHolidays: ReadonlySet<IsoDate>;
  log: ReminderLogIndex;
  /** The first working day on or after `date`. */
  sendDayOf(date: IsoDate): IsoDate;
  /** The due list's clock for a person's reporting calendar. */
  clockOf(calendar: CalendarEntry[]): DueClock;
  /** `work`'s answer, worked out the first time `key` is asked for on the day. */
  once<T>(key: string, work: () => T): T;
}

/**
 * The day's rules, with the dates every person shares worked out once: a run plans for
 * thousands of people on one calendar, and date arithmetic is most of its cost.
 */
export function planningDayOf(today: IsoDate, settings: ReminderSettings, log: readonly ReminderLogEntry[]): PlanningDay {
  const bankHolidays = bankHolidaysAround(settings, today);
  const known = new Map<string, unknown>();
  const once = <T>(key: string, work: () => T): T => {
    if (!known.has(key)) {
      known.set(key, work());
    }
    return known.get(key) as T;
  };
  return {
    today, settings, bankHolidays, log: indexReminderLog(log, today), once,
    sendDayOf: (date) => once(`sendDay|${date}`, () => sendDayOf(date, bankHolidays)),
    clockOf: (calendar) => once(`clock|${JSON.stringify(calendar)}`, () => dueClockOf(calendar, today))
  };
}
