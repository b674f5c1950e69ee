import {
  Comparator, DEFAULT_TOLERANCE, Frequency, Measure, MeasureValue, PersonRef, Polarity, QUARTERS, Target
} from '../model';
import { parseFinancialYear } from '../periods';
import { parseAggregation, parseFrequency, parsePolarity } from './choices';
import { findDuplicates, RowKey } from './duplicates';
import { quote } from './importProblems';
import { MeasureImportRow, MeasuresParseResult } from './importRows';
import { ColumnIndex } from './layouts';
import { CellValue, parseMeasureValue, parseTarget, parseTolerance } from './numbers';
import { Parsed, parseFailure, parsedValue, withoutUndefined } from './parsed';
import { parsePeople } from './people';
import { readQuarterCell } from './quarterCells';
import { RowReader } from './rowReader';
import { Table } from './table';

/**
 * The measures layout: one measure for one financial year per row, with its Q1–Q4 values. For
 * an annual measure the Q4 column holds the year's outturn (SPEC §6); see `readQuarterCell` for
 * what its Q1–Q3 cells may say.
 */

function financialYear(text: string): Parsed<string> {
  const year = parseFinancialYear(text);
  return year ? parsedValue(year) : parseFailure(`${quote(text)} is not a financial year: write it like 2017-18`);
}

/** A number cell where text such as `n/a` leaves the number out, with a warning saying so. */
function optionalNumber(reader: RowReader, column: string, lost: string): number | undefined {
  const cell = reader.parse<CellValue>(column, parseMeasureValue);
  if (cell && cell.value === undefined && cell.note !== undefined) {
    reader.warn(column, `${quote(cell.note)} is not a number, so the measure is imported with no ${lost}`);
  }
  return cell ? cell.value : undefined;
}

function readTarget(reader: RowReader, polarity: Polarity | undefined): Target | undefined {
  const cell = reader.parse('Target', (text) => parseTarget(text, polarity));
  if (cell && cell.target === undefined && cell.note !== undefined) {
    reader.warn('Target', `${quote(cell.note)} is not a number, so the measure is imported with no target`);
  }
  return cell ? cell.target : undefined;
}

function readComparator(reader: RowReader): Comparator | undefined {
  const value = optionalNumber(reader, 'Comparator', 'comparator');
  if (value === undefined) {
    return undefined;
  }
  // A comparator without a label still means something ("Wales average" is the usual one).
  return { label: reader.optional('Comparator Label') || 'Comparator', value };
}

function readAggregation(reader: RowReader, frequency: Frequency | undefined): Measure['aggregation'] | undefined {
  if (!reader.has('Aggregation') && frequency === 'Quarterly') {
    reader.warn('Aggregation', 'the cell is empty, so the quarterly values are taken as In quarter');
  }
  return reader.has('Aggregation') ? reader.parse('Aggregation', parseAggregation) : 'InQuarter';
}

function readOwner(reader: RowReader): PersonRef | undefined {
  const people = reader.parse('Owner', parsePeople);
  if (people && people.length > 1) {
    reader.warn('Owner', `a measure has one owner, so only "${people[0].name}" is kept`);
  }
  return people ? people[0] : undefined;
}

function readValues(reader: RowReader, ref: string, year: string, frequency: Frequency | undefined): MeasureValue[] {
  const values: MeasureValue[] = [];
  QUARTERS.forEach((quarter) => {
    const record = reader.parse(quarter, (text) => readQuarterCell(text, quarter, frequency));
    if (record) {
      const { period, cell } = record;
      values.push(withoutUndefined<MeasureValue>({ measureRef: ref, financialYear: year, period, value: cell.value, note: cell.note }));
    }
  });
  return values;
}

function readRow(reader: RowReader): MeasureImportRow | undefined {
  const plan = reader.required('Plan', 'every row must name its plan');
  const objectiveRef = reader.required('Objective Ref', 'every measure belongs to an objective');
  const ref = reader.required('Ref', 'every measure needs a reference');
  const title = reader.required('Title', 'every measure needs a title');
  const polarity = reader.parse('Polarity', parsePolarity, 'a measure needs a polarity to be rated');
  const frequency = reader.parse('Frequency', parseFrequency, 'a measure is Quarterly or Annual');
  const aggregation = readAggregation(reader, frequency);
  const year = reader.parse('Financial Year', financialYear, "a measure's target and values are for a financial year");
  const target = readTarget(reader, polarity);
  const tolerance = reader.has('Amber Tolerance') ? reader.parse('Amber Tolerance', parseTolerance) : DEFAULT_TOLERANCE;
  const priorYearActual = optionalNumber(reader, 'Prior Year Actual', 'prior-year actual');
  const comparator = readComparator(reader);
  const owner = readOwner(reader);
  const values = readValues(reader, ref || '', year || '', frequency);
  if (!reader.isValid || !plan || !objectiveRef || !ref || !title || !polarity || !frequency || !aggregation || !year || !tolerance) {
    return undefined;
  }
  const measure = withoutUndefined<Measure>({
    ref, objectiveRef, title, financialYear: year, unit: reader.text('Unit'), polarity, frequency, aggregation,
    target, tolerance, priorYearActual, comparator, owner, serviceArea: reader.optional('Service Area')
  });
  return withoutUndefined<MeasureImportRow>({
    rowNumber: reader.rowNumber, plan, objectiveRef, objectiveTitle: reader.optional('Objective'), measure, values
  });
}

/** Parses every row of a measures file; see `MeasuresParseResult` for what callers may write. */
export function parseMeasures(table: Table, columns: ColumnIndex): MeasuresParseResult {
  const result: MeasuresParseResult = { kind: 'measures', rows: [], errors: [], warnings: [] };
  const keys: RowKey[] = [];
  const rows: MeasureImportRow[] = [];
  table.rows.forEach((tableRow) => {
    const reader = new RowReader(tableRow, columns, result);
    const row = readRow(reader);
    const [plan, ref, yearText] = [reader.text('Plan'), reader.text('Ref'), reader.text('Financial Year')];
    const year = parseFinancialYear(yearText) || yearText;
    keys.push({
      rowNumber: tableRow.rowNumber,
      parts: [plan, ref, year],
      description: `measure ${quote(ref)} of plan ${quote(plan)} for ${year}`
    });
    if (row) {
      rows.push(row);
    }
  });
  const duplicates = findDuplicates(keys, 'Ref', result);
  result.rows = rows.filter((row) => !duplicates.has(row.rowNumber));
  return result;
}
