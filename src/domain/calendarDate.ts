import { UTCDate } from '@date-fns/utc';
import { addDays as addDaysToDate, getDay, isValid, lastDayOfMonth } from 'date-fns';
import { IsoDate } from './model';

/**
 * Calendar dates (`YYYY-MM-DD`) and the arithmetic the rules need. Dates are handled as UTC
 * midnights so the machine's own time zone can never shift a day; instants are turned into
 * Europe/London calendar dates in one place, `londonDateOf`, with the platform's own time zone
 * data (Intl), which every browser and Node has. Words for dates come from the pages' strings
 * (src/components/dates); here only the English the rules' messages use.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const LONDON = 'Europe/London';

function toUtc(date: IsoDate): UTCDate {
  const match = ISO_DATE.exec(date);
  if (!match) {
    throw new RangeError(`"${date}" is not a calendar date (expected YYYY-MM-DD)`);
  }
  return new UTCDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** Builds a calendar date from its parts, or `undefined` when they name no real day (31 Feb). */
export function calendarDate(year: number, month: number, day: number): IsoDate | undefined {
  const date = new UTCDate(year, month - 1, day);
  const real = isValid(date) && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
  return real && date.getUTCDate() === day ? fromUtc(date) : undefined;
}

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  return !!match && calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) === text;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(addDaysToDate(toUtc(date), days));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return getDay(toUtc(date));
}

export function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

export function lastDayOfMonthOf(year: number, month: number): IsoDate {
  return fromUtc(lastDayOfMonth(new UTCDate(year, month - 1, 1)));
}

export function yearOf(date: IsoDate): number {
  return toUtc(date).getUTCFullYear();
}

/** 1 = January … 12 = December. */
export function monthOf(date: IsoDate): number {
  return toUtc(date).getUTCMonth() + 1;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date in the English of the rules' messages and the CLI: `13 April 2018`. */
export function formatDate(date: IsoDate): string {
  const utc = toUtc(date);
  return `${utc.getUTCDate()} ${ENGLISH_MONTHS[utc.getUTCMonth()]} ${utc.getUTCFullYear()}`;
}

/** London's calendar and clock, read with the platform's time zone data. */
const LONDON_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23'
});

function londonParts(instant: Date | string): Record<string, string> {
  const moment = typeof instant === 'string' ? new Date(instant) : instant;
  if (!isValid(moment)) {
    throw new RangeError(`"${String(instant)}" is not a date and time`);
  }
  const parts: Record<string, string> = {};
  LONDON_CLOCK.formatToParts(moment).forEach((part) => {
    parts[part.type] = part.value;
  });
  return parts;
}

/**
 * The Europe/London calendar date of an instant. `2018-03-31T23:30:00Z` is already 1 April in
 * London (BST), and `2018-10-28T00:30:00Z` is still 28 October.
 */
export function londonDateOf(instant: Date | string): IsoDate {
  const parts = londonParts(instant);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The hour (0–23) on London's clock at an instant: for quiet hours. */
export function londonHourOf(instant: Date): number {
  return Number(londonParts(instant).hour);
}
