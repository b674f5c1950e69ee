import {
  exactShares,
  exactSharesByKey,
  largestRemainder,
  percentagesByKey
} from '../../../src/domain/reporting/largestRemainder';

describe('largestRemainder', () => {
  test.each<[string, number[], number[]]>([
    ['three equal counts: the spare point goes to the first key', [1, 1, 1], [34, 33, 33]],
    ['all zero: an empty row has no percentages', [0, 0, 0], [0, 0, 0]],
    ['no counts at all', [], []],
    // 3/32 = 9.375, 18/32 = 56.25, 8/32 = 25, 3/32 = 9.375: floors sum to 99; the tie on .375 goes to the first.
    ['seed 001 summary totals B/G/A/R', [3, 18, 8, 3], [10, 56, 25, 9]],
    ['the larger remainder wins the spare point', [1, 2], [33, 67]],
    ['one count takes everything', [5], [100]],
    ['zeros beside a count stay zero', [1, 0, 0], [100, 0, 0]],
    // 2/7 = 28.571 three times and 1/7 = 14.286: floors sum to 98; two points go to the first two .571s.
    ['two spare points among three tied remainders', [2, 2, 2, 1], [29, 29, 28, 14]],
    // SPEC §6 example row: 1 Blue, 4 Green, 2 Amber of 7 → Blue 14.
    ['SPEC §6 example action row', [1, 4, 2, 0, 0, 0, 0], [14, 57, 29, 0, 0, 0, 0]]
  ])('%s: %j → %j', (_name, counts, expected) => {
    expect(largestRemainder(counts)).toEqual(expected);
  });

  test.each<[number[]]>([[[3, 18, 8, 3]], [[1, 1, 1, 1, 1, 1, 1]], [[7, 13, 29, 51, 2]], [[1, 998]]])(
    'rounded shares of %j sum to exactly 100',
    (counts) => {
      expect(largestRemainder(counts).reduce((sum, share) => sum + share, 0)).toBe(100);
    }
  );

  test('rounds to another whole when asked', () => {
    expect(largestRemainder([1, 1, 1], 10)).toEqual([4, 3, 3]);
  });

  test.each<[number[]]>([[[-1, 2]], [[1.5, 2]], [[NaN]]])('refuses counts that are not whole and non-negative: %j', (counts) => {
    expect(() => largestRemainder(counts)).toThrow(RangeError);
  });
});

describe('exact shares', () => {
  test('gives each count, its row total and its unrounded percentage', () => {
    expect(exactShares([1, 3])).toEqual([
      { count: 1, of: 4, percent: 25 },
      { count: 3, of: 4, percent: 75 }
    ]);
  });

  test('an empty row has 0% shares rather than dividing by zero', () => {
    expect(exactShares([0, 0])).toEqual([
      { count: 0, of: 0, percent: 0 },
      { count: 0, of: 0, percent: 0 }
    ]);
  });

  test('keyed shares keep the key', () => {
    const shares = exactSharesByKey({ Green: 1, Red: 2 }, ['Green', 'Red']);
    expect(shares.Green).toEqual({ count: 1, of: 3, percent: 100 / 3 });
  });
});

describe('percentagesByKey', () => {
  test('key order breaks ties', () => {
    expect(percentagesByKey({ Amber: 1, Red: 1, Green: 1 }, ['Green', 'Amber', 'Red'])).toEqual({ Green: 34, Amber: 33, Red: 33 });
  });

  test('ignores fields that are not listed keys, such as a row total', () => {
    const row = { Green: 1, Red: 3, total: 4 };
    expect(percentagesByKey(row, ['Green', 'Red'])).toEqual({ Green: 25, Red: 75 });
  });
});
