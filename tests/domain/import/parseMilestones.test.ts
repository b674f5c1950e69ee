import { formatProblem } from '../../../src/domain/import/importProblems';
import { ImportParseResult, MilestoneImportRow } from '../../../src/domain/import/importRows';
import { parseImport } from '../../../src/domain/import/parseImport';
import { csvTable, fixtureText, tableOf } from './fixtures';

const PIAP = 'Education Services: Post Inspection Action Plan 2019';

/** The rows of a file read as milestones; none when it was read as anything else. */
const milestoneRows = (result: ImportParseResult): MilestoneImportRow[] => (result.kind === 'milestones' ? result.rows : []);

describe('seed 004 milestones of Recommendation 1', () => {
  const result = parseImport(csvTable(fixtureText('seed004-milestones.csv')));

  test('the kind is inferred and all 26 dated milestones import', () => {
    expect(result.kind).toBe('milestones');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows).toHaveLength(26);
  });

  test('a month is read as the last day of that month, and an empty owner stays empty', () => {
    expect(result.rows[0]).toEqual({
      rowNumber: 2,
      plan: PIAP,
      milestone: {
        actionRef: 'R1.a.1',
        title: 'North Powys OLEVI programme and sharing of good practice within conference, training and senior leader agenda items.',
        dueDate: '2019-12-31'
      }
    });
  });

  test.each([
    [3, 'R1.a.1', '2020-04-30'],
    [11, 'R1.b.1', '2020-03-31'],
    [13, 'R1.c.1', '2019-12-31'],
    [14, 'R1.c.1', '2020-06-30'],
    [16, 'R1.c.2', '2020-01-31'],
    [17, 'R1.c.2', '2021-01-31'],
    [25, 'R1.h.2', '2020-02-29'],
    [26, 'R1.h.2', '2020-02-29']
  ])('row %i (%s) is due %s', (rowNumber, actionRef, dueDate) => {
    const row = milestoneRows(result).filter((item) => item.rowNumber === rowNumber)[0];
    expect([row.milestone.actionRef, row.milestone.dueDate]).toEqual([actionRef, dueDate]);
  });
});

describe('bad rows in a milestones file', () => {
  const header = ['Plan', 'Action Ref', 'Title', 'Due Date', 'Owner', 'Done Date'];
  const result = parseImport(
    tableOf(
      header,
      [PIAP, 'R1.h.1', 'Strategy approved by SSMT', 'Jan 2020', 'PEP', '28/01/2020'],
      [PIAP, 'R1.h.1', 'Strategy approved by SSMT', 'Feb 2020', '', ''],
      [PIAP, 'R2.a.2', 'Performance management in place', 'Ongoing', '', ''],
      [PIAP, '', 'Vision shared with schools', '', 'CR / ALN', '31/13/2019'],
      [PIAP, 'R2.b.1', 'Vision statement agreed by team', 'Dec 2019', 'CR / ALN', 'Dec 2019']
    )
  );

  test('every problem is reported with its row and column', () => {
    expect(result.errors.map(formatProblem)).toEqual([
      'row 3, column "Title": milestone "Strategy approved by SSMT" of action "R1.h.1" is also on row 2: each may appear only once in a file',
      'row 4, column "Due Date": "Ongoing" is not a date, but every milestone needs a due date',
      'row 5, column "Action Ref": the cell is empty, but a milestone belongs to an action',
      'row 5, column "Due Date": the cell is empty, but every milestone needs a due date',
      'row 5, column "Done Date": "31/13/2019" is not a date'
    ]);
    expect(result.warnings.map(formatProblem)).toEqual([
      'row 5, column "Owner": a milestone has one owner, so only "CR" is kept',
      'row 6, column "Owner": a milestone has one owner, so only "CR" is kept'
    ]);
  });

  test('valid rows carry the owner and done date', () => {
    expect(milestoneRows(result).map((row) => row.milestone)).toEqual([
      { actionRef: 'R1.h.1', title: 'Strategy approved by SSMT', dueDate: '2020-01-31', owner: { name: 'PEP' }, doneDate: '2020-01-28' },
      { actionRef: 'R2.b.1', title: 'Vision statement agreed by team', dueDate: '2019-12-31', owner: { name: 'CR' }, doneDate: '2019-12-31' }
    ]);
  });
});
