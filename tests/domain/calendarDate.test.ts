import {
  addDays, calendarDate, dayOfWeek, daysBetween, formatDate, isIsoDate, isWeekend, lastDayOfMonthOf,
  londonDateOf, londonHourOf, monthOf, yearOf
} from '../../src/domain/calendarDate';

describe('calendar dates', () => {
  test.each([
    [2019, 12, 31, '2019-12-31'],
    [2020, 2, 29, '2020-02-29'],
    [2019, 2, 29, undefined],
    [2019, 13, 1, undefined],
    [2019, 4, 31, undefined],
    [2019, 0, 10, undefined]
  ])('calendarDate(%i, %i, %i) → %s', (year, month, day, expected) => {
    expect(calendarDate(year, month, day)).toBe(expected);
  });

  test.each([
    ['2019-12-31', true],
    ['2019-02-29', false],
    ['31/12/2019', false],
    ['2019-1-5', false],
    ['', false]
  ])('isIsoDate(%j) → %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  test.each([
    ['2018-03-31', 1, '2018-04-01'],
    ['2018-03-24', 1, '2018-03-25'], // the night the clocks go forward
    ['2018-10-28', 1, '2018-10-29'], // the night they go back
    ['2020-02-28', 1, '2020-02-29'],
    ['2020-01-01', -1, '2019-12-31'],
    ['2019-12-31', 366, '2020-12-31']
  ])('addDays(%s, %i) → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  test.each([
    ['2018-04-13', 5, false], // a Friday
    ['2018-04-14', 6, true],
    ['2018-04-15', 0, true],
    ['2018-04-16', 1, false]
  ])('%s is day %i, weekend %s', (date, day, weekend) => {
    expect(dayOfWeek(date)).toBe(day);
    expect(isWeekend(date)).toBe(weekend);
  });

  test.each([
    [2019, 2, '2019-02-28'],
    [2020, 2, '2020-02-29'],
    [2019, 12, '2019-12-31'],
    [2021, 6, '2021-06-30']
  ])('last day of %i-%i is %s', (year, month, expected) => {
    expect(lastDayOfMonthOf(year, month)).toBe(expected);
  });

  test('parts, spans and formats', () => {
    expect(yearOf('2018-04-13')).toBe(2018);
    expect(monthOf('2018-04-13')).toBe(4);
    expect(daysBetween('2018-03-31', '2018-04-13')).toBe(13);
    expect(daysBetween('2018-04-13', '2018-03-31')).toBe(-13);
    expect(daysBetween('2018-03-24', '2018-03-26')).toBe(2);
    expect(formatDate('2018-04-13')).toBe('13 April 2018');
    expect(formatDate('2019-01-01')).toBe('1 January 2019');
    expect(() => formatDate('13/04/2018')).toThrow('"13/04/2018" is not a calendar date (expected YYYY-MM-DD)');
  });

  test.each([
    ['2018-03-31T22:59:59Z', '2018-03-31'], // 23:59 BST on 31 March
    ['2018-03-31T23:00:00Z', '2018-04-01'], // midnight BST: already Q1 of 2018-19
    ['2018-03-25T00:59:59Z', '2018-03-25'], // just before the clocks go forward
    ['2018-10-27T23:30:00Z', '2018-10-28'], // 00:30 BST
    ['2018-10-28T00:30:00Z', '2018-10-28'], // after the change back to GMT
    ['2018-12-31T23:59:59Z', '2018-12-31'], // GMT: no offset in winter
    ['2018-06-30T23:30:00+00:00', '2018-07-01'],
    ['2018-04-10T09:00:00+01:00', '2018-04-10']
  ])('londonDateOf(%s) → %s', (instant, expected) => {
    expect(londonDateOf(instant)).toBe(expected);
    expect(londonDateOf(new Date(instant))).toBe(expected);
  });

  test('an instant that is not one is reported, not turned into a date', () => {
    expect(() => londonDateOf('31/12/2019')).toThrow('"31/12/2019" is not a date and time');
  });

  test.each([
    ['2018-04-10T07:59:00Z', 8], // 08:59 BST
    ['2018-01-10T07:59:00Z', 7], // 07:59 GMT
    ['2018-06-10T17:00:00Z', 18]
  ])('londonHourOf(%s) → %i', (instant, hour) => {
    expect(londonHourOf(new Date(instant))).toBe(hour);
  });
});
