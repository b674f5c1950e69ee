import { readFileSync } from 'fs';
import { join } from 'path';
import { readCsv } from '../../../src/domain/import/csv';
import { Table } from '../../../src/domain/import/table';

/** Test helpers: fixture files and tables built from literal rows. */

export function fixturePath(name: string): string {
  return join(__dirname, '..', '..', 'fixtures', 'import', name);
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Reads a CSV text that must be readable; fails the test otherwise. */
export function csvTable(text: string): Table {
  const result = readCsv(text);
  if (!result.ok) {
    throw new Error(`expected a readable CSV: ${JSON.stringify(result.problems)}`);
  }
  return result.table;
}

/** A table with the header on row 1 and each row on the next spreadsheet row. */
export function tableOf(header: string[], ...rows: string[][]): Table {
  return { header, headerRowNumber: 1, rows: rows.map((cells, index) => ({ rowNumber: index + 2, cells })) };
}
