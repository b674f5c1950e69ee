import { cy } from 'date-fns/locale/cy';
import { enGB } from 'date-fns/locale/en-GB';
import { formatDate } from '../../domain/calendarDate';
import { IsoDate } from '../../domain/model';

/** Dates in the page's language: `DateLocale` from the web part's strings (`en-GB` or `cy`). */
export function formatDay(date: IsoDate, localeCode: string, pattern: string = 'EEE d MMM'): string {
  return formatDate(date, pattern, localeCode === 'cy' ? cy : enGB);
}

/** A time of day for "Draft saved at 14:05". */
export function formatTime(instant: Date): string {
  const pad = (part: number): string => (part < 10 ? `0${part}` : String(part));
  return `${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}
