import { formatProblem } from '../../../src/domain/import/importProblems';
import { ActionsParseResult } from '../../../src/domain/import/importRows';
import { LAYOUT_COLUMNS } from '../../../src/domain/import/layouts';
import { parseImport } from '../../../src/domain/import/parseImport';
import { csvTable, fixtureText, tableOf } from './fixtures';

const SEP = 'Strategic Equality Plan 2016-20';
const PIAP = 'Education Services: Post Inspection Action Plan 2019';

function parseActionsCsv(text: string, importedOn?: string): ActionsParseResult {
  const result = parseImport(csvTable(text), { kind: 'actions', importedOn });
  if (result.kind !== 'actions') {
    throw new Error(`expected actions, got ${result.kind}`);
  }
  return result;
}

describe('seed 001 (Strategic Equality Plan year-end tracker) as an actions CSV', () => {
  const result = parseActionsCsv(fixtureText('seed001-actions.csv'));
  const byRef = (ref: string) => result.rows.filter((row) => row.action.ref === ref)[0];

  test('every row imports, with no errors', () => {
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => row.action.ref)).toEqual([
      '1.b.', '1.c.', '1.d.', '1.e.', '2.b.', '6.a.', '2.e.', '3.b.', '3.c.', '6.b.i', '6.b.ii', '7.a.ii', '3.d.', '4.d.', '2.h.', '3.j.'
    ]);
  });

  test('a Green row becomes the action and its approved Q4 2017-18 update', () => {
    expect(byRef('1.b.')).toEqual({
      rowNumber: 2,
      plan: SEP,
      objectiveRef: '1',
      objectiveTitle: 'Close attainment gaps in education.',
      action: {
        ref: '1.b.',
        objectiveRef: '1',
        title: 'Roll out the Person Centred Planning approach to ensure pupils with special educational needs have appropriate targets for improvement.',
        serviceArea: 'Education',
        owner: { name: 'IB' },
        delegates: []
      },
      update: {
        actionRef: '1.b.',
        financialYear: '2017-18',
        quarter: 'Q4',
        status: 'Green',
        progress: 'Schools receiving training from Educational Psychologist, Learning Inclusion Support Team support team and wider services.',
        evidence: 'Training Evaluations, LIST reports',
        reviewState: 'Approved'
      }
    });
  });

  test('lower-case "blue" is Blue, and its evidence goes with the update', () => {
    const row = byRef('1.e.');
    expect(row.update && [row.update.status, row.update.evidence]).toEqual([
      'Blue',
      'Pupil referral units Business Case. Report from Child and Adolescent Mental Health Services planning day'
    ]);
    expect(row.action.evidence).toBeUndefined();
  });

  test('owners typed with a trailing dot are trimmed; named teams stay names', () => {
    expect(byRef('2.b.').action.owner).toEqual({ name: 'DM' });
    expect(byRef('6.a.').action.owner).toEqual({ name: 'KA' });
    expect(byRef('2.h.').action.owner).toEqual({ name: 'Business Intelligence (BI)' });
    expect(byRef('6.b.i').action.owner).toEqual({ name: 'Heads of Service' });
  });

  test('"n/a" is Withdrawn, with the progress text as the reason', () => {
    const update = byRef('6.b.ii').update;
    expect(update && update.status).toBe('Withdrawn');
    expect(update && update.withdrawnReason).toBe(
      'Following the recent Children Services CSSIW inspection a detailed improvement plan has been drawn together to address areas of vulnerability and to drive improvement which has been signed off by the Improvement and Assurance board. This action will be covered by the Children Services improvement plan and so withdrawn from the Strategic Equality Plan.'
    );
  });

  test('progress keeps its quotes and the line breaks of a quoted cell; rows after it keep their spreadsheet numbers', () => {
    const bedNights = byRef('3.b.');
    expect(bedNights.update && bedNights.update.progress).toMatch(
      /^During Oct to Mar:\r\n- The number of settings supported through information, advice and signposting was 73\.\r\n- Training of setting staff/
    );
    expect(byRef('3.d.').update && byRef('3.d.').update!.progress).toMatch(/^The "Homelessness Project" morphed in 2017/);
    expect(byRef('2.b.').update && byRef('2.b.').update!.progress).toContain("'better off in work calculation'");
    expect(byRef('3.c.').rowNumber).toBe(10);
    expect(byRef('3.j.').rowNumber).toBe(17);
  });

  test('Red and Amber rows without a remedial action import with a warning each', () => {
    expect(result.warnings.map(formatProblem)).toEqual([
      'row 4, column "Remedial Action": an Amber update should say what will be done to recover; it is imported without one',
      'row 6, column "Remedial Action": an Amber update should say what will be done to recover; it is imported without one',
      'row 8, column "Remedial Action": an Amber update should say what will be done to recover; it is imported without one',
      'row 10, column "Remedial Action": a Red update should say what will be done to recover; it is imported without one',
      'row 13, column "Remedial Action": a Red update should say what will be done to recover; it is imported without one'
    ]);
  });

  test('the import time, when given, is each update\'s submittedOn', () => {
    const stamped = parseActionsCsv(fixtureText('seed001-actions.csv'), '2018-08-28T09:00:00Z');
    expect(stamped.rows.every((row) => row.update !== undefined && row.update.submittedOn === '2018-08-28T09:00:00Z')).toBe(true);
  });
});

