import { addDays } from '../calendarDate';
import { IsoDate } from '../model';
import { isWorkingDay } from '../periods';
import { bankHolidaysAround, resolveSettings } from './reminderSettings';
import { ReminderSettings } from './reminderTypes';

/**
 * The due dates a milestone reminder can concern on `today`, so the job reads only those
 * milestones, not every open one. "Due soon" goes once the send day of (due date less
 * `milestoneDaysBefore`) has come, so nothing due after today + milestoneDaysBefore. "Overdue"
 * goes on the send day of the day after the due date, and only when that send day is after
 * today less `catchUpDays`: a due date on or before the last working day by then can no longer
 * be reminded, as its send day is that working day or earlier.
 */
export function milestoneDueWindow(today: IsoDate, changes: Partial<ReminderSettings> = {}): { from: IsoDate; to: IsoDate } {
  const settings = resolveSettings(changes);
  const bankHolidays = bankHolidaysAround(settings, today);
  let lastWorkingDay = addDays(today, -settings.catchUpDays);
  while (!isWorkingDay(lastWorkingDay, bankHolidays)) {
    lastWorkingDay = addDays(lastWorkingDay, -1);
  }
  return { from: lastWorkingDay, to: addDays(today, settings.milestoneDaysBefore) };
}
