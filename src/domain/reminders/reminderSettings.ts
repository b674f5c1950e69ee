import { englandAndWalesBankHolidaysBetween } from '../bankHolidays';
import { isIsoDate, yearOf } from '../calendarDate';
import { IsoDate } from '../model';
import { ReminderSettings } from './reminderTypes';

/** SPEC §4.5's defaults: 08:00–18:00 London, milestones 7 days ahead, decisions after 2 working days, a week's catch-up. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  sendFromHour: 8,
  quietFromHour: 18,
  milestoneDaysBefore: 7,
  decisionAfterWorkingDays: 2,
  catchUpDays: 7
};

function checkWholeNumber(name: keyof ReminderSettings, value: number, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`Reminder settings: ${name} must be a whole number from ${min} to ${max} (it is ${String(value)})`);
  }
}

/** The defaults with the council's changes over them, checked: a wrong setting names itself. */
export function resolveSettings(changes: Partial<ReminderSettings> = {}): ReminderSettings {
  const settings: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS };
  (Object.keys(changes) as Array<keyof ReminderSettings>).forEach((name) => {
    if (changes[name] !== undefined) {
      (settings as unknown as Record<string, unknown>)[name] = changes[name];
    }
  });
  checkWholeNumber('sendFromHour', settings.sendFromHour, 0, 23);
  checkWholeNumber('quietFromHour', settings.quietFromHour, settings.sendFromHour + 1, 24);
  checkWholeNumber('milestoneDaysBefore', settings.milestoneDaysBefore, 0, 366);
  checkWholeNumber('decisionAfterWorkingDays', settings.decisionAfterWorkingDays, 0, 366);
  checkWholeNumber('catchUpDays', settings.catchUpDays, 0, 366);
  (settings.bankHolidays || []).forEach((day, index) => {
    if (!isIsoDate(day)) {
      throw new RangeError(`Reminder settings: bankHolidays[${index}] "${day}" is not a calendar date (expected YYYY-MM-DD)`);
    }
  });
  return settings;
}

/**
 * The days with no reminders besides weekends, around `today`: the council's list, else England
 * and Wales bank holidays from the year before to the year after (stage dates reach back a few
 * weeks and the next sending day forward a few days).
 */
export function bankHolidaysAround(settings: ReminderSettings, today: IsoDate): Set<IsoDate> {
  if (settings.bankHolidays) {
    return new Set(settings.bankHolidays);
  }
  const year = yearOf(today);
  return englandAndWalesBankHolidaysBetween(year - 1, year + 1);
}