describe('seed 004 (Estyn post-inspection action plan), Recommendation 1, as an actions CSV', () => {
  const result = parseActionsCsv(fixtureText('seed004-actions.csv'));
  const byRef = (ref: string) => result.rows.filter((row) => row.action.ref === ref)[0];

  test('month-only start dates are the first of the month, end dates the last', () => {
    expect(byRef('R1.a.1')).toEqual({
      rowNumber: 2,
      plan: PIAP,
      objectiveRef: 'R1.a',
      objectiveTitle: 'Improve pupil outcomes in secondary schools particularly Capped 9 scores and A-A*',
      action: {
        ref: 'R1.a.1',
        objectiveRef: 'R1.a',
        title: 'Improve pedagogy across key stage 3 and key stage 4 in order to further develop pupil independence and provide effective differentiation and challenge for all pupils.',
        serviceArea: 'Education',
        owner: { name: 'CA1' },
        delegates: [{ name: 'CA4' }],
        startDate: '2019-09-01',
        endDate: '2021-07-31'
      }
    });
  });

  test.each([
    ['R1.a.2', 'SCA', ['CA1', 'CA4'], '2019-10-01', '2021-07-31'],
    ['R1.c.2', 'CA2', ['SCA', 'CA1'], '2019-09-01', '2021-09-30'],
    ['R1.e.1', 'ALN1', [], '2019-11-04', '2019-12-31'],
    ['R1.f.1', 'ALN1', ['YEC'], '2019-11-04', '2020-07-31'],
    ['R1.h.1', 'PEP', ['HoC', 'SP', 'SCM', 'CA4'], '2019-09-01', '2020-03-31'],
    ['R1.h.2', 'SSMT', [], '2020-01-01', '2022-07-31']
  ])('%s: lead %s, delegates %p, %s to %s', (ref, owner, delegates, startDate, endDate) => {
    const { action } = byRef(ref);
    expect([action.owner.name, action.delegates.map((person) => person.name), action.startDate, action.endDate]).toEqual([
      owner,
      delegates,
      startDate,
      endDate
    ]);
  });

  test('a plan-only row has no update', () => {
    expect(result.rows.every((row) => row.update === undefined)).toBe(true);
  });

  test('the row with two start and two end dates in its cells is refused, and only that row', () => {
    expect(result.errors.map(formatProblem)).toEqual([
      'row 7, column "Start Date": "Jan 2020 Sep 2021" holds more than one date: put one date in each cell',
      'row 7, column "End Date": "Jul 2021 Jul 2022" holds more than one date: put one date in each cell'
    ]);
    expect(result.rows).toHaveLength(11);
    expect(byRef('R1.d.1')).toBeUndefined();
  });

  test('multi-line titles keep their lines', () => {
    expect(byRef('R1.h.2').action.title).toBe(
      'Implementation of the Powys Mental and Emotional Health Strategy\nTo include:\n• Implementation plan\n• Training of the workforce\n• Mechanisms for continued support/supervision'
    );
  });
});

