import { decodeCsv, readCsv } from '../../../src/domain/import/csv';

describe('readCsv', () => {
  test('strips a byte-order mark from the first header cell', () => {
    const result = readCsv('\uFEFFPlan,Ref\r\nSEP,1.b.\r\n');
    expect(result).toEqual({
      ok: true,
      table: { header: ['Plan', 'Ref'], headerRowNumber: 1, rows: [{ rowNumber: 2, cells: ['SEP', '1.b.'] }] }
    });
  });

  test('a quoted cell keeps its commas, doubled quotes and line breaks, and stays one row', () => {
    const text = 'Title,Progress\n"Review, then act","The ""Homelessness Project"" morphed\n- into a review"\nNext,done\n';
    const result = readCsv(text);
    expect(result.ok && result.table.rows).toEqual([
      { rowNumber: 2, cells: ['Review, then act', 'The "Homelessness Project" morphed\n- into a review'] },
      { rowNumber: 3, cells: ['Next', 'done'] }
    ]);
  });

  test('blank lines are left out but still counted, so row numbers match the spreadsheet', () => {
    const result = readCsv('\n\nPlan,Ref\n\nSEP,1.a.\n,\nSEP,1.b.\n\n\n');
    expect(result.ok && result.table).toEqual({
      header: ['Plan', 'Ref'],
      headerRowNumber: 3,
      rows: [
        { rowNumber: 5, cells: ['SEP', '1.a.'] },
        { rowNumber: 7, cells: ['SEP', '1.b.'] }
      ]
    });
  });

  test.each([
    ['tab', 'Plan\tRef\nSEP\t1.a.\n'],
    ['semicolon', 'Plan;Ref\nSEP;1.a.\n']
  ])('a %s-separated file is read', (_name, text) => {
    const result = readCsv(text);
    expect(result.ok && result.table.rows[0].cells).toEqual(['SEP', '1.a.']);
  });

  test('an unclosed quote is reported with its row, not guessed at', () => {
    expect(readCsv('Plan,Ref\nSEP,"1.a.\nSEP,1.b.\n')).toEqual({
      ok: false,
      problems: [{ row: 2, message: 'a quoted cell is never closed: a " is missing, so the rest of the file cannot be read' }]
    });
  });

  test.each([
    ['an empty file', ''],
    ['only line breaks', '\r\n\r\n'],
    ['only commas', ',,,\n,,,\n'],
    ['only a byte-order mark', '\uFEFF']
  ])('%s is a clear problem', (_name, text) => {
    expect(readCsv(text)).toEqual({
      ok: false,
      problems: [{ row: 1, message: 'the file is empty: expected a header row naming the columns, then one row per item' }]
    });
  });
});

describe('decodeCsv', () => {
  test('reads UTF-8', () => {
    expect(decodeCsv(new Uint8Array([0xc2, 0xa3, 0x35]))).toBe('£5');
  });

  test('falls back to Windows-1252, where £ is one byte', () => {
    expect(decodeCsv(new Uint8Array([0xa3, 0x35]))).toBe('£5');
  });
});
