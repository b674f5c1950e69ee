/**
 * What import tells a person about a file: a problem names the spreadsheet row they see (the
 * header is row 1), the column, and a sentence about the cell. The CLI prints the same fields as
 * `FILE:ROW: column "X": message`; the preview shows `formatProblem`'s sentence.
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

/** Orders problems by row, then by column, so a person can work down the file. */
export function byRow(a: ImportProblem, b: ImportProblem): number {
  return a.row - b.row;
}
