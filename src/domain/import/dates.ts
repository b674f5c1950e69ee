import { calendarDate, lastDayOfMonthOf } from '../calendarDate';
import { IsoDate } from '../model';
import { Parsed, parseFailure, parsedValue } from './parsed';
import { quote } from './importProblems';

/**
 * Dates as trackers hold them (SPEC §4.6): ISO `2019-12-31`, UK `31/12/2019` (also `31/12/19`,
 * `31-12-2019`, `31.12.2019`), `4 Nov 2019`, and month forms `Dec 2019`, `Sept 2019`.
 */

/**
 * What a date cell is for. A month alone means the last day of that month for end, due and done
 * dates ("by Dec 2019" = by 31 December), but the first day for a start date: a council writing
 * "Sep 2019" in Start Date means the work starts in September, not on its last day.
 */
export type DateRole = 'start' | 'end';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12
};

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
/** Day, month, year with the same separator twice: `31/12/2019`, `31-12-19`, `31.12.2019`. */
const UK_NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4}|\d{2})$/i;
const MONTH_YEAR = /^([a-z]+)\.?,?[\s-]+(\d{4})$/i;
/** Anything that looks like one date, to tell "two dates in one cell" from "not a date". */
const DATE_LIKE =
  /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:\d{1,2}(?:st|nd|rd|th)?[\s-]+)?\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s-]+\d{4}/gi;

/** Words trackers put in a date cell to say there is no date yet. */
const NO_DATE_WORDS = ['ongoing', 'tbc', 'tbd', 'to be confirmed', 'to be decided', 'n/a', 'na', 'none', '-', '–'];

function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase();
  return Object.prototype.hasOwnProperty.call(MONTHS, key) ? MONTHS[key] : undefined;
}

/** Two-digit years are this century's: trackers hold no 20th-century dates. */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function exactDate(text: string): IsoDate | undefined {
  let match = ISO.exec(text);
  if (match) {
    return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  match = UK_NUMERIC.exec(text);
  if (match) {
    return calendarDate(fullYear(match[4]), Number(match[3]), Number(match[1]));
  }
  match = DAY_MONTH_YEAR.exec(text);
  const month = match ? monthNumber(match[2]) : undefined;
  return match && month ? calendarDate(fullYear(match[3]), month, Number(match[1])) : undefined;
}

function monthDate(text: string, role: DateRole): IsoDate | undefined {
  const match = MONTH_YEAR.exec(text);
  const month = match ? monthNumber(match[1]) : undefined;
  if (!match || !month) {
    return undefined;
  }
  const year = Number(match[2]);
  return role === 'start' ? calendarDate(year, month, 1) : lastDayOfMonthOf(year, month);
}

/**
 * Reads one date from a cell. A month alone is read by `role` (see `DateRole`). Impossible
 * dates (`31/13/2019`, `30/02/2020`) and cells holding two dates (`Jan 2020 Sep 2021`) fail.
 */
export function parseDate(text: string, role: DateRole): Parsed<IsoDate> {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const date = exactDate(trimmed) || monthDate(trimmed, role);
  if (date) {
    return parsedValue(date);
  }
  const dateLike = trimmed.match(DATE_LIKE);
  if (dateLike && dateLike.length > 1) {
    return parseFailure(`${quote(text)} holds more than one date: put one date in each cell`);
  }
  return parseFailure(`${quote(text)} is not a date`);
}

/** True for `Ongoing`, `TBC`, `n/a` and the like: the cell says there is no date (yet). */
export function meansNoDate(text: string): boolean {
  return NO_DATE_WORDS.indexOf(text.trim().toLowerCase().replace(/\s+/g, ' ')) >= 0;
}

/** The month-and-year or full date at the start of a line, for milestone lines (`Dec 2019: …`). */
export const LEADING_DATE =
  /^((?:\d{1,2}(?:st|nd|rd|th)?[\s-]+)?[a-z]+\.?,?\s+\d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b\s*(.*)$/i;
