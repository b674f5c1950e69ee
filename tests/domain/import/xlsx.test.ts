import { execFileSync } from 'child_process';
import { join } from 'path';
import { CellObject, utils, write, WorkSheet } from '@e965/xlsx';
import { MeasureImportRow, ActionImportRow } from '../../../src/domain/import/importRows';
import { LAYOUT_COLUMNS } from '../../../src/domain/import/layouts';
import { parseImport } from '../../../src/domain/import/parseImport';
import { Table } from '../../../src/domain/import/table';
import { readXlsx } from '../../../src/domain/import/xlsx';
import { csvTable, fixtureText } from './fixtures';

type Cell = string | number | boolean | Date | CellObject | null;

function workbookBytes(sheets: Record<string, Cell[][]>, formats: Record<string, Record<string, string>> = {}): Uint8Array {
  const workbook = utils.book_new();
  Object.keys(sheets).forEach((name) => {
    const sheet: WorkSheet = utils.aoa_to_sheet(sheets[name]);
    const sheetFormats = formats[name] || {};
    Object.keys(sheetFormats).forEach((address) => {
      (sheet[address] as CellObject).z = sheetFormats[address];
    });
    utils.book_append_sheet(workbook, sheet, name);
  });
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function tableFrom(bytes: Uint8Array | ArrayBuffer, sheet?: string): Table {
  const result = readXlsx(bytes, { sheet });
  if (!result.ok) {
    throw new Error(JSON.stringify(result.problems));
  }
  return result.table;
}

function withoutRowNumbers<R extends { rowNumber: number }>(rows: R[]): Array<Omit<R, 'rowNumber'>> {
  return rows.map(({ rowNumber: _rowNumber, ...rest }) => rest);
}

describe('cells as a person sees them', () => {
  const bytes = workbookBytes(
    {
      Cells: [
        ['Percent', 'Small percent', 'Date', 'Number', 'Empty', 'Formula', 'Flag', 'Error', 'Text', 'Month'],
        [0.95, 0.00325, new Date(2019, 11, 31), 1172.5, null, { t: 'n', v: 5, f: '2+3' }, true, { t: 'e', v: 7, w: '#DIV/0!' }, ' n/a ', new Date(2019, 8, 1)],
        [0.1 + 0.2, 1, { t: 'n', v: 43773, z: 'd/m/yyyy' }, -3, '', '', false, '', '', '']
      ]
    },
    { Cells: { A2: '0.0%', B2: '0.000%', A3: '0%', B3: '0%', J2: 'mmm yyyy' } }
  );
  const table = tableFrom(bytes);

  test('percent-formatted numbers read as percentages, dates as ISO, numbers as decimals, formulas as their value', () => {
    expect(table.header).toEqual(['Percent', 'Small percent', 'Date', 'Number', 'Empty', 'Formula', 'Flag', 'Error', 'Text', 'Month']);
    expect(table.rows[0]).toEqual({
      rowNumber: 2,
      cells: ['95%', '0.325%', '2019-12-31', '1172.5', '', '5', 'TRUE', '#DIV/0!', ' n/a ', 'Sep 2019']
    });
  });

  test('float noise is rounded away and a date stored as a serial number reads as its day', () => {
    expect(table.rows[1].cells.slice(0, 7)).toEqual(['30%', '100%', '2019-11-04', '-3', '', '', 'FALSE']);
  });
});

describe('dates do not move with the machine\'s time zone', () => {
  // Jest's sandbox ignores a changed process.env.TZ, so each zone runs in a child Node process.
  const script = `
    const { utils, write } = require('@e965/xlsx');
    const { readXlsx } = require('./src/domain/import/xlsx.ts');
    const sheet = utils.aoa_to_sheet([
      ['Summer', 'Clocks change', 'Winter', 'Serial'],
      [new Date(2019, 6, 31), new Date(2020, 2, 29), new Date(2019, 11, 31), { t: 'n', v: 43830, z: 'yyyy-mm-dd' }]
    ]);
    const workbook = utils.book_new();
    utils.book_append_sheet(workbook, sheet, 'Dates');
    const result = readXlsx(new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx' })));
    process.stdout.write(JSON.stringify({ offset: new Date(2019, 6, 31).getTimezoneOffset(), cells: result.table.rows[0].cells }));
  `;

  test.each([
    ['Europe/London', -60],
    ['America/Los_Angeles', 420],
    ['Asia/Tokyo', -540],
    ['Pacific/Kiritimati', -840]
  ])('in %s', (zone, summerOffset) => {
    const output = execFileSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], {
      cwd: join(__dirname, '..', '..', '..'),
      env: { ...process.env, TZ: zone },
      encoding: 'utf8'
    });
    expect(JSON.parse(output)).toEqual({ offset: summerOffset, cells: ['2019-07-31', '2020-03-29', '2019-12-31', '2019-12-31'] });
  });
});

