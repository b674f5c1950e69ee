import { CellObject, read, utils, WorkBook, WorkSheet } from '@e965/xlsx';
import { ImportProblem } from './importProblems';
import { tableFromRecords, TableResult } from './table';

/**
 * Excel workbooks (.xlsx, and old .xls) read as the text a person sees in each cell, so one set
 * of cell parsers serves CSV and Excel: `95%` for a percent-formatted 0.95, `2019-12-31` for a
 * date, `Sep 2019` for a date formatted as a month (so it means the same as typed in a CSV),
 * plain decimals for other numbers, a formula's cached value.
 */

export interface XlsxOptions {
  /** The sheet to read (any case); the first sheet when absent. */
  sheet?: string;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Excel's built-in percent formats `0%` and `0.00%`, when a file gives the format by number. */
const BUILT_IN_PERCENT_FORMATS = [9, 10];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

/** .xlsx is a zip; .xls is an OLE compound file. SheetJS would read anything else as text. */
function isWorkbook(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

/** The first section of a number format, without quoted text, escapes and `[…]` codes. */
function formatCode(format: string | number | undefined): string {
  if (typeof format !== 'string') {
    return '';
  }
  return format.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').toLowerCase();
}

function isPercent(cell: CellObject): boolean {
  return typeof cell.z === 'number' ? BUILT_IN_PERCENT_FORMATS.indexOf(cell.z) >= 0 : formatCode(cell.z).indexOf('%') >= 0;
}

/** Numbers as a person reads them: no float noise (0.1 + 0.2), no trailing zeros. */
function decimal(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/**
 * SheetJS gives date cells as the UTC midnight of the date shown (checked across time zones in
 * the tests), so the UTC parts are the calendar date; no local time zone is involved.
 */
function dateText(date: Date, cell: CellObject): string {
  if (isNaN(date.getTime())) {
    return cell.w || '';
  }
  const code = formatCode(cell.z);
  const monthOnly = code.indexOf('d') < 0 && code.indexOf('m') >= 0 && code.indexOf('y') >= 0;
  if (monthOnly) {
    return `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  }
  const pad = (part: number): string => (part < 10 ? `0${part}` : String(part));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The text a person sees in a cell (for a formula, its cached value). */
export function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) {
    return '';
  }
  if (cell.v instanceof Date) {
    return dateText(cell.v, cell);
  }
  if (cell.t === 'e') {
    return cell.w || '#ERROR';
  }
  if (typeof cell.v === 'boolean') {
    return cell.v ? 'TRUE' : 'FALSE';
  }
  if (typeof cell.v === 'number') {
    return isPercent(cell) ? `${decimal(cell.v * 100)}%` : decimal(cell.v);
  }
  return String(cell.v);
}

function sheetRecords(sheet: WorkSheet): { records: string[][]; firstRow: number } {
  const cells = new Map<number, string[]>();
  let firstRow = Number.POSITIVE_INFINITY;
  let lastRow = -1;
  // Only stored cells are visited: a sheet whose range runs to row 1,048,576 because of
  // formatting costs nothing.
  Object.keys(sheet).forEach((address) => {
    if (address.charAt(0) === '!') {
      return;
    }
    const text = cellText(sheet[address] as CellObject);
    const position = utils.decode_cell(address);
    if (text === '' || position.r < 0 || position.c < 0) {
      return;
    }
    const row = cells.get(position.r) || [];
    row[position.c] = text;
    cells.set(position.r, row);
    firstRow = Math.min(firstRow, position.r);
    lastRow = Math.max(lastRow, position.r);
  });
  const records: string[][] = [];
  for (let row = firstRow; row <= lastRow; row += 1) {
    const stored = cells.get(row) || [];
    records.push(Array.from({ length: stored.length }, (_, column) => stored[column] || ''));
  }
  return { records, firstRow: lastRow < 0 ? 0 : firstRow };
}

function fileProblem(message: string): TableResult {
  const problem: ImportProblem = { row: 1, message };
  return { ok: false, problems: [problem] };
}

function chooseSheet(workbook: WorkBook, wanted: string | undefined): WorkSheet | string {
  const names = workbook.SheetNames;
  const name = wanted === undefined ? names[0] : names.filter((candidate) => candidate.toLowerCase() === wanted.trim().toLowerCase())[0];
  if (name === undefined) {
    const list = names.map((sheet) => `"${sheet}"`).join(', ');
    return wanted === undefined ? 'the workbook has no sheets' : `the workbook has no sheet called "${wanted}"; its sheets are ${list}`;
  }
  return workbook.Sheets[name];
}

/**
 * Reads one sheet of a workbook into a table: the first sheet, or `options.sheet`. Row numbers
 * are the sheet's own (a title above the header keeps the header's real row number).
 */
export function readXlsx(data: Uint8Array | ArrayBuffer, options: XlsxOptions = {}): TableResult {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (!isWorkbook(bytes)) {
    return fileProblem('the file is not an Excel workbook (.xlsx): save it from Excel as .xlsx or .csv and try again');
  }
  let workbook: WorkBook;
  try {
    workbook = read(bytes, { type: 'array', cellDates: true, cellNF: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fileProblem(`the workbook cannot be read (${reason}): open it in Excel, save it again as .xlsx and retry`);
  }
  const sheet = chooseSheet(workbook, options.sheet);
  if (typeof sheet === 'string') {
    return fileProblem(sheet);
  }
  const { records, firstRow } = sheetRecords(sheet);
  return tableFromRecords(records, firstRow + 1);
}
