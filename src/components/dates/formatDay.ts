import { dayOfWeek, monthOf, yearOf } from '../../domain/calendarDate';
import { IsoDate } from '../../domain/model';
import { formatString } from '../formatString';

/**
 * Dates in the page's language, with the month written in full (`16 April 2018`, `16 Ebrill
 * 2018`), from the names in the common strings (TrackerCommonStrings `Dates`), as a council's
 * own documents write them. `weekday` puts the day's name first (`Monday 16 April`, `dydd Llun
 * 16 Ebrill`), for a date in the coming weeks.
 */
export function formatDay(date: IsoDate, words: ITrackerDateStrings, form: 'date' | 'weekday' = 'date'): string {
  const day = Number(date.slice(8, 10));
  const month = words.Months[monthOf(date) - 1];
  return form === 'weekday'
    ? formatString(words.WeekdayDayMonth, words.Weekdays[dayOfWeek(date)], day, month)
    : formatString(words.DayMonthYear, day, month, yearOf(date));
}

/** A time of day for "Draft saved at 14:05". */
export function formatTime(instant: Date): string {
  const pad = (part: number): string => (part < 10 ? `0${part}` : String(part));
  return `${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}
