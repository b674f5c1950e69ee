import { byRow } from './importProblems';
import { ImportParseResult } from './importRows';
import { closestKind, headerProblem, ImportKind, inferKind, matchHeader } from './layouts';
import { parseActions } from './parseActions';
import { parseMeasures } from './parseMeasures';
import { parseMilestones } from './parseMilestones';
import { Table } from './table';

/** Options for `parseImport`. */
export interface ParseImportOptions {
  /** The layout (`--kind`); inferred from the header when absent. */
  kind?: ImportKind;
  /** An ISO instant recorded on imported updates as `submittedOn`. */
  importedOn?: string;
}

function parseRows(table: Table, kind: ImportKind, options: ParseImportOptions): ImportParseResult {
  const columns = matchHeader(table.header, kind).columns;
  switch (kind) {
    case 'actions':
      return parseActions(table, columns, { importedOn: options.importedOn });
    case 'measures':
      return parseMeasures(table, columns);
    default:
      return parseMilestones(table, columns);
  }
}

/**
 * Parses a table in one of the canonical layouts (SPEC §4.6) into typed rows, every row-level
 * error and the warnings. Never throws for anything in the file. The header must be exactly the
 * layout (any case, any order); otherwise the only error says what is missing and what was found.
 */
export function parseImport(table: Table, options: ParseImportOptions = {}): ImportParseResult {
  const kind = options.kind || inferKind(table.header);
  const match = matchHeader(table.header, kind || closestKind(table.header));
  const problem = headerProblem(match, table.header, table.headerRowNumber, options.kind === undefined);
  if (problem || kind === undefined) {
    const errors = problem ? [problem] : [];
    return { kind: kind === undefined ? 'unknown' : kind, rows: [], errors, warnings: [] };
  }
  const result = parseRows(table, kind, options);
  if (table.rows.length === 0) {
    result.warnings.push({ row: table.headerRowNumber, message: 'the file has a header but no rows, so there is nothing to import' });
  }
  result.errors.sort(byRow);
  result.warnings.sort(byRow);
  return result;
}
