import { ImportProblem, quote, shorten } from './importProblems';

/**
 * The canonical import layouts (SPEC §4.6). Headers are matched case-insensitively and in any
 * order; every column must be there and no other, so a misspelt column is reported rather than
 * silently dropped. A layout's optional columns (OPTIONAL_COLUMNS) may be there or not: the
 * canonical header is accepted exactly as SPEC gives it, and a tracker that has the column keeps it.
 */

export const IMPORT_KINDS = ['actions', 'measures', 'milestones'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const LAYOUT_COLUMNS: Record<ImportKind, readonly string[]> = {
  actions: [
    'Plan', 'Objective Ref', 'Objective', 'Ref', 'Title', 'Service Area', 'Owner', 'Start Date', 'End Date',
    'Financial Year', 'Quarter', 'Status', 'Progress', 'Issue', 'Remedial Action', 'Evidence'
  ],
  measures: [
    'Plan', 'Objective Ref', 'Objective', 'Ref', 'Title', 'Unit', 'Polarity', 'Frequency', 'Aggregation',
    'Comparator Label', 'Comparator', 'Prior Year Actual', 'Target', 'Amber Tolerance', 'Financial Year',
    'Q1', 'Q2', 'Q3', 'Q4', 'Owner'
  ],
  milestones: ['Plan', 'Action Ref', 'Title', 'Due Date', 'Owner', 'Done Date']
};

/**
 * Columns a layout reads when a file has them. Measures: the service area councils file their
 * KPIs under, which the dashboard's measures table filters by (issue 13), as actions have it.
 */
export const OPTIONAL_COLUMNS: Record<ImportKind, readonly string[]> = {
  actions: [],
  measures: ['Service Area'],
  milestones: []
};

/** Where each canonical column sits in the file: canonical name → cell index. */
export type ColumnIndex = Map<string, number>;

/** How a file's header compares with one layout. */
export interface HeaderMatch {
  kind: ImportKind;
  columns: ColumnIndex;
  missing: string[];
  /** Header cells that are not columns of the layout, as the file spelt them. */
  unknown: string[];
  /** Columns that appear more than once. */
  repeated: string[];
}

function headerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Compares a header row with one layout. Blank header cells are ignored. */
export function matchHeader(header: readonly string[], kind: ImportKind): HeaderMatch {
  const canonical = new Map<string, string>();
  LAYOUT_COLUMNS[kind].concat(OPTIONAL_COLUMNS[kind]).forEach((column) => canonical.set(headerKey(column), column));
  const columns: ColumnIndex = new Map<string, number>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  header.forEach((cell, index) => {
    const column = canonical.get(headerKey(cell));
    if (headerKey(cell) === '') {
      return;
    }
    if (column === undefined) {
      unknown.push(cell.trim());
    } else if (columns.has(column)) {
      repeated.push(column);
    } else {
      columns.set(column, index);
    }
  });
  const missing = LAYOUT_COLUMNS[kind].filter((column) => !columns.has(column));
  return { kind, columns, missing, unknown, repeated };
}

function isExact(match: HeaderMatch): boolean {
  return match.missing.length === 0 && match.unknown.length === 0 && match.repeated.length === 0;
}

/** The layout the header is exactly, or `undefined` when it is none of them. */
export function inferKind(header: readonly string[]): ImportKind | undefined {
  const exact = IMPORT_KINDS.filter((kind) => isExact(matchHeader(header, kind)));
  return exact.length === 1 ? exact[0] : undefined;
}

/** The layout the header comes closest to: most columns found, then fewest missing. */
export function closestKind(header: readonly string[]): ImportKind {
  const matches = IMPORT_KINDS.map((kind) => matchHeader(header, kind));
  matches.sort((a, b) => b.columns.size - a.columns.size || a.missing.length - b.missing.length);
  return matches[0].kind;
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function quotedList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/** `"Stauts" (did you mean "Status"?)` when a missing column is a typo away. */
function describeUnknown(name: string, missing: readonly string[]): string {
  const key = headerKey(name);
  const near = missing.filter((column) => Math.abs(key.length - column.length) <= 2 && distance(key, headerKey(column)) <= 2);
  return near.length === 1 ? `${quote(name)} (did you mean "${near[0]}"?)` : quote(name);
}

/**
 * The file-level problem for a header that is not exactly the layout: what is missing, what is
 * not recognised, and what the header holds. `undefined` when the header matches.
 * @param inferred - true when the kind was guessed (no `--kind`), so the message says "closest".
 */
export function headerProblem(match: HeaderMatch, header: readonly string[], row: number, inferred: boolean): ImportProblem | undefined {
  if (isExact(match)) {
    return undefined;
  }
  const parts: string[] = [];
  if (match.missing.length > 0) {
    parts.push(`missing ${quotedList(match.missing)}`);
  }
  if (match.unknown.length > 0) {
    parts.push(`not recognised ${match.unknown.map((name) => describeUnknown(name, match.missing)).join(', ')}`);
  }
  if (match.repeated.length > 0) {
    parts.push(`more than once ${quotedList(match.repeated)}`);
  }
  const found = header.filter((cell) => cell.trim() !== '').map(shorten).join(', ');
  const opening = inferred
    ? `the header matches none of the import layouts (actions, measures, milestones); the closest is ${match.kind}`
    : `the header is not the ${match.kind} layout`;
  const expected = LAYOUT_COLUMNS[match.kind].join(',');
  return {
    row,
    message: `${opening}: ${parts.join('; ')}. Found: ${found || 'nothing'}. Expected: ${expected}`
  };
}
