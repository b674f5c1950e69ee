import { meansNoDate, parseDate } from '../../../src/domain/import/dates';

describe('parseDate', () => {
  test.each([
    ['2019-12-31', 'end', '2019-12-31'],
    ['2020-02-29', 'start', '2020-02-29'],
    ['2019-12-31T00:00:00', 'end', '2019-12-31'],
    ['31/12/2019', 'end', '2019-12-31'],
    ['1/4/2017', 'start', '2017-04-01'],
    ['31/12/19', 'end', '2019-12-31'],
    ['31-12-2019', 'end', '2019-12-31'],
    ['31.12.2019', 'end', '2019-12-31'],
    ['4 Nov 2019', 'start', '2019-11-04'],
    ['4th November 2019', 'start', '2019-11-04'],
    ['04-Nov-19', 'start', '2019-11-04'],
    ['  4   Nov  2019 ', 'start', '2019-11-04'],
    ['Dec 2019', 'end', '2019-12-31'],
    ['December 2019', 'end', '2019-12-31'],
    ['Sept 2019', 'end', '2019-09-30'],
    ['Sept. 2019', 'end', '2019-09-30'],
    ['feb 2020', 'end', '2020-02-29'],
    ['Feb 2019', 'end', '2019-02-28'],
    ['JUL 2021', 'end', '2021-07-31'],
    ['Sep 2019', 'start', '2019-09-01'],
    ['Dec-2019', 'start', '2019-12-01']
  ] as const)('"%s" in a %s-date cell is %s', (text, role, expected) => {
    expect(parseDate(text, role)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['31/13/2019', '"31/13/2019" is not a date'],
    ['30/02/2020', '"30/02/2020" is not a date'],
    ['29/02/2019', '"29/02/2019" is not a date'],
    ['2019-02-30', '"2019-02-30" is not a date'],
    ['12/31/2019', '"12/31/2019" is not a date'],
    ['31/12-2019', '"31/12-2019" is not a date'],
    ['Smarch 2019', '"Smarch 2019" is not a date'],
    ['Dec 19', '"Dec 19" is not a date'],
    ['43830', '"43830" is not a date'],
    ['next spring', '"next spring" is not a date'],
    ['Jan 2020 Sep 2021', '"Jan 2020 Sep 2021" holds more than one date: put one date in each cell'],
    ['Jul 2021 Jul 2022', '"Jul 2021 Jul 2022" holds more than one date: put one date in each cell'],
    ['1/4/2019 - 31/3/2020', '"1/4/2019 - 31/3/2020" holds more than one date: put one date in each cell']
  ])('"%s" fails: %s', (text, message) => {
    expect(parseDate(text, 'end')).toEqual({ ok: false, message });
  });

  test('a huge cell fails quickly with a shortened quote', () => {
    const huge = 'Dec '.repeat(50_000);
    const parsed = parseDate(huge, 'end');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toBe(`"${'Dec '.repeat(15).trim()}…" is not a date`);
  });
});

describe('meansNoDate', () => {
  test.each([
    ['Ongoing', true],
    ['TBC', true],
    ['to be confirmed', true],
    ['n/a', true],
    ['-', true],
    ['Dec 2019', false],
    ['soon', false]
  ])('"%s" → %s', (text, expected) => {
    expect(meansNoDate(text)).toBe(expected);
  });
});
