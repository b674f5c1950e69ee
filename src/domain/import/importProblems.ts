import { withoutUndefined } from './parsed';

/**
 * What import tells a person about a file: a problem names the spreadsheet row they see (the
 * header is row 1), the column, and a sentence about the cell. The CLI prints each error as
 * `FILE:ROW: column "X": message` and each kind of warning once with its rows (`groupProblems`);
 * the preview shows `formatProblem`'s sentence.
 */

/** One thing wrong with (or worth knowing about) a row, or the file when it names the header row. */
export interface ImportProblem {
  /** The spreadsheet row a person sees: the header is row 1 (or the row the header was found on). */
  row: number;
  /** The column's canonical header, e.g. `End Date`; absent for whole-row and whole-file problems. */
  column?: string;
  /** The cell's text as the file held it. */
  value?: string;
  message: string;
}

/**
 * The sentence a person reads, e.g. `row 12, column "End Date": "31/13/2019" is not a date`.
 */
export function formatProblem(problem: ImportProblem): string {
  const column = problem.column === undefined ? '' : `, column "${problem.column}"`;
  return `row ${problem.row}${column}: ${problem.message}`;
}

const LONGEST_QUOTE = 60;

/**
 * A cell's text in double quotes for a message, cut short when it is long so that one huge cell
 * cannot flood the list of problems.
 */
export function quote(text: string): string {
  return `"${shorten(text)}"`;
}

/** A cell's text on one line, cut short with `…` when it is long. */
export function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > LONGEST_QUOTE ? `${oneLine.slice(0, LONGEST_QUOTE - 1)}…` : oneLine;
}

/** Problems of one kind (the same column and message) and every row they were found on. */
export interface ProblemGroup {
  column?: string;
  message: string;
  /** Ascending, each row once. */
  rows: number[];
}

/**
 * Says each kind of problem once: problems with the same column and message become one group
 * with their rows, so 60 rows missing evidence read as one line. Groups keep the order in which
 * their kind first appears.
 */
export function groupProblems(problems: readonly ImportProblem[]): ProblemGroup[] {
  const groups: ProblemGroup[] = [];
  const byKind: { [kind: string]: ProblemGroup } = {};
  problems.forEach((problem) => {
    const kind = JSON.stringify([problem.column === undefined ? null : problem.column, problem.message]);
    let group = byKind[kind];
    if (!group) {
      group = withoutUndefined<ProblemGroup>({ column: problem.column, message: problem.message, rows: [] });
      byKind[kind] = group;
      groups.push(group);
    }
    group.rows.push(problem.row);
  });
  return groups.map((group) => ({ ...group, rows: ascendingOnce(group.rows) }));
}

function ascendingOnce(rows: readonly number[]): number[] {
  const sorted = rows.slice().sort((a, b) => a - b);
  return sorted.filter((row, index) => index === 0 || row !== sorted[index - 1]);
}

/** Rows listed compactly, consecutive rows as a range: `[4, 5, 6, 9]` → `4–6, 9`. */
export function formatRows(rows: readonly number[]): string {
  const runs: string[] = [];
  const sorted = ascendingOnce(rows);
  let start = 0;
  sorted.forEach((row, index) => {
    if (sorted[index + 1] !== row + 1) {
      runs.push(index === start ? `${row}` : `${sorted[start]}–${row}`);
      start = index + 1;
    }
  });
  return runs.join(', ');
}

/** Orders problems by row, then by column, so a person can work down the file. */
export function byRow(a: ImportProblem, b: ImportProblem): number {
  return a.row - b.row;
}
