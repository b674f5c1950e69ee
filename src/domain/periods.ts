import { addDays, calendarDate, isWeekend, lastDayOfMonthOf, monthOf, yearOf } from './calendarDate';
import { FinancialYearLabel, IsoDate, Quarter, QUARTERS, ReportingPeriod } from './model';

/**
 * Financial years (1 April – 31 March) and their quarters (SPEC §4.1): labels, bounds,
 * neighbours, and the update due date as the Nth working day after a quarter ends.
 */

/** The first calendar month of each quarter: Q1 = April … Q4 = January of the next year. */
const QUARTER_START_MONTH: Record<Quarter, number> = { Q1: 4, Q2: 7, Q3: 10, Q4: 1 };

export function financialYearLabel(startYear: number): FinancialYearLabel {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The calendar year in which a financial year starts: `2017-18` → 2017. */
export function startYearOf(financialYear: FinancialYearLabel): number {
  const parsed = parseFinancialYear(financialYear);
  if (parsed === undefined) {
    throw new RangeError(`"${financialYear}" is not a financial year (expected e.g. 2017-18)`);
  }
  return Number(parsed.slice(0, 4));
}

const FINANCIAL_YEAR = /^\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*$/;
/** Labels already read (few in any tracker); cleared if odd input ever fills it. */
const PARSED_YEARS_KEPT = 1000;
const parsedYears = new Map<string, FinancialYearLabel | undefined>();

/**
 * Reads a financial year as people write it — `2017-18`, `2017/18`, `2017-2018`, `2017/2018` —
 * and returns the canonical label, or `undefined` when the text is not one (`2017-19`).
 */
export function parseFinancialYear(text: string): FinancialYearLabel | undefined {
  if (!parsedYears.has(text)) {
    // A report compares periods millions of times over a few year labels: parse each label once.
    if (parsedYears.size >= PARSED_YEARS_KEPT) {
      parsedYears.clear();
    }
    parsedYears.set(text, parseYearText(text));
  }
  return parsedYears.get(text);
}

function parseYearText(text: string): FinancialYearLabel | undefined {
  const match = FINANCIAL_YEAR.exec(text);
  if (!match) {
    return undefined;
  }
  const start = Number(match[1]);
  const end = Number(match[2]);
  const follows = match[2].length === 2 ? end === (start + 1) % 100 : end === start + 1;
  return follows ? financialYearLabel(start) : undefined;
}

/** `2017-18` → `2017/18`, the form cabinet reports often use. */
export function slashLabel(financialYear: FinancialYearLabel): string {
  return financialYear.replace('-', '/');
}

export function financialYearOf(date: IsoDate): FinancialYearLabel {
  const year = yearOf(date);
  return financialYearLabel(monthOf(date) >= 4 ? year : year - 1);
}

export function quarterOfDate(date: IsoDate): ReportingPeriod {
  const month = monthOf(date);
  const quarter: Quarter = month >= 4 && month <= 6 ? 'Q1' : month >= 7 && month <= 9 ? 'Q2' : month >= 10 ? 'Q3' : 'Q4';
  return { financialYear: financialYearOf(date), quarter };
}

/**
 * The period staff report on when the web part opens on `today`: the quarter that has just ended
 * (in October, Q2's updates are being written), as councils collect updates after quarter end.
 */
export function periodOpenForUpdatesOn(today: IsoDate): ReportingPeriod {
  return previousPeriod(quarterOfDate(today));
}

export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

export function quarterBounds(period: ReportingPeriod): DateRange {
  const startMonth = QUARTER_START_MONTH[period.quarter];
  const year = startYearOf(period.financialYear) + (period.quarter === 'Q4' ? 1 : 0);
  return {
    start: calendarDate(year, startMonth, 1) as IsoDate,
    end: lastDayOfMonthOf(year, startMonth + 2)
  };
}

export function financialYearBounds(financialYear: FinancialYearLabel): DateRange {
  const start = startYearOf(financialYear);
  return { start: `${start}-04-01`, end: `${start + 1}-03-31` };
}

export function previousPeriod(period: ReportingPeriod): ReportingPeriod {
  const index = QUARTERS.indexOf(period.quarter);
  if (index > 0) {
    return { financialYear: period.financialYear, quarter: QUARTERS[index - 1] };
  }
  return { financialYear: financialYearLabel(startYearOf(period.financialYear) - 1), quarter: 'Q4' };
}

export function nextPeriod(period: ReportingPeriod): ReportingPeriod {
  const index = QUARTERS.indexOf(period.quarter);
  if (index < 3) {
    return { financialYear: period.financialYear, quarter: QUARTERS[index + 1] };
  }
  return { financialYear: financialYearLabel(startYearOf(period.financialYear) + 1), quarter: 'Q1' };
}

/** The same quarter a year earlier: for comparing cumulative measures like with like. */
export function samePeriodLastYear(period: ReportingPeriod): ReportingPeriod {
  return { financialYear: financialYearLabel(startYearOf(period.financialYear) - 1), quarter: period.quarter };
}

/** Orders periods: negative when `a` is earlier than `b`. */
export function comparePeriods(a: ReportingPeriod, b: ReportingPeriod): number {
  return startYearOf(a.financialYear) - startYearOf(b.financialYear) || QUARTERS.indexOf(a.quarter) - QUARTERS.indexOf(b.quarter);
}

/** The key stored with updates and values: `2017-18 Q4`. */
export function periodKey(period: ReportingPeriod): string {
  return `${period.financialYear} ${period.quarter}`;
}

export function parseQuarter(text: string): Quarter | undefined {
  const match = /^\s*(?:q(?:uarter)?\s*)?([1-4])\s*$/i.exec(text);
  return match ? (`Q${match[1]}` as Quarter) : undefined;
}

export function parsePeriodKey(key: string): ReportingPeriod | undefined {
  const match = /^(.+?)\s+(Q[1-4])$/i.exec(key.trim());
  const financialYear = match ? parseFinancialYear(match[1]) : undefined;
  const quarter = match ? parseQuarter(match[2]) : undefined;
  return financialYear && quarter ? { financialYear, quarter } : undefined;
}

export function isWorkingDay(date: IsoDate, bankHolidays: ReadonlySet<IsoDate>): boolean {
  return !isWeekend(date) && !bankHolidays.has(date);
}

/** The `count`th working day after `date` (not counting `date` itself). */
export function addWorkingDays(date: IsoDate, count: number, bankHolidays: ReadonlySet<IsoDate>): IsoDate {
  let day = date;
  for (let remaining = count; remaining > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, bankHolidays)) {
      remaining -= 1;
    }
  }
  return day;
}

export const DEFAULT_DUE_WORKING_DAYS = 10;

/**
 * When updates for a quarter are due by default: the Nth working day after the quarter ends
 * (SPEC §4.1). The reporting calendar may set another date per quarter.
 */
export function defaultUpdatesDue(
  period: ReportingPeriod,
  bankHolidays: ReadonlySet<IsoDate>,
  workingDays: number = DEFAULT_DUE_WORKING_DAYS
): IsoDate {
  return addWorkingDays(quarterBounds(period).end, workingDays, bankHolidays);
}
