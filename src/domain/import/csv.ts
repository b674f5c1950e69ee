import { parse, ParseError } from 'papaparse';
import { ImportProblem } from './importProblems';
import { tableFromRecords, TableResult } from './table';

/**
 * CSV files as Excel and other tools save them: an optional byte-order mark, quoted cells with
 * commas, quotes and line breaks inside, blank lines at the end. Comma is the canonical
 * separator; tab- and semicolon-separated files (pasted from Word, or saved by a European Excel)
 * are recognised too.
 */

const BYTE_ORDER_MARK = /^\uFEFF/;

function quoteProblem(error: ParseError): ImportProblem {
  const message =
    error.code === 'MissingQuotes'
      ? 'a quoted cell is never closed: a " is missing, so the rest of the file cannot be read'
      : 'a quote mark inside a cell is not doubled: write "" for a quote inside a quoted cell';
  return { row: (error.row === undefined ? 0 : error.row) + 1, message };
}

/**
 * Papaparse guesses the separator from the first records, but only when blank lines are skipped;
 * the real parse keeps them so row numbers match the spreadsheet's.
 */
function separatorOf(content: string): string {
  const sample = parse<string[]>(content, { preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';'] });
  return sample.meta.delimiter || ',';
}

/**
 * Reads CSV text into a table. Row numbers are those a spreadsheet shows: a record whose quoted
 * cell spans several lines is one row. Broken quoting is reported, not guessed at.
 */
export function readCsv(text: string): TableResult {
  const content = text.replace(BYTE_ORDER_MARK, '');
  const result = parse<string[]>(content, { header: false, skipEmptyLines: false, delimiter: separatorOf(content) });
  const quoteErrors = result.errors.filter((error) => error.type === 'Quotes');
  if (quoteErrors.length > 0) {
    return { ok: false, problems: quoteErrors.map(quoteProblem) };
  }
  return tableFromRecords(result.data.map((record) => record.map((cell) => String(cell))));
}

/**
 * Text from a CSV file's bytes: UTF-8 (with or without a byte-order mark), else Windows-1252,
 * the encoding of "CSV" files saved by older Excel, where `£` is one byte.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
