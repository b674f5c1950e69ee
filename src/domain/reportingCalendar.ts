import { englandAndWalesBankHolidaysBetween } from './bankHolidays';
import { CalendarEntry, IsoDate, ReportingPeriod } from './model';
import { defaultUpdatesDue, startYearOf } from './periods';

/**
 * When a quarter's updates are due (SPEC §4.1): the reporting calendar's date for the quarter when
 * one is set, else the default, the 10th working day after the quarter ends (England and Wales
 * bank holidays skipped).
 */

/** The calendar's entry for the period, if the calendar has one. */
export function calendarEntryFor(entries: readonly CalendarEntry[], period: ReportingPeriod): CalendarEntry | undefined {
  return entries.filter((entry) => entry.financialYear === period.financialYear && entry.quarter === period.quarter)[0];
}

export function updatesDueFor(period: ReportingPeriod, entry: CalendarEntry | undefined): IsoDate {
  if (entry && entry.updatesDue) {
    return entry.updatesDue;
  }
  const year = startYearOf(period.financialYear);
  return defaultUpdatesDue(period, englandAndWalesBankHolidaysBetween(year, year + 1));
}
