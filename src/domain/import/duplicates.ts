import { ProblemSink } from './rowReader';

/**
 * Re-importing a file updates items matched on plan + reference (SPEC §4.6), so one file may
 * hold each key once: a second row with the same key would silently overwrite the first.
 */

/** One row's key, taken from its cells whether or not the rest of the row is valid. */
export interface RowKey {
  rowNumber: number;
  /** The key's parts, e.g. plan and ref; compared trimmed and case-insensitively. */
  parts: string[];
  /** Names the item in the message, e.g. `action "1.b." of plan "SEP 2016-20"`. */
  description: string;
}

/**
 * Records an error on every row whose key an earlier row already has, naming both rows, and
 * returns those rows' numbers so they are left out. Rows with an empty key part are skipped
 * (their empty cell is already an error).
 */
export function findDuplicates(keys: readonly RowKey[], column: string, sink: ProblemSink): Set<number> {
  const firstRowOf = new Map<string, number>();
  const duplicates = new Set<number>();
  keys.forEach((key) => {
    if (key.parts.some((part) => part.trim() === '')) {
      return;
    }
    const normalised = JSON.stringify(key.parts.map((part) => part.trim().toLowerCase()));
    const first = firstRowOf.get(normalised);
    if (first === undefined) {
      firstRowOf.set(normalised, key.rowNumber);
      return;
    }
    duplicates.add(key.rowNumber);
    sink.errors.push({
      row: key.rowNumber,
      column,
      message: `${key.description} is also on row ${first}: each may appear only once in a file`
    });
  });
  return duplicates;
}
