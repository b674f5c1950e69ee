import { englandAndWalesBankHolidaysBetween } from '../../src/domain/bankHolidays';
import {
  addWorkingDays, comparePeriods, defaultUpdatesDue, financialYearBounds, financialYearLabel, financialYearOf,
  isWorkingDay, nextPeriod, periodOpenForUpdatesOn, parseFinancialYear, parsePeriodKey, parseQuarter, periodKey, previousPeriod,
  quarterBounds, quarterOfDate, samePeriodLastYear, slashLabel, startYearOf
} from '../../src/domain/periods';
import { Quarter, ReportingPeriod } from '../../src/domain/model';

const period = (financialYear: string, quarter: Quarter): ReportingPeriod => ({ financialYear, quarter });
const holidays = englandAndWalesBankHolidaysBetween(2016, 2027);

describe('financial years', () => {
  test.each([
    [2017, '2017-18'],
    [1999, '1999-00'],
    [2009, '2009-10'],
    [2099, '2099-00']
  ])('financialYearLabel(%i) → %s', (start, label) => {
    expect(financialYearLabel(start)).toBe(label);
  });

  test.each([
    ['2017-18', '2017-18'],
    ['2017/18', '2017-18'],
    ['2017-2018', '2017-18'],
    ['2017/2018', '2017-18'],
    [' 2017 / 18 ', '2017-18'],
    ['1999-00', '1999-00'],
    ['2017–18', '2017-18'],
    ['2017-19', undefined],
    ['2017', undefined],
    ['17/18', undefined],
    ['2017-2019', undefined],
    ['Q4 2017-18', undefined]
  ])('parseFinancialYear(%j) → %s', (text, expected) => {
    expect(parseFinancialYear(text)).toBe(expected);
  });

  test('start year, slash form and bounds', () => {
    expect(startYearOf('2017-18')).toBe(2017);
    expect(slashLabel('2017-18')).toBe('2017/18');
    expect(financialYearBounds('2016-17')).toEqual({ start: '2016-04-01', end: '2017-03-31' });
    expect(() => startYearOf('2017')).toThrow('"2017" is not a financial year (expected e.g. 2017-18)');
  });

  test.each([
    ['2017-04-01', '2017-18', 'Q1'],
    ['2017-06-30', '2017-18', 'Q1'],
    ['2017-07-01', '2017-18', 'Q2'],
    ['2017-09-30', '2017-18', 'Q2'],
    ['2017-10-01', '2017-18', 'Q3'],
    ['2017-12-31', '2017-18', 'Q3'],
    ['2018-01-01', '2017-18', 'Q4'],
    ['2018-03-31', '2017-18', 'Q4'],
    ['2018-04-01', '2018-19', 'Q1'],
    ['2020-02-29', '2019-20', 'Q4']
  ])('%s is in %s %s', (date, financialYear, quarter) => {
    expect(financialYearOf(date)).toBe(financialYear);
    expect(quarterOfDate(date)).toEqual({ financialYear, quarter });
  });
});

describe('quarters', () => {
  test.each([
    ['2017-18', 'Q1', '2017-04-01', '2017-06-30'],
    ['2017-18', 'Q2', '2017-07-01', '2017-09-30'],
    ['2017-18', 'Q3', '2017-10-01', '2017-12-31'],
    ['2017-18', 'Q4', '2018-01-01', '2018-03-31'],
    ['2019-20', 'Q4', '2020-01-01', '2020-03-31']
  ])('%s %s runs %s to %s', (financialYear, quarter, start, end) => {
    expect(quarterBounds(period(financialYear, quarter as Quarter))).toEqual({ start, end });
  });

  test.each([
    [period('2017-18', 'Q1'), period('2016-17', 'Q4'), period('2017-18', 'Q2')],
    [period('2017-18', 'Q4'), period('2017-18', 'Q3'), period('2018-19', 'Q1')],
    [period('1999-00', 'Q4'), period('1999-00', 'Q3'), period('2000-01', 'Q1')]
  ])('around %j: previous %j, next %j', (current, previous, next) => {
    expect(previousPeriod(current)).toEqual(previous);
    expect(nextPeriod(current)).toEqual(next);
  });

  test('same quarter last year, ordering and keys', () => {
    expect(samePeriodLastYear(period('2018-19', 'Q2'))).toEqual(period('2017-18', 'Q2'));
    expect(comparePeriods(period('2017-18', 'Q4'), period('2018-19', 'Q1'))).toBeLessThan(0);
    expect(comparePeriods(period('2018-19', 'Q1'), period('2017-18', 'Q4'))).toBeGreaterThan(0);
    expect(comparePeriods(period('2017-18', 'Q2'), period('2017-18', 'Q2'))).toBe(0);
    expect(periodKey(period('2017-18', 'Q4'))).toBe('2017-18 Q4');
  });

  test.each([
    ['Q4', 'Q4'],
    ['q1', 'Q1'],
    ['4', 'Q4'],
    ['Quarter 2', 'Q2'],
    ['Q5', undefined],
    ['', undefined]
  ])('parseQuarter(%j) → %s', (text, expected) => {
    expect(parseQuarter(text)).toBe(expected);
  });

  test.each([
    ['2017-18 Q4', period('2017-18', 'Q4')],
    ['2017/18 q1', period('2017-18', 'Q1')],
    ['2017-18', undefined],
    ['2017-19 Q4', undefined]
  ])('parsePeriodKey(%j) → %j', (key, expected) => {
    expect(parsePeriodKey(key)).toEqual(expected);
  });
});

