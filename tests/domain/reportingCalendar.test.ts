import { CalendarEntry, ReportingPeriod } from '../../src/domain/model';
import { calendarEntryFor, updatesDueFor } from '../../src/domain/reportingCalendar';

function entry(financialYear: string, quarter: CalendarEntry['quarter'], updatesDue: string): CalendarEntry {
  return { financialYear, quarter, updatesDue, reminderOffsets: [14, 7, 2], escalationDelay: 3 };
}

const CALENDAR = [entry('2017-18', 'Q3', '2018-01-19'), entry('2018-19', 'Q1', '2018-07-20')];

describe('when a quarter’s updates are due', () => {
  test.each<[string, ReportingPeriod, string]>([
    // Quarter ends Sat 31 Mar 2018; Easter Monday 2 Apr is a bank holiday.
    ['2017-18 Q4 by default: the 10th working day after Easter', { financialYear: '2017-18', quarter: 'Q4' }, '2018-04-16'],
    // Ends Sat 30 Jun 2018; no holiday in early July.
    ['2018-19 Q1 from the calendar, which moved it a week', { financialYear: '2018-19', quarter: 'Q1' }, '2018-07-20'],
    // Ends Sat 30 Sep 2017.
    ['2017-18 Q2 by default', { financialYear: '2017-18', quarter: 'Q2' }, '2017-10-13'],
    ['2017-18 Q3 from the calendar', { financialYear: '2017-18', quarter: 'Q3' }, '2018-01-19'],
    // Ends Sun 31 Dec 2016; Mon 2 Jan 2017 is the substitute New Year holiday.
    ['2016-17 Q3 by default, skipping the substitute New Year holiday', { financialYear: '2016-17', quarter: 'Q3' }, '2017-01-16']
  ])('%s: %s', (_case, period, expected) => {
    expect(updatesDueFor(period, calendarEntryFor(CALENDAR, period))).toBe(expected);
  });

  test.each<[string, ReportingPeriod, CalendarEntry | undefined]>([
    ['the entry for the year and quarter', { financialYear: '2018-19', quarter: 'Q1' }, CALENDAR[1]],
    ['none for another year’s same quarter', { financialYear: '2019-20', quarter: 'Q1' }, undefined],
    ['none for a quarter the calendar lacks', { financialYear: '2017-18', quarter: 'Q4' }, undefined]
  ])('calendar entry: %s', (_case, period, expected) => {
    expect(calendarEntryFor(CALENDAR, period)).toBe(expected);
  });

  test('an entry without a date falls back to the default rule', () => {
    expect(updatesDueFor({ financialYear: '2017-18', quarter: 'Q4' }, entry('2017-18', 'Q4', ''))).toBe('2018-04-16');
  });
});
