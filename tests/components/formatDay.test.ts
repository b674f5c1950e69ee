import { formatDay } from '../../src/components/dates';
import { loadStrings } from '../support/loadStrings';

const en = loadStrings<ITrackerCommonStrings>('src/components/loc/en-gb.js').Dates;
const cy = loadStrings<ITrackerCommonStrings>('src/components/loc/cy-gb.js').Dates;

describe('dates in the page’s language, months in full', () => {
  test.each<[string, 'date' | 'weekday', string, string]>([
    ['2018-07-13', 'date', '13 July 2018', '13 Gorffennaf 2018'],
    ['2018-04-16', 'weekday', 'Monday 16 April', 'dydd Llun 16 Ebrill'],
    ['2018-07-13', 'weekday', 'Friday 13 July', 'dydd Gwener 13 Gorffennaf'],
    ['2019-03-31', 'date', '31 March 2019', '31 Mawrth 2019'],
    ['2018-09-13', 'weekday', 'Thursday 13 September', 'dydd Iau 13 Medi'],
    ['2019-02-13', 'date', '13 February 2019', '13 Chwefror 2019'],
    ['2017-10-01', 'weekday', 'Sunday 1 October', 'dydd Sul 1 Hydref'],
    ['2020-12-26', 'weekday', 'Saturday 26 December', 'dydd Sadwrn 26 Rhagfyr']
  ])('%s (%s) → %s / %s', (date, form, english, welsh) => {
    expect(formatDay(date, en, form)).toBe(english);
    expect(formatDay(date, cy, form)).toBe(welsh);
  });

  test('every month and day has its name in both languages', () => {
    expect(en.Months).toHaveLength(12);
    expect(cy.Months).toEqual(['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr']);
    expect(en.Weekdays).toHaveLength(7);
    expect(cy.Weekdays).toHaveLength(7);
  });
});