describe('bad rows in an actions file', () => {
  const header = [...LAYOUT_COLUMNS.actions];
  const row = (values: Partial<Record<string, string>>): string[] => header.map((column) => values[column] || '');
  const base = { Plan: SEP, 'Objective Ref': '1', Ref: '1.a.', Title: 'Close the gap', Owner: 'IB' };
  const table = tableOf(
    header,
    row(base),
    row({ ...base, Ref: '1.b.', 'End Date': '31/13/2019', 'Financial Year': '2017-18', Quarter: 'Q4', Status: 'Purple' }),
    row({ Plan: SEP, 'Objective Ref': '1', Ref: '1.c.' }),
    row({ ...base, Title: 'Another title, same ref' }),
    row({ ...base, Ref: '1.d.', Quarter: 'Q5', Status: 'Red', Progress: 'Behind', 'Remedial Action': 'Catch up' }),
    row({ ...base, Ref: '1.e.', 'Start Date': 'Sep 2019', 'End Date': 'Jul 2019', Owner: 'ib@' }),
    row({ ...base, Ref: '1.f.', 'End Date': 'Ongoing', Progress: 'Started' }),
    row({ ...base, Ref: '1.g.', 'Financial Year': '2017-19', Quarter: 'Q1', Status: 'G' })
  );
  const result = parseImport(table);

  test('every problem is reported with its row and column, in row order', () => {
    expect(result.kind).toBe('actions');
    expect(result.errors.map(formatProblem)).toEqual([
      'row 3, column "End Date": "31/13/2019" is not a date',
      'row 3, column "Status": "Purple" is not a status: use Blue, Green, Amber, Red, Not due or n/a (withdrawn)',
      'row 4, column "Title": the cell is empty, but every action needs a title',
      'row 4, column "Owner": the cell is empty, but every action needs an owner',
      'row 5, column "Ref": action "1.a." of plan "Strategic Equality Plan 2016-20" is also on row 2: each may appear only once in a file',
      'row 6, column "Financial Year": the cell is empty, but the row has an update (Quarter, Status, Progress, Remedial Action), which needs its financial year',
      'row 6, column "Quarter": "Q5" is not a quarter: use Q1, Q2, Q3 or Q4',
      'row 7, column "Owner": "ib@" is not a valid e-mail address',
      'row 7, column "End Date": "Jul 2019" is before the start date (2019-09-01)',
      'row 8, column "Financial Year": the cell is empty, but the row has an update (Progress), which needs its financial year',
      'row 8, column "Quarter": the cell is empty, but the row has an update (Progress), which needs its quarter',
      'row 8, column "Status": the cell is empty, but the row has an update (Progress), which needs a status',
      'row 9, column "Financial Year": "2017-19" is not a financial year: write it like 2017-18'
    ]);
  });

  test('each problem carries the cell as the file held it', () => {
    expect(result.errors[0]).toEqual({ row: 3, column: 'End Date', value: '31/13/2019', message: '"31/13/2019" is not a date' });
  });

  test('only the valid rows come back, for the preview; "Ongoing" is a warning', () => {
    expect(result.rows.map((item) => item.rowNumber)).toEqual([2]);
    expect(result.warnings.map(formatProblem)).toEqual([
      'row 8, column "End Date": "Ongoing" is not a date, so the item is imported without one'
    ]);
  });
});

describe('what an imported update should carry (SPEC §4.2) comes back as warnings', () => {
  const header = [...LAYOUT_COLUMNS.actions];
  const row = (values: Partial<Record<string, string>>): string[] => header.map((column) => values[column] || '');
  const base = { Plan: SEP, 'Objective Ref': '1', Title: 'Close the gap', Owner: 'IB', 'Financial Year': '2017/18', Quarter: '4' };

  test.each([
    ['Red', {}, [
      'row 2, column "Progress": a Red update should explain what has happened; it is imported without one',
      'row 2, column "Remedial Action": a Red update should say what will be done to recover; it is imported without one'
    ]],
    ['A', { Progress: 'Slipped', 'Remedial Action': 'Extra sessions booked' }, []],
    ['Complete', {}, ['row 2, column "Evidence": a Blue (complete) update should carry evidence of completion; it is imported without one']],
    ['n/a', {}, ['row 2, column "Progress": a withdrawn action should give its reason in Progress; it is imported without one']],
    ['Not due', {}, []],
    ['Green', {}, []]
  ])('status "%s" with %p', (status, cells, warnings) => {
    const result = parseImport(tableOf(header, row({ ...base, Ref: '1.a.', Status: status, ...cells })));
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual(warnings);
    expect(result.rows).toHaveLength(1);
  });

  test('"2017/18" and "4" are read as 2017-18 Q4', () => {
    const result = parseImport(tableOf(header, row({ ...base, Ref: '1.a.', Status: 'G' })));
    const update = result.kind === 'actions' ? result.rows[0].update : undefined;
    expect(update && [update.financialYear, update.quarter, update.status, update.reviewState]).toEqual(['2017-18', 'Q4', 'Green', 'Approved']);
  });

  test('without an update, Evidence belongs to the action', () => {
    const result = parseImport(tableOf(header, row({ Plan: SEP, 'Objective Ref': '1', Ref: '1.a.', Title: 'Close the gap', Owner: 'IB', Evidence: 'Minutes' })));
    expect(result.kind === 'actions' && [result.rows[0].action.evidence, result.rows[0].update]).toEqual(['Minutes', undefined]);
  });
});