describe('working days and the update due date', () => {
  test.each([
    ['2018-04-13', true],
    ['2018-04-14', false], // Saturday
    ['2018-04-02', false], // Easter Monday
    ['2018-03-30', false] // Good Friday
  ])('%s is a working day: %s', (date, expected) => {
    expect(isWorkingDay(date, holidays)).toBe(expected);
  });

  test.each([
    ['2018-04-12', 1, '2018-04-13'],
    ['2018-04-13', 1, '2018-04-16'],
    ['2018-03-29', 1, '2018-04-03'], // over Good Friday, the weekend and Easter Monday
    ['2018-04-13', 0, '2018-04-13']
  ])('%s + %i working day(s) → %s', (date, count, expected) => {
    expect(addWorkingDays(date, count, holidays)).toBe(expected);
  });

  // Counted by hand on a calendar: working days after each quarter's last day.
  test.each([
    // Q4 2017-18 ends Sat 31 Mar; Easter Monday 2 Apr is skipped: 3,4,5,6,9,10,11,12,13,16 April.
    ['2017-18', 'Q4', '2018-04-16'],
    // Q1 2018-19 ends Sat 30 Jun: 2–6 and 9–13 July.
    ['2018-19', 'Q1', '2018-07-13'],
    // Q2 2018-19 ends Sun 30 Sep: 1–5 and 8–12 October.
    ['2018-19', 'Q2', '2018-10-12'],
    // Q3 2018-19 ends Mon 31 Dec: 2–4, 7–11, 14–15 January (1 January is a bank holiday).
    ['2018-19', 'Q3', '2019-01-15'],
    // Q3 2020-21 ends Thu 31 Dec: 1 Jan holiday; 4–8, 11–15 January.
    ['2020-21', 'Q3', '2021-01-15'],
    // Q4 2019-20 ends Tue 31 Mar; Good Friday 10 and Easter Monday 13 April are skipped.
    ['2019-20', 'Q4', '2020-04-16']
  ])('updates for %s %s are due on %s by default', (financialYear, quarter, expected) => {
    expect(defaultUpdatesDue(period(financialYear, quarter as Quarter), holidays)).toBe(expected);
  });

  test('the number of working days can be configured, and no holidays can be given', () => {
    expect(defaultUpdatesDue(period('2017-18', 'Q4'), holidays, 5)).toBe('2018-04-09');
    expect(defaultUpdatesDue(period('2017-18', 'Q4'), new Set(), 10)).toBe('2018-04-13');
  });
});

describe('the period open for updates: the quarter just ended', () => {
  test.each<[string, ReportingPeriod]>([
    ['2026-11-23', period('2026-27', 'Q2')],
    ['2026-10-01', period('2026-27', 'Q2')],
    ['2026-09-30', period('2026-27', 'Q1')],
    ['2018-04-13', period('2017-18', 'Q4')],
    ['2018-03-31', period('2017-18', 'Q3')],
    ['2018-01-02', period('2017-18', 'Q3')],
    ['2017-07-01', period('2017-18', 'Q1')]
  ])('on %s staff report on %o', (today, expected) => {
    expect(periodOpenForUpdatesOn(today)).toEqual(expected);
  });
});
