import { CalendarEntry, ReportingPeriod } from '../../../src/domain/model';
import { earliestTravelPeriod, quarterJudgedOn, travelPeriods, travelQuarterCount } from '../../../src/domain/reporting/directionOfTravel';

const PLAN = { firstYear: '2017-18', lastYear: '2019-20' };
const key = (period: ReportingPeriod): string => `${period.financialYear} ${period.quarter}`;

describe('which quarters the direction of travel shows', () => {
  test.each<[string, number | undefined, number]>([
    ['8 when not asked', undefined, 8],
    ['as asked within 4 to 8', 5, 5],
    ['at least 4', 2, 4],
    ['at most 8', 12, 8],
    ['whole quarters', 6.7, 6]
  ])('count: %s', (_case, asked, expected) => {
    expect(travelQuarterCount(asked)).toBe(expected);
  });

  test.each<[string, ReportingPeriod, string, number, string[]]>([
    ['eight quarters back across a year end', { financialYear: '2018-19', quarter: 'Q4' }, '2019-04-20', 8,
      ['2017-18 Q1', '2017-18 Q2', '2017-18 Q3', '2017-18 Q4', '2018-19 Q1', '2018-19 Q2', '2018-19 Q3', '2018-19 Q4']],
    ['four quarters', { financialYear: '2018-19', quarter: 'Q2' }, '2018-10-20', 4, ['2017-18 Q3', '2017-18 Q4', '2018-19 Q1', '2018-19 Q2']],
    ['none before the plan’s first year', { financialYear: '2017-18', quarter: 'Q3' }, '2018-01-20', 8, ['2017-18 Q1', '2017-18 Q2', '2017-18 Q3']],
    ['only the first quarter of a new plan', { financialYear: '2017-18', quarter: 'Q1' }, '2017-05-01', 8, ['2017-18 Q1']],
    ['none when the report’s quarter has not begun', { financialYear: '2018-19', quarter: 'Q2' }, '2018-06-30', 8, []],
    ['the report’s quarter on its first day', { financialYear: '2018-19', quarter: 'Q2' }, '2018-07-01', 4, ['2017-18 Q3', '2017-18 Q4', '2018-19 Q1', '2018-19 Q2']],
    ['none for a quarter outside the plan', { financialYear: '2020-21', quarter: 'Q1' }, '2021-01-01', 8, []]
  ])('%s', (_case, period, asOf, count, expected) => {
    expect(travelPeriods(PLAN, period, asOf, count).map(key)).toEqual(expected);
  });
});

describe('how far back the dashboard reads before it knows the plan', () => {
  test.each<[string, ReportingPeriod, number, string]>([
    ['eight quarters from a Q4: the year before’s Q1', { financialYear: '2018-19', quarter: 'Q4' }, 8, '2017-18 Q1'],
    ['eight quarters from a Q1: two years back', { financialYear: '2018-19', quarter: 'Q1' }, 8, '2016-17 Q2'],
    ['four quarters', { financialYear: '2018-19', quarter: 'Q2' }, 4, '2017-18 Q3'],
    ['one quarter: itself', { financialYear: '2018-19', quarter: 'Q2' }, 1, '2018-19 Q2']
  ])('%s', (_case, period, count, expected) => {
    expect(key(earliestTravelPeriod(period, count))).toBe(expected);
  });
});

describe('the day an earlier quarter is judged on', () => {
  const report: ReportingPeriod = { financialYear: '2018-19', quarter: 'Q4' };
  const entry = (quarter: CalendarEntry['quarter'], updatesDue: string, reportDate?: string): CalendarEntry =>
    ({ financialYear: '2018-19', quarter, updatesDue, reportDate, reminderOffsets: [14, 7, 2], escalationDelay: 3 });

  test.each<[string, ReportingPeriod, CalendarEntry | undefined, string, string]>([
    ['the report’s own quarter: the dashboard’s as-of', report, entry('Q4', '2019-04-12', '2019-05-01'), '2019-04-20', '2019-04-20'],
    ['the calendar’s report date', { financialYear: '2018-19', quarter: 'Q2' }, entry('Q2', '2018-10-12', '2018-11-05'), '2019-04-20', '2018-11-05'],
    ['the day after the calendar’s due date when it has no report date', { financialYear: '2018-19', quarter: 'Q2' }, entry('Q2', '2018-10-19'), '2019-04-20', '2018-10-20'],
    // Quarter ends Sat 30 Jun 2018: the 10th working day after is Fri 13 Jul.
    ['the day after the default due date without a calendar entry', { financialYear: '2018-19', quarter: 'Q1' }, undefined, '2019-04-20', '2018-07-14'],
    ['never after the dashboard’s as-of', { financialYear: '2018-19', quarter: 'Q3' }, entry('Q3', '2019-01-18', '2019-02-04'), '2019-01-25', '2019-01-25']
  ])('%s', (_case, quarter, calendarEntry, asOf, expected) => {
    expect(quarterJudgedOn(quarter, calendarEntry, report, asOf)).toBe(expected);
  });
});