describe('a workbook gives the same typed rows as the CSV', () => {
  test('measures: percent cells, a number with a thousands format, an empty tolerance', () => {
    const header = [...LAYOUT_COLUMNS.measures];
    const sep = 'Strategic Equality Plan 2016-20';
    const objective = 'Close attainment gaps in education.';
    const bytes = workbookBytes(
      {
        Measures: [
          header,
          [sep, 1, objective, '1.a.i', 'The percentage of pupils in receipt of Free School Meals attaining the Foundation Phase Indicator', '%', 'High', 'Annual', '', '', '', 0.794, 0.82, '', '2017-18', '', '', '', 0.686, 'Alec Clark'],
          [sep, 1, objective, '1.e.ii', 'Percentage of Year 11 pupils in Local Authority care leaving full time education without a recognised qualification', '%', 'Low', 'Annual', '', '', '', 0, 0, '', '2017-18', '', '', '', 0.00325, 'Alec Clark'],
          [sep, 3, 'Improve living conditions in cohesive communities.', '3.g.i', 'Elemental improvements carried out towards the Welsh Housing Quality Standard (WHQS)', 'number', 'High', 'Annual', '', '', '', '', 2600, '10%', '2017-18', '', '', '', 1173, 'PD']
        ]
      },
      { Measures: { L2: '0.0%', M2: '0%', S2: '0.0%', L3: '0%', M3: '0.0%', S3: '0.000%', M4: '#,##0', S4: '#,##0' } }
    );
    const fromXlsx = parseImport(tableFrom(bytes));
    const fromCsv = parseImport(csvTable(fixtureText('seed000-001-measures.csv')));
    const wanted = ['1.a.i', '1.e.ii', '3.g.i'];
    const csvRows = (fromCsv.rows as MeasureImportRow[]).filter((row) => wanted.indexOf(row.measure.ref) >= 0);

    expect(fromXlsx.errors).toEqual([]);
    expect(withoutRowNumbers(fromXlsx.rows as MeasureImportRow[])).toEqual(withoutRowNumbers(csvRows));
    expect((fromXlsx.rows as MeasureImportRow[])[0].values[0].value).toBe(68.6);
  });

  test('actions: a real date cell and a month-formatted date cell', () => {
    const header = [...LAYOUT_COLUMNS.actions];
    const plan = 'Education Services: Post Inspection Action Plan 2019';
    const title =
      'Bespoke support from the EWO and supported by challenge advisers, following the attendance SLA structure for each of the secondary schools in quartile 4.';
    const bytes = workbookBytes(
      {
        Actions: [
          header,
          [plan, 'R1.e', 'Improve attendance in secondary schools by reducing the number of schools in the bottom 25% when compared to similar schools', 'R1.e.1', title, 'Education', 'ALN1', new Date(2019, 10, 4), new Date(2019, 11, 1), '', '', '', '', '', '', '']
        ]
      },
      { Actions: { I2: 'mmm yyyy' } }
    );
    const fromXlsx = parseImport(tableFrom(bytes));
    const fromCsv = parseImport(csvTable(fixtureText('seed004-actions.csv')));
    const csvRow = (fromCsv.rows as ActionImportRow[]).filter((row) => row.action.ref === 'R1.e.1');

    expect(fromXlsx.errors).toEqual([]);
    expect(withoutRowNumbers(fromXlsx.rows as ActionImportRow[])).toEqual(withoutRowNumbers(csvRow));
    expect((fromXlsx.rows as ActionImportRow[])[0].action).toMatchObject({ startDate: '2019-11-04', endDate: '2019-12-31' });
  });
});

describe('which sheet, and where its header is', () => {
  const bytes = workbookBytes({
    Notes: [['Read me first']],
    Milestones: [
      ['Estyn post-inspection milestones'],
      [],
      ['Plan', 'Action Ref', 'Title', 'Due Date', 'Owner', 'Done Date'],
      ['PIAP', 'R1.h.1', 'Strategy available to schools', 'Mar 2020', '', '']
    ]
  });

  test('the first sheet is read unless another is named (in any case)', () => {
    expect(tableFrom(bytes).header).toEqual(['Read me first']);
    expect(tableFrom(bytes, 'milestones').header).toEqual(['Estyn post-inspection milestones']);
  });

  test('rows keep the sheet\'s own row numbers', () => {
    const result = parseImport(tableFrom(bytes.buffer as ArrayBuffer, 'Milestones'));
    expect(result.errors.map((problem) => problem.row)).toEqual([1]);
  });

  test('an unknown sheet is a clear problem', () => {
    expect(readXlsx(bytes, { sheet: 'Actions' })).toEqual({
      ok: false,
      problems: [{ row: 1, message: 'the workbook has no sheet called "Actions"; its sheets are "Notes", "Milestones"' }]
    });
  });

  test('an empty sheet is the empty-file problem', () => {
    expect(readXlsx(workbookBytes({ Blank: [] }))).toEqual({
      ok: false,
      problems: [{ row: 1, message: 'the file is empty: expected a header row naming the columns, then one row per item' }]
    });
  });
});

describe('files that are not workbooks', () => {
  test('binary junk is a problem, not an exception', () => {
    const junk = new Uint8Array(4096).map((_, index) => (index * 7919 + 13) % 256);
    expect(readXlsx(junk)).toEqual({
      ok: false,
      problems: [{ row: 1, message: 'the file is not an Excel workbook (.xlsx): save it from Excel as .xlsx or .csv and try again' }]
    });
  });

  test('a broken zip is a problem that says the workbook cannot be read', () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const result = readXlsx(broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0].message).toMatch(/^the workbook cannot be read \(.+\): open it in Excel, save it again as \.xlsx and retry$/);
  });

  test('an empty file is a problem', () => {
    expect(readXlsx(new ArrayBuffer(0)).ok).toBe(false);
  });
});
