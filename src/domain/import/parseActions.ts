import { Action, IsoDate, PersonRef, ReportedStatus, Update } from '../model';
import { parseFinancialYear, parseQuarter } from '../periods';
import { parseStatus } from './choices';
import { findDuplicates, RowKey } from './duplicates';
import { quote } from './importProblems';
import { ActionImportRow, ActionsParseResult } from './importRows';
import { ColumnIndex } from './layouts';
import { Parsed, parseFailure, parsedValue, withoutUndefined } from './parsed';
import { parsePeople } from './people';
import { RowReader } from './rowReader';
import { Table } from './table';

/**
 * The actions layout: one action per row, with the quarter's update when the row gives a status.
 * Updates brought in by import are recorded as approved (SPEC §4.4); a Red or Amber row without
 * commentary still imports, with a warning, because old trackers hold such rows.
 */

export interface ActionParseOptions {
  /** An ISO instant recorded as the updates' `submittedOn` (time is passed in, never read). */
  importedOn?: string;
}

const UPDATE_COLUMNS = ['Financial Year', 'Quarter', 'Status', 'Progress', 'Issue', 'Remedial Action'];

function financialYear(text: string): Parsed<string> {
  const year = parseFinancialYear(text);
  return year ? parsedValue(year) : parseFailure(`${quote(text)} is not a financial year: write it like 2017-18`);
}

function quarter(text: string): Parsed<Update['quarter']> {
  const parsed = parseQuarter(text);
  return parsed ? parsedValue(parsed) : parseFailure(`${quote(text)} is not a quarter: use Q1, Q2, Q3 or Q4`);
}

function readDates(reader: RowReader): { startDate?: IsoDate; endDate?: IsoDate } {
  const startDate = reader.date('Start Date', 'start');
  const endDate = reader.date('End Date', 'end');
  if (startDate && endDate && endDate < startDate) {
    reader.error('End Date', `${quote(reader.text('End Date'))} is before the start date (${startDate})`);
  }
  return { startDate, endDate };
}

function warnAboutCommentary(reader: RowReader, status: ReportedStatus): void {
  const imported = 'it is imported without one';
  const anUpdate = status === 'Amber' ? 'an Amber update' : `a ${status} update`;
  if ((status === 'Red' || status === 'Amber') && !reader.has('Progress')) {
    reader.warn('Progress', `${anUpdate} should explain what has happened; ${imported}`);
  }
  if ((status === 'Red' || status === 'Amber') && !reader.has('Remedial Action')) {
    reader.warn('Remedial Action', `${anUpdate} should say what will be done to recover; ${imported}`);
  }
  if (status === 'Blue' && !reader.has('Evidence')) {
    reader.warn('Evidence', `a Blue (complete) update should carry evidence of completion; ${imported}`);
  }
  if (status === 'Withdrawn' && !reader.has('Progress')) {
    reader.warn('Progress', `a withdrawn action should give its reason in Progress; ${imported}`);
  }
}

function readUpdate(reader: RowReader, actionRef: string | undefined, options: ActionParseOptions): Update | undefined {
  const given = UPDATE_COLUMNS.filter((column) => reader.has(column));
  if (given.length === 0) {
    return undefined;
  }
  const because = `the row has an update (${given.join(', ')}), which needs`;
  const year = reader.parse('Financial Year', financialYear, `${because} its financial year`);
  const period = reader.parse('Quarter', quarter, `${because} its quarter`);
  const status = reader.parse('Status', parseStatus, `${because} a status`);
  if (status === undefined || year === undefined || period === undefined || actionRef === undefined) {
    return undefined;
  }
  warnAboutCommentary(reader, status);
  const progress = reader.optional('Progress');
  return withoutUndefined<Update>({
    actionRef,
    financialYear: year,
    quarter: period,
    status,
    progress,
    issue: reader.optional('Issue'),
    remedialAction: reader.optional('Remedial Action'),
    evidence: reader.optional('Evidence'),
    withdrawnReason: status === 'Withdrawn' ? progress : undefined,
    submittedOn: options.importedOn,
    reviewState: 'Approved'
  });
}

function readRow(reader: RowReader, options: ActionParseOptions): ActionImportRow | undefined {
  const plan = reader.required('Plan', 'every row must name its plan');
  const objectiveRef = reader.required('Objective Ref', 'every action belongs to an objective');
  const ref = reader.required('Ref', 'every action needs a reference such as 1.a.');
  const title = reader.required('Title', 'every action needs a title');
  const people = reader.parse<PersonRef[]>('Owner', parsePeople, 'every action needs an owner');
  const dates = readDates(reader);
  const update = readUpdate(reader, ref, options);
  if (!reader.isValid || !plan || !objectiveRef || !ref || !title || !people) {
    return undefined;
  }
  const action = withoutUndefined<Action>({
    ref,
    objectiveRef,
    title,
    serviceArea: reader.optional('Service Area'),
    owner: people[0],
    delegates: people.slice(1),
    startDate: dates.startDate,
    endDate: dates.endDate,
    // With an update, Evidence belongs to the quarter's report; without one, to the action.
    evidence: update ? undefined : reader.optional('Evidence')
  });
  return withoutUndefined<ActionImportRow>({
    rowNumber: reader.rowNumber,
    plan,
    objectiveRef,
    objectiveTitle: reader.optional('Objective'),
    action,
    update
  });
}

/** Parses every row of an actions file; see `ActionsParseResult` for what callers may write. */
export function parseActions(table: Table, columns: ColumnIndex, options: ActionParseOptions = {}): ActionsParseResult {
  const result: ActionsParseResult = { kind: 'actions', rows: [], errors: [], warnings: [] };
  const keys: RowKey[] = [];
  const rows: ActionImportRow[] = [];
  table.rows.forEach((tableRow) => {
    const reader = new RowReader(tableRow, columns, result);
    const row = readRow(reader, options);
    const [plan, ref] = [reader.text('Plan'), reader.text('Ref')];
    keys.push({ rowNumber: tableRow.rowNumber, parts: [plan, ref], description: `action ${quote(ref)} of plan ${quote(plan)}` });
    if (row) {
      rows.push(row);
    }
  });
  const duplicates = findDuplicates(keys, 'Ref', result);
  result.rows = rows.filter((row) => !duplicates.has(row.rowNumber));
  return result;
}
