import { ImportProblem } from './importProblems';

/**
 * A file's cells as text, the way a person sees them in a spreadsheet, whatever the file was
 * (.csv or .xlsx). Each row keeps the spreadsheet row number a person sees: the first row of the
 * file is row 1, and blank rows count, so problems point at the row Excel shows.
 */

export interface TableRow {
  rowNumber: number;
  cells: string[];
}

export interface Table {
  /** The first row that is not blank: the column names. */
  header: string[];
  headerRowNumber: number;
  /** The rows after the header that hold anything; blank rows are left out. */
  rows: TableRow[];
}

/** A table, or why the file could not be read as one. */
export type TableResult = { ok: true; table: Table } | { ok: false; problems: ImportProblem[] };

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Builds a table from the file's records in order.
 * @param firstRowNumber - the spreadsheet row number of `records[0]`.
 */
export function tableFromRecords(records: readonly string[][], firstRowNumber: number = 1): TableResult {
  let headerIndex = -1;
  for (let index = 0; index < records.length && headerIndex < 0; index += 1) {
    headerIndex = isBlank(records[index]) ? -1 : index;
  }
  if (headerIndex < 0) {
    return {
      ok: false,
      problems: [{ row: firstRowNumber, message: 'the file is empty: expected a header row naming the columns, then one row per item' }]
    };
  }
  const rows: TableRow[] = [];
  for (let index = headerIndex + 1; index < records.length; index += 1) {
    if (!isBlank(records[index])) {
      rows.push({ rowNumber: firstRowNumber + index, cells: records[index] });
    }
  }
  return { ok: true, table: { header: records[headerIndex], headerRowNumber: firstRowNumber + headerIndex, rows } };
}

/** The text of a cell, `''` past the end of a short row. */
export function cellAt(row: TableRow, index: number): string {
  return index < row.cells.length ? row.cells[index] : '';
}
