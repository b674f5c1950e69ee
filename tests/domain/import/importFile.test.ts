import { readFileSync } from 'fs';
import { utils, write } from '@e965/xlsx';
import { formatProblem } from '../../../src/domain/import/importProblems';
import { parseImportFile, readImportTable } from '../../../src/domain/import/importFile';
import { fixturePath } from './fixtures';

const encoder = new TextEncoder();

describe('parseImportFile', () => {
  test('reads a CSV file\'s bytes (with a byte-order mark) and parses it', () => {
    const result = parseImportFile('seed001-actions.csv', readFileSync(fixturePath('seed001-actions.csv')));
    expect([result.kind, result.errors.length, result.rows.length]).toEqual(['actions', 0, 16]);
  });

  test('reads a Windows-1252 CSV, where £ is one byte', () => {
    const header = 'Plan,Objective Ref,Objective,Ref,Title,Unit,Polarity,Frequency,Aggregation,Comparator Label,Comparator,Prior Year Actual,Target,Amber Tolerance,Financial Year,Q1,Q2,Q3,Q4,Owner';
    const text = `${header}\r\nCIP,1,Finance,F1,Savings delivered,\xa3m,High,Annual,,,,,\xa38.5m,\xa30.5m,2017-18,,,,\xa38.327m,HoF\r\n`;
    const bytes = Uint8Array.from(text, (character) => character.charCodeAt(0));
    const result = parseImportFile('savings.CSV', bytes);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      expect.objectContaining({
        measure: expect.objectContaining({ unit: '£m', target: { lower: 8.5, upper: 8.5 }, tolerance: { kind: 'absolute', amount: 0.5 } }),
        values: [{ measureRef: 'F1', financialYear: '2017-18', period: 'Annual', value: 8.327 }]
      })
    ]);
  });

  test('reads a workbook by its .xlsx name', () => {
    const sheet = utils.aoa_to_sheet([
      ['Plan', 'Action Ref', 'Title', 'Due Date', 'Owner', 'Done Date'],
      ['PIAP', 'R1.h.1', 'Strategy available to schools', 'Mar 2020', 'PEP', '']
    ]);
    const workbook = utils.book_new();
    utils.book_append_sheet(workbook, sheet, 'Milestones');
    const bytes = write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
    const result = parseImportFile('plan.xlsx', bytes, { sheet: 'Milestones' });
    expect(result.rows).toEqual([
      { rowNumber: 2, plan: 'PIAP', milestone: { actionRef: 'R1.h.1', title: 'Strategy available to schools', dueDate: '2020-03-31', owner: { name: 'PEP' } } }
    ]);
  });

  test.each([
    ['an empty CSV', 'empty.csv', new Uint8Array(0), 'row 1: the file is empty: expected a header row naming the columns, then one row per item'],
    ['a CSV of only commas', 'commas.csv', encoder.encode(',,,,\r\n,,,,\r\n'), 'row 1: the file is empty: expected a header row naming the columns, then one row per item'],
    ['binary bytes named .xlsx', 'junk.xlsx', new Uint8Array([0, 1, 2, 255, 254, 7, 8]), 'row 1: the file is not an Excel workbook (.xlsx): save it from Excel as .xlsx or .csv and try again'],
    ['a Word document', 'plan.docx', new Uint8Array([0x50, 0x4b, 3, 4]), 'row 1: "plan.docx" is not a file import reads: use a .csv or .xlsx file']
  ])('%s is a problem, not an exception', (_name, fileName, bytes, sentence) => {
    const result = parseImportFile(fileName, bytes, { kind: undefined });
    expect(result.kind).toBe('unknown');
    expect(result.errors.map(formatProblem)).toEqual([sentence]);
  });

  test('the kind asked for is kept when the file cannot be read', () => {
    expect(parseImportFile('empty.csv', new Uint8Array(0), { kind: 'measures' }).kind).toBe('measures');
  });

  test('binary bytes named .csv are read as text and fail on the header, not with an exception', () => {
    const junk = new Uint8Array(2048).map((_, index) => (index * 7919 + 13) % 256);
    const result = parseImportFile('junk.csv', junk);
    expect(result.kind).toBe('unknown');
    expect(result.errors).toHaveLength(1);
  });
});

describe('readImportTable', () => {
  test('an ArrayBuffer is read like bytes', () => {
    const result = readImportTable('x.csv', encoder.encode('Plan,Ref\nSEP,1.a.\n').buffer as ArrayBuffer);
    expect(result.ok && result.table.rows[0].cells).toEqual(['SEP', '1.a.']);
  });
});
