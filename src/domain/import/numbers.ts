import { Polarity, Target, Tolerance } from '../model';
import { quote } from './importProblems';
import { Parsed, parseFailure, parsedValue } from './parsed';

/**
 * Numbers as trackers hold them (SPEC §4.6): `95%` → 95, `£8.327m` → 8.327 (the unit lives in
 * the measure's Unit column, so `m` does not multiply), `(3%)` → -3, `1,172` → 1172.
 */

/** A value cell: a number, or no number with the cell's text kept as the note. */
export interface CellValue {
  value?: number;
  note?: string;
}

/** A target cell: a target, or none with the text that stood in its place. */
export interface TargetCell {
  target?: Target;
  note?: string;
}

interface CleanNumber {
  value: number;
  percent: boolean;
}

const NUMBER =
  /^([+-]?)([£$€]?)([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(e[+-]?\d+)?\s?(%|m|k|bn|p)?$/i;
const IN_BRACKETS = /^\((.+)\)$/;
/** Starts like a number (after signs, brackets and a currency), so it was meant as one. */
const NUMBER_LIKE = /^[(+\-£$€\s]*[\d.]*\d/;
const SPREADSHEET_ERROR = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;
/** `71.7% (provisional)`: a number with a remark in brackets after it. */
const NUMBER_WITH_REMARK = /^(\S+?)\s*\(([^()]+)\)$/;
/** A range `90-110`, `90 – 110%`, `90 to 110`; the left side is the shortest that works. */
const RANGE = /^(\S.*?)\s*(?:\bto\b|[–—]|-)\s*(\S.*)$/i;

/** One space between words keeps every pattern here linear, however long the cell. */
function tidy(text: string): string {
  return text.trim().replace(/\u2212/g, '-').replace(/\s+/g, ' ');
}

function unbracketedNumber(text: string): CleanNumber | undefined {
  const match = NUMBER.exec(text);
  if (!match || (match[1] && match[3])) {
    return undefined;
  }
  const magnitude = Number(match[4].replace(/,/g, '') + (match[5] || ''));
  if (!isFinite(magnitude)) {
    return undefined;
  }
  const negative = match[1] === '-' || match[3] === '-';
  return { value: negative && magnitude !== 0 ? -magnitude : magnitude, percent: match[6] === '%' };
}

function cleanNumber(text: string): CleanNumber | undefined {
  const bracketed = IN_BRACKETS.exec(text);
  if (!bracketed) {
    return unbracketedNumber(text);
  }
  // `(3%)` is accounting's minus; `(-3)` would be a double negative, which no one means.
  const inner = bracketed[1].trim();
  const number = /^[+-]|^[£$€][+-]/.test(inner) ? undefined : unbracketedNumber(inner);
  return number ? { value: number.value === 0 ? 0 : -number.value, percent: number.percent } : undefined;
}

/** Reads a cell that must hold one number. */
export function parseNumber(text: string): Parsed<number> {
  const number = cleanNumber(tidy(text));
  return number ? parsedValue(number.value) : parseFailure(`${quote(text)} is not a number`);
}

/** True when the text has a letter in any alphabet (a letter is a character with two cases). */
function hasLetter(text: string): boolean {
  return text.toLowerCase() !== text.toUpperCase();
}

/**
 * A figure with a typo (`12..5`, `95%%`, `2 pupils`, `>95%`): it starts like a number, or has
 * digits and no words. Digits inside words (`Reported in Q4`, `New measure for 2018-19`) are text.
 */
function isMistypedFigure(tidied: string): boolean {
  return NUMBER_LIKE.test(tidied) || (/\d/.test(tidied) && !hasLetter(tidied));
}

/**
 * Reads a measure value. Text that holds no number (`No data`, `Annual`, `tbd`, `New measure`,
 * `-`) is no value with the text, trimmed, as its note; a number with a bracketed remark keeps
 * both. Mistyped figures (`12..5`, `1,17`, `>95%`) and spreadsheet errors (`#DIV/0!`) fail,
 * because they were meant as numbers and would otherwise silently become "no data".
 */
export function parseMeasureValue(text: string): Parsed<CellValue> {
  const tidied = tidy(text);
  if (tidied === '') {
    return parsedValue({});
  }
  const number = cleanNumber(tidied);
  if (number) {
    return parsedValue({ value: number.value });
  }
  if (SPREADSHEET_ERROR.test(tidied)) {
    return parseFailure(`${quote(text)} is a spreadsheet error, not a value: fix the formula or clear the cell`);
  }
  const remark = NUMBER_WITH_REMARK.exec(tidied);
  const remarked = remark ? cleanNumber(remark[1]) : undefined;
  if (remark && remarked) {
    return parsedValue({ value: remarked.value, note: remark[2].trim() });
  }
  if (isMistypedFigure(tidied)) {
    return parseFailure(`${quote(text)} is not a number`);
  }
  return parsedValue({ note: text.trim() });
}

function parseRange(text: string): Target | undefined {
  const match = RANGE.exec(text);
  const lower = match ? cleanNumber(match[1]) : undefined;
  const upper = match ? cleanNumber(match[2]) : undefined;
  return lower && upper ? { lower: lower.value, upper: upper.value } : undefined;
}

/**
 * Reads a target: one number (`82%`), or for Band measures a range (`90-110`, `90 – 110%`,
 * `90 to 110`). One number for a Band measure is an exact target (equal bounds). `polarity` is
 * undefined when the row's polarity could not be read; the range is then taken as written.
 */
export function parseTarget(text: string, polarity: Polarity | undefined): Parsed<TargetCell> {
  const tidied = tidy(text);
  const single = cleanNumber(tidied);
  if (single) {
    return parsedValue({ target: { lower: single.value, upper: single.value } });
  }
  const range = parseRange(tidied);
  if (range && polarity !== undefined && polarity !== 'Band') {
    return parseFailure(`${quote(text)} is a range, but only a Band measure has a range as its target`);
  }
  if (range && range.lower > range.upper) {
    return parseFailure(`${quote(text)} runs backwards: write the lower end of the band first`);
  }
  if (range) {
    return parsedValue({ target: range });
  }
  const value = parseMeasureValue(tidied);
  return value.ok ? parsedValue({ note: value.value.note }) : parseFailure(value.message);
}

/**
 * Reads an amber tolerance: `5%` is a share of the target, `2` or `£0.5m` an amount in the
 * measure's unit. (An empty cell means the default; the caller decides that.)
 */
export function parseTolerance(text: string): Parsed<Tolerance> {
  const number = cleanNumber(tidy(text));
  if (!number) {
    return parseFailure(`${quote(text)} is not a tolerance: write a percentage of the target (10%) or an amount (2)`);
  }
  if (number.value < 0) {
    return parseFailure(`${quote(text)} is negative: a tolerance is how far a value may miss the target`);
  }
  return parsedValue({ kind: number.percent ? 'percent' : 'absolute', amount: number.value });
}
