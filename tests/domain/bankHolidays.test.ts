import { easterSunday, englandAndWalesBankHolidays, englandAndWalesBankHolidaysBetween } from '../../src/domain/bankHolidays';

describe('England and Wales bank holidays (as published on gov.uk)', () => {
  test.each([
    [2018, ['2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26']],
    [2019, ['2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26']],
    // VE Day moved the early May holiday to a Friday; Boxing Day fell on a Saturday.
    [2020, ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28']],
    // Christmas on a Saturday: Monday and Tuesday instead.
    [2021, ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28']],
    // New Year on a Saturday, the Platinum Jubilee, the state funeral, Christmas on a Sunday.
    [2022, ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27']],
    // New Year on a Sunday; the coronation.
    [2023, ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26']],
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    [2012, ['2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04', '2012-06-05', '2012-08-27', '2012-12-25', '2012-12-26']]
  ])('%i', (year, expected) => {
    expect(englandAndWalesBankHolidays(year)).toEqual(expected);
  });

  test.each([
    [2016, '2016-03-27'],
    [2017, '2017-04-16'],
    [2024, '2024-03-31'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22']
  ])('Easter Sunday %i is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  test('a span of years holds each year\'s days', () => {
    const days = englandAndWalesBankHolidaysBetween(2017, 2019);
    expect(days.size).toBe(24);
    expect(days.has('2017-12-26')).toBe(true);
    expect(days.has('2020-01-01')).toBe(false);
  });
});
