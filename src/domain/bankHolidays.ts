import { addDays, calendarDate, dayOfWeek, lastDayOfMonthOf } from './calendarDate';
import { IsoDate } from './model';

/**
 * England and Wales bank holidays, the default calendar for working-day rules (SPEC §4.1): the
 * statutory pattern plus the one-off changes proclaimed since 2010. A council configures its
 * own list (Scotland and Northern Ireland differ) through the reporting calendar.
 */

const MONDAY = 1;

/** Days moved or added by proclamation: [year, dates removed, dates added]. */
const PROCLAMATIONS: ReadonlyArray<[number, IsoDate[], IsoDate[]]> = [
  [2011, [], ['2011-04-29']], // royal wedding
  [2012, ['2012-05-28'], ['2012-06-04', '2012-06-05']], // Diamond Jubilee
  [2020, ['2020-05-04'], ['2020-05-08']], // VE Day 75th anniversary
  [2022, ['2022-05-30'], ['2022-06-02', '2022-06-03', '2022-09-19']], // Platinum Jubilee, state funeral
  [2023, [], ['2023-05-08']] // coronation
];

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDate(year, month, day) as IsoDate;
}

function firstMonday(year: number, month: number): IsoDate {
  const first = calendarDate(year, month, 1) as IsoDate;
  return addDays(first, (MONDAY - dayOfWeek(first) + 7) % 7);
}

function lastMonday(year: number, month: number): IsoDate {
  const last = lastDayOfMonthOf(year, month);
  return addDays(last, -((dayOfWeek(last) - MONDAY + 7) % 7));
}

/** A holiday falling at a weekend moves to the next weekday not already taken. */
function substitutes(dates: IsoDate[]): IsoDate[] {
  const taken: IsoDate[] = [];
  dates.forEach((date) => {
    let day = date;
    while (dayOfWeek(day) === 0 || dayOfWeek(day) === 6 || taken.indexOf(day) >= 0) {
      day = addDays(day, 1);
    }
    taken.push(day);
  });
  return taken;
}

export function englandAndWalesBankHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const [newYear] = substitutes([calendarDate(year, 1, 1) as IsoDate]);
  const christmas = substitutes([calendarDate(year, 12, 25) as IsoDate, calendarDate(year, 12, 26) as IsoDate]);
  let days = [
    newYear,
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...christmas
  ];
  PROCLAMATIONS.filter(([proclaimed]) => proclaimed === year).forEach(([, removed, added]) => {
    days = days.filter((day) => removed.indexOf(day) < 0).concat(added);
  });
  return days.sort();
}

/** Every England and Wales bank holiday from `firstYear` to `lastYear` inclusive. */
export function englandAndWalesBankHolidaysBetween(firstYear: number, lastYear: number): Set<IsoDate> {
  const days = new Set<IsoDate>();
  for (let year = firstYear; year <= lastYear; year++) {
    englandAndWalesBankHolidays(year).forEach((day) => days.add(day));
  }
  return days;
}
