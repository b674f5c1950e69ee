import { formatProblem, formatRows, groupProblems, ImportProblem, ProblemGroup, quote } from '../../../src/domain/import/importProblems';

describe('formatProblem', () => {
  test.each([
    [{ row: 12, column: 'End Date', value: '31/13/2019', message: '"31/13/2019" is not a date' }, 'row 12, column "End Date": "31/13/2019" is not a date'],
    [{ row: 1, message: 'the file is empty' }, 'row 1: the file is empty']
  ])('%p reads "%s"', (problem, sentence) => {
    expect(formatProblem(problem)).toBe(sentence);
  });
});

describe('quote', () => {
  test('puts short text on one line in quotes', () => {
    expect(quote(' Dec\n2019 ')).toBe('"Dec 2019"');
  });

  test('cuts long text to 60 characters', () => {
    expect(quote('x'.repeat(100))).toBe(`"${'x'.repeat(59)}…"`);
  });
});

describe('formatRows: rows listed compactly', () => {
  test.each<[number[], string]>([
    [[4, 5, 6, 9], '4–6, 9'],
    [[7], '7'],
    [[4, 5], '4–5'],
    [[4, 9, 12, 13, 14, 15, 22], '4, 9, 12–15, 22'],
    [[9, 4, 6, 5], '4–6, 9'],
    [[4, 4, 5], '4–5'],
    [[2, 4, 6], '2, 4, 6'],
    [[], '']
  ])('%p → "%s"', (rows, text) => {
    expect(formatRows(rows)).toBe(text);
  });
});

describe('groupProblems: each kind of problem once, with its rows', () => {
  const evidence = 'a Blue (complete) update should carry evidence of completion; it is imported without one';
  const progress = 'an Amber update should explain what has happened; it is imported without one';

  test.each<[string, ImportProblem[], ProblemGroup[]]>([
    ['one row', [{ row: 7, column: 'Evidence', message: evidence }], [{ column: 'Evidence', message: evidence, rows: [7] }]],
    [
      'one kind on many rows',
      [4, 5, 6, 9].map((row) => ({ row, column: 'Evidence', value: '', message: evidence })),
      [{ column: 'Evidence', message: evidence, rows: [4, 5, 6, 9] }]
    ],
    [
      'many kinds, in the order each first appears',
      [
        { row: 3, column: 'Progress', message: progress },
        { row: 4, column: 'Evidence', message: evidence },
        { row: 5, column: 'Progress', message: progress },
        { row: 6, column: 'Evidence', message: evidence }
      ],
      [
        { column: 'Progress', message: progress, rows: [3, 5] },
        { column: 'Evidence', message: evidence, rows: [4, 6] }
      ]
    ],
    [
      'the same message in another column is another kind',
      [
        { row: 2, column: 'Start Date', message: '"TBC" is not a date' },
        { row: 3, column: 'End Date', message: '"TBC" is not a date' }
      ],
      [
        { column: 'Start Date', message: '"TBC" is not a date', rows: [2] },
        { column: 'End Date', message: '"TBC" is not a date', rows: [3] }
      ]
    ],
    [
      'a message about the quoted cell differs with the cell',
      [
        { row: 2, column: 'Target', message: '"tbd" is not a number' },
        { row: 3, column: 'Target', message: '"n/a" is not a number' },
        { row: 4, column: 'Target', message: '"tbd" is not a number' }
      ],
      [
        { column: 'Target', message: '"tbd" is not a number', rows: [2, 4] },
        { column: 'Target', message: '"n/a" is not a number', rows: [3] }
      ]
    ],
    ['a whole-file problem has no column', [{ row: 1, message: 'the file has a header but no rows' }], [{ message: 'the file has a header but no rows', rows: [1] }]],
    ['nothing', [], []]
  ])('%s', (_name, problems, groups) => {
    expect(groupProblems(problems)).toEqual(groups);
  });
});
