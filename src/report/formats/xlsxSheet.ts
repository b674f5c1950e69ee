import { CellObject, utils, WorkSheet } from '@e965/xlsx';

/** A worksheet from a header and rows: numbers stay numbers, columns wide enough to read. */

/** A cell: text, a number, a number with its Excel format (a percentage), or nothing. */
export type SheetValue = string | number | { value: number; format: string } | undefined;

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** "2018-03-31" as an Excel date: its serial day number (days since 30 December 1899), free of time zones. */
export function sheetDate(isoDate: string | undefined): SheetValue {
  if (!isoDate) return undefined;
  const [year, month, day] = isoDate.split('-').map(Number);
  const serial = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return { value: serial, format: 'yyyy-mm-dd' };
}

export function percentOf(fraction: number, format: string = '0%'): SheetValue {
  return { value: fraction, format };
}

function cellOf(value: SheetValue): CellObject | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'number') return { t: 'n', v: value };
  if (typeof value === 'string') return { t: 's', v: value };
  return { t: 'n', v: value.value, z: value.format };
}

function widthOf(value: SheetValue): number {
  if (value === undefined) return 0;
  if (typeof value === 'object') return value.format.length + 2;
  return String(value).length;
}

export function sheetOf(header: readonly string[], rows: ReadonlyArray<readonly SheetValue[]>): WorkSheet {
  const sheet: WorkSheet = {};
  [header as readonly SheetValue[], ...rows].forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = cellOf(value);
      if (cell) sheet[utils.encode_cell({ r, c })] = cell;
    });
  });
  sheet['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: Math.max(0, header.length - 1) } });
  sheet['!cols'] = header.map((_, c) => ({
    wch: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...[header as readonly SheetValue[], ...rows].map((row) => widthOf(row[c]) + 1)))
  }));
  sheet['!autofilter'] = { ref: utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: Math.max(0, header.length - 1) } }) };
  return sheet;
}
