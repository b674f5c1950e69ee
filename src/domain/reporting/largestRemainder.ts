/**
 * Percentages that add up (SPEC §4.4): the largest-remainder (Hamilton) method. Each count gets
 * the whole part of its exact share; the points left over go to the largest remainders, ties to
 * the earlier key, so the same counts always round the same way.
 */

/** A count's exact share of its row, for hover text and exports. */
export interface ExactShare {
  count: number;
  /** The row total the share is of. */
  of: number;
  /** `count / of` as an unrounded percentage; 0 when the row is empty. */
  percent: number;
}

function checkCounts(counts: readonly number[]): void {
  counts.forEach((count) => {
    if (!(count >= 0) || Math.floor(count) !== count) {
      throw new RangeError(`Counts must be whole numbers of zero or more; got ${count}`);
    }
  });
}

function sumOf(counts: readonly number[]): number {
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * Rounds the shares of `counts` to whole numbers that sum to exactly `whole` (default 100).
 * All-zero (or empty) counts give all zeros: an empty row has no percentages to share out.
 */
export function largestRemainder(counts: readonly number[], whole: number = 100): number[] {
  checkCounts(counts);
  const total = sumOf(counts);
  if (total === 0) {
    return counts.map(() => 0);
  }
  // Whole-number arithmetic: floor and remainder of count × whole ÷ total are exact.
  const rounded = counts.map((count) => Math.floor((count * whole) / total));
  const remainders = counts.map((count) => (count * whole) % total);
  let left = whole - sumOf(rounded);
  const byRemainder = counts.map((_, index) => index).sort((a, b) => remainders[b] - remainders[a] || a - b);
  for (let i = 0; left > 0; i++, left--) {
    rounded[byRemainder[i]] += 1;
  }
  return rounded;
}

/** The exact shares of `counts`, unrounded. */
export function exactShares(counts: readonly number[]): ExactShare[] {
  checkCounts(counts);
  const total = sumOf(counts);
  return counts.map((count) => ({ count, of: total, percent: total === 0 ? 0 : (count * 100) / total }));
}

/** `largestRemainder` over named counts; `keys` fixes the tie-break order. */
export function percentagesByKey<K extends string>(counts: Readonly<Record<K, number>>, keys: readonly K[]): Record<K, number> {
  const rounded = largestRemainder(keys.map((key) => counts[key]));
  const result = {} as Record<K, number>;
  keys.forEach((key, index) => {
    result[key] = rounded[index];
  });
  return result;
}

/** `exactShares` over named counts. */
export function exactSharesByKey<K extends string>(counts: Readonly<Record<K, number>>, keys: readonly K[]): Record<K, ExactShare> {
  const shares = exactShares(keys.map((key) => counts[key]));
  const result = {} as Record<K, ExactShare>;
  keys.forEach((key, index) => {
    result[key] = shares[index];
  });
  return result;
}
