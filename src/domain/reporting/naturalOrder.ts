import { Objective } from '../model';

/**
 * The one order the report lists items in: plan objectives in the plan's order, and references
 * in "natural" order, so `1.a.` < `1.b.` < `1.10.`, `R2` < `R10` and roman numerals by value,
 * `4.3.3.iii` < `4.3.3.iv` < `4.3.3.ix`. Challenge references are numbered in this order, so it
 * must never depend on input order.
 */

function tokensOf(ref: string): string[] {
  return ref.match(/\d+|[a-z]+|[^a-z\d]+/gi) || [];
}

function isNumberToken(token: string): boolean {
  return /^\d/.test(token);
}

/** i, ii … ix, x … xxxix: the numerals references count sub-items with (1–39). */
const ROMAN = /^x{0,3}(?:ix|iv|v?i{0,3})$/;
const ROMAN_DIGITS: { [digit: string]: number } = { i: 1, v: 5, x: 10 };

/** The value of a roman numeral of two or more letters in one case, e.g. `iv` or `IV`; else undefined. */
function longRomanValue(token: string): number | undefined {
  const lower = token.toLowerCase();
  if (lower.length < 2 || !ROMAN.test(lower) || (token !== lower && token !== token.toUpperCase())) {
    return undefined;
  }
  return lower.split('').reduce((total, digit, index) => {
    const value = ROMAN_DIGITS[digit];
    return value < (ROMAN_DIGITS[lower[index + 1]] || 0) ? total - value : total + value;
  }, 0);
}

/**
 * What a letter token sorts by. Single letters and words sort alphabetically (`1.h.` < `1.i.` <
 * `1.j.`). A longer roman numeral sorts just after the single-letter numeral below it, by value:
 * `ii`–`iv` after `i`, `vi`–`ix` after `v`, `xi`–`xxxix` after `x`. One key per token keeps the
 * order the same whatever order the input is in; judging each pair on its own would not, since
 * it puts `v` before `ix` (values), `ix` before `j` and `j` before `v` (letters).
 */
function letterKey(token: string): string {
  const value = longRomanValue(token);
  if (value === undefined) {
    return token.toLowerCase();
  }
  const below = value < 5 ? 'i' : value < 10 ? 'v' : 'x';
  return `${below}\u0000${value < 10 ? '0' : ''}${value}`;
}

/** Compares two references naturally: numbers by value, letters before numbers at a position. */
export function compareRefs(a: string, b: string): number {
  const left = tokensOf(a);
  const right = tokensOf(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const xIsNumber = isNumberToken(left[i]);
    const yIsNumber = isNumberToken(right[i]);
    if (xIsNumber && yIsNumber) {
      const difference = Number(left[i]) - Number(right[i]);
      if (difference !== 0) {
        return difference;
      }
    } else if (xIsNumber !== yIsNumber) {
      // Lettered steps (`1.b.`) come before numbered ones (`1.10.`) at the same level.
      return xIsNumber ? 1 : -1;
    } else {
      const x = letterKey(left[i]);
      const y = letterKey(right[i]);
      if (x !== y) {
        return x < y ? -1 : 1;
      }
    }
  }
  if (left.length !== right.length) {
    return left.length - right.length;
  }
  // Only spelling differs (`1.A.` / `1.a.`, `01` / `1`): still decide, so sorting is stable.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders objective references: the plan's objectives by their position in the plan, then any
 * reference the plan does not list, naturally.
 */
export function objectiveOrder(objectives: readonly Objective[]): (a: string, b: string) => number {
  const position = new Map<string, number>();
  objectives.forEach((objective, index) => {
    if (!position.has(objective.ref)) {
      position.set(objective.ref, index);
    }
  });
  return (a, b) => {
    const left = position.get(a);
    const right = position.get(b);
    if (left !== undefined && right !== undefined) {
      return left - right;
    }
    if (left !== undefined || right !== undefined) {
      return left !== undefined ? -1 : 1;
    }
    return compareRefs(a, b);
  };
}

/** Objective references items point at that the plan does not list, in natural order. */
export function unlistedObjectiveRefs(objectives: readonly Objective[], referenced: readonly string[]): string[] {
  const listed = new Set<string>(objectives.map((objective) => objective.ref));
  const unlisted = new Set<string>();
  referenced.forEach((ref) => {
    if (!listed.has(ref)) {
      unlisted.add(ref);
    }
  });
  return Array.from(unlisted).sort(compareRefs);
}
