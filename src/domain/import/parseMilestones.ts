import { Milestone } from '../model';
import { findDuplicates, RowKey } from './duplicates';
import { quote } from './importProblems';
import { MilestoneImportRow, MilestonesParseResult } from './importRows';
import { ColumnIndex } from './layouts';
import { withoutUndefined } from './parsed';
import { parsePeople } from './people';
import { RowReader } from './rowReader';
import { Table } from './table';

/**
 * The milestones layout: one dated milestone of an action per row. A milestone's owner defaults
 * to its action's owner, so an empty Owner is fine.
 */

function readRow(reader: RowReader): MilestoneImportRow | undefined {
  const plan = reader.required('Plan', 'every row must name its plan');
  const actionRef = reader.required('Action Ref', 'a milestone belongs to an action');
  const title = reader.required('Title', 'every milestone needs a title');
  const dueDate = reader.date('Due Date', 'end', 'every milestone needs a due date');
  const people = reader.parse('Owner', parsePeople);
  if (people && people.length > 1) {
    reader.warn('Owner', `a milestone has one owner, so only "${people[0].name}" is kept`);
  }
  const doneDate = reader.date('Done Date', 'end');
  if (!reader.isValid || !plan || !actionRef || !title || !dueDate) {
    return undefined;
  }
  const milestone = withoutUndefined<Milestone>({ actionRef, title, dueDate, owner: people ? people[0] : undefined, doneDate });
  return { rowNumber: reader.rowNumber, plan, milestone };
}

/** Parses every row of a milestones file; see `MilestonesParseResult` for what callers may write. */
export function parseMilestones(table: Table, columns: ColumnIndex): MilestonesParseResult {
  const result: MilestonesParseResult = { kind: 'milestones', rows: [], errors: [], warnings: [] };
  const keys: RowKey[] = [];
  const rows: MilestoneImportRow[] = [];
  table.rows.forEach((tableRow) => {
    const reader = new RowReader(tableRow, columns, result);
    const row = readRow(reader);
    const [plan, actionRef, title] = [reader.text('Plan'), reader.text('Action Ref'), reader.text('Title')];
    keys.push({
      rowNumber: tableRow.rowNumber,
      parts: [plan, actionRef, title],
      description: `milestone ${quote(title)} of action ${quote(actionRef)}`
    });
    if (row) {
      rows.push(row);
    }
  });
  const duplicates = findDuplicates(keys, 'Title', result);
  result.rows = rows.filter((row) => !duplicates.has(row.rowNumber));
  return result;
}
