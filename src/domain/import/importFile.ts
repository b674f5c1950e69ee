import { decodeCsv, readCsv } from './csv';
import { ImportParseResult } from './importRows';
import { parseImport, ParseImportOptions } from './parseImport';
import { TableResult } from './table';
import { readXlsx } from './xlsx';

/**
 * One entry for a file as the CLI or the admin page receives it: its name picks the reader
 * (.csv or .xlsx/.xls), its bytes are read, and the table is parsed.
 */

export interface ImportFileOptions extends ParseImportOptions {
  /** For workbooks: the sheet to read; the first when absent. */
  sheet?: string;
}

/** Reads a .csv, .xlsx or .xls file's bytes into a table, or says why it cannot. */
export function readImportTable(fileName: string, data: Uint8Array | ArrayBuffer, options: ImportFileOptions = {}): TableResult {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const extension = (/\.([a-z0-9]+)$/i.exec(fileName.trim()) || ['', ''])[1].toLowerCase();
  if (extension === 'csv' || extension === 'txt') {
    return readCsv(decodeCsv(bytes));
  }
  if (extension === 'xlsx' || extension === 'xlsm' || extension === 'xls') {
    return readXlsx(bytes, { sheet: options.sheet });
  }
  return { ok: false, problems: [{ row: 1, message: `"${fileName}" is not a file import reads: use a .csv or .xlsx file` }] };
}

/**
 * Reads and parses an import file. A file that cannot be read comes back as kind `unknown` (or
 * the kind asked for) with its problems as errors.
 */
export function parseImportFile(fileName: string, data: Uint8Array | ArrayBuffer, options: ImportFileOptions = {}): ImportParseResult {
  const table = readImportTable(fileName, data, options);
  if (!table.ok) {
    return { kind: options.kind || 'unknown', rows: [], errors: table.problems, warnings: [] };
  }
  return parseImport(table.table, options);
}
