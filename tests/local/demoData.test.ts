import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import {
  ActionImportRow,
  ActionsParseResult,
  ImportParseResult,
  MeasureImportRow,
  MeasuresParseResult,
  MilestoneImportRow,
  MilestonesParseResult,
  parseImport,
  parseImportFile,
  readCsv
} from '../../src/domain/import';
import { measureRag } from '../../src/domain/measures';
import { SEED_001_ACTIONS, SEED_001_SUMMARY } from '../fixtures/seed001YearEnd';

/**
 * The demo data (src/local/demoData, described in its README.md): every CSV is a transcription of
 * a seed council's plan and must go through the real importer with no errors. Warnings are
 * allowed: they are what the documents leave out (a Red row without a remedial action, an
 * "Ongoing" end date), and the product is meant to point them out.
 */

const DIR = join(__dirname, '..', '..', 'src', 'local', 'demoData');
const IMPORTED_ON = '2024-01-01T00:00:00.000Z';

const SEP = 'Powys County Council Strategic Equality Plan 2016-20';
const ESTYN = 'Powys Education Services: Post Inspection Action Plan 2019';
const CUMBRIA = "Cumbria Children's Services Equality Action Plan 2012/13";

function parse(name: string): ImportParseResult {
  const table = readCsv(readFileSync(join(DIR, name), 'utf8'));
  if (!table.ok) {
    throw new Error(`${name} is not readable CSV: ${JSON.stringify(table.problems)}`);
  }
  return parseImport(table.table, { importedOn: IMPORTED_ON });
}

const actions = (name: string): ActionImportRow[] => (parse(name) as ActionsParseResult).rows;
const measures = (name: string): MeasureImportRow[] => (parse(name) as MeasuresParseResult).rows;
const milestones = (name: string): MilestoneImportRow[] => (parse(name) as MilestonesParseResult).rows;

function one<T>(rows: T[], predicate: (row: T) => boolean, what: string): T {
  const found = rows.filter(predicate);
  if (found.length !== 1) {
    throw new Error(`expected one ${what}, found ${found.length}`);
  }
  return found[0];
}

const FILES: [string, ImportParseResult['kind'], number][] = [
  ['cumbria-cs-equality-2012-13-actions.csv', 'actions', 6],
  ['cumbria-cs-equality-2012-13-measures.csv', 'measures', 17],
  ['estyn-piap-2019-actions.csv', 'actions', 66],
  ['estyn-piap-2019-milestones.csv', 'milestones', 74],
  ['sep-2016-20-actions-2017-18.csv', 'actions', 34],
  ['sep-2016-20-actions-2018-19.csv', 'actions', 7],
  // 54 measures for 2017-18 (seed 001) and 14 for 2018-19 (seed 000).
  ['sep-2016-20-measures.csv', 'measures', 68]
];

describe('every demo CSV imports through the real importer', () => {
  test('the folder holds exactly these CSV files', () => {
    const names = readdirSync(DIR).filter((name) => /\.csv$/i.test(name)).sort();
    expect(names).toEqual(FILES.map(([name]) => name));
  });

  test.each(FILES)('%s: %s, no errors, %i rows', (name, kind, rows) => {
    const result = parse(name);
    expect(result.errors).toEqual([]);
    expect(result.kind).toBe(kind);
    expect(result.rows).toHaveLength(rows);
    // The same through the byte-level entry local mode uses (UTF-8: £, –, • survive).
    const fromBytes = parseImportFile(name, readFileSync(join(DIR, name)), { importedOn: IMPORTED_ON });
    expect(fromBytes.errors).toEqual([]);
    expect(fromBytes.rows).toEqual(result.rows);
  });

  test('each file holds one plan', () => {
    const plans = (name: string): string[] => Array.from(new Set((parse(name).rows as { plan: string }[]).map((row) => row.plan)));
    FILES.forEach(([name]) => {
      const expected = name.startsWith('sep-') ? SEP : name.startsWith('estyn-') ? ESTYN : CUMBRIA;
      expect(plans(name)).toEqual([expected]);
    });
  });
});

describe('Strategic Equality Plan 2017-18 year end (seed 001)', () => {
  const rows = actions('sep-2016-20-actions-2017-18.csv');

  /**
   * Counted by hand from seed 001, item by item (the same reading as tests/fixtures/seed001YearEnd.ts):
   *
   * | obj | Blue        | Green                              | Amber          | Red        | Withdrawn      | total |
   * |-----|-------------|------------------------------------|----------------|------------|----------------|-------|
   * | 1   | 1 (1.e.)    | 4 (1.a. KiVa, 1.b., 1.c., 1.f.ii)  | 2 (1.d., 1.f.i)| 0          | 0              | 7     |
   * | 2   | 0           | 3 (2.f., 2.g., 2.h.)               | 2 (2.b., 2.e.) | 0          | 0              | 5     |
   * | 3   | 1 (3.j.)    | 5 (3.a., 3.b., 3.d., 3.e., 3.g.)   | 2 (3.f., 3.i.) | 1 (3.c.)   | 0              | 9     |
   * | 4   | 1 (4.d.)    | 0                                  | 0              | 1 (4.a.)   | 0              | 2     |
   * | 5   | 1 (5.c.)    | 5 (5.a., 5.d., 5.f., 5.h., 5.i.)   | 0              | 0          | 0              | 6     |
   * | 6   | 0           | 1 (6.a.)                           | 0              | 0          | 2 (6.b.i, ii)  | 3     |
   * | 7   | 0           | 0                                  | 1 (7.b.)       | 1 (7.a.ii) | 0              | 2     |
   * | all | 4           | 18                                 | 7              | 3          | 2              | 34    |
   */
  const HAND_COUNT: Record<string, [number, number, number, number, number]> = {
    '1': [1, 4, 2, 0, 0],
    '2': [0, 3, 2, 0, 0],
    '3': [1, 5, 2, 1, 0],
    '4': [1, 0, 0, 1, 0],
    '5': [1, 5, 0, 0, 0],
    '6': [0, 1, 0, 0, 2],
    '7': [0, 0, 1, 1, 0]
  };
  const COLOURS = ['Blue', 'Green', 'Amber', 'Red', 'Withdrawn'] as const;

  function counted(objectiveRef?: string): number[] {
    const items = rows.filter((row) => objectiveRef === undefined || row.objectiveRef === objectiveRef);
    return COLOURS.map((colour) => items.filter((row) => row.update && row.update.status === colour).length);
  }

  test('every row is a 2017-18 Q4 update, recorded as approved', () => {
    rows.forEach((row) => {
      expect(row.update).toMatchObject({ financialYear: '2017-18', quarter: 'Q4', reviewState: 'Approved', submittedOn: IMPORTED_ON });
    });
  });

  test.each(Object.keys(HAND_COUNT))('objective %s: B/G/A/R/withdrawn as counted by hand', (objectiveRef) => {
    expect(counted(objectiveRef)).toEqual(HAND_COUNT[objectiveRef]);
  });

  test('all objectives: B 4, G 18, A 7, R 3, withdrawn 2 (34 actions)', () => {
    expect(counted()).toEqual([4, 18, 7, 3, 2]);
  });

  test("the differences from 001's hand-typed summary table are exactly those in the README", () => {
    const differences: string[] = [];
    Object.keys(SEED_001_SUMMARY).forEach((key) => {
      const items = counted(key === 'Total' ? undefined : key);
      (['Blue', 'Green', 'Amber', 'Red'] as const).forEach((colour, index) => {
        if (items[index] !== SEED_001_SUMMARY[key][colour]) {
          differences.push(`${key} ${colour}: items ${items[index]}, summary ${SEED_001_SUMMARY[key][colour]}`);
        }
      });
    });
    expect(differences).toEqual([
      '3 Blue: items 1, summary 0',
      '3 Amber: items 2, summary 3',
      'Total Blue: items 4, summary 3',
      'Total Amber: items 7, summary 8'
    ]);
  });

  test('refs and statuses agree with the item-by-item reading in tests/fixtures/seed001YearEnd.ts', () => {
    expect(rows.map((row) => row.action.ref).sort()).toEqual(SEED_001_ACTIONS.map((item) => item.itemRef).sort());
    SEED_001_ACTIONS.forEach((item) => {
      const row = one(rows, (r) => r.action.ref === item.itemRef, `action ${item.itemRef}`);
      expect([row.objectiveRef, row.update && row.update.status]).toEqual([item.objectiveRef, item.status]);
      const people = [row.action.owner, ...row.action.delegates].map((person) => person.name).join(' / ');
      // 3.i. has no owner in the document: filled with MS, the owner of its measure (README).
      expect(people).toBe(item.owner === undefined ? 'MS' : item.owner);
    });
  });

  test('a long progress text with commas and a line break is kept whole', () => {
    const kiva = one(rows, (row) => row.action.ref === '1.a.', '1.a.');
    expect(kiva.update && kiva.update.progress).toBe(
      '49 schools trained and 8 schools that have already implemented KiVa are sending further staff for training as the original staff trained have left. ' +
        'This year it looks as if we are more at a maintenance stage as no new schools have opted to join the training and take up Kiva. ' +
        '60% of schools have been trained since 2014 entirely on a voluntary basis. ' +
        'There is a lot of work to be done in terms of maintenance as inevitably head teachers and KiVa leads will move on and there is a need to offer the facility for staff from existing KiVa schools to send new staff to the training in order to keep Kiva alive. ' +
        'Detailed evaluation report attached shows significant reductions in bullying and victimisation in KiVa schools.\n' +
        'A clinical doctoral student is undertaking a doctoral research project on KiVa in Powys and using a linear sequential mixed methods model. ' +
        'The data shows schools with highest level of poverty and Additional Learning Needs initially report highest level of bullying but show most significant reduction following implementation of KiVa. ' +
        'The qualitative phase of the research is underway and will be reported in the summer.'
    );
    expect(kiva.action.owner).toEqual({ name: 'SE (Powys Teaching Health Board)' });
    expect(kiva.action.delegates).toEqual([{ name: 'JM' }]);
    const learningDisability = one(rows, (row) => row.action.ref === '2.b.', '2.b.');
    expect(learningDisability.update && learningDisability.update.progress).toMatch(
      /^Clients have been supported in a variety of ways to access employment routes, obtain paid work and maintain their jobs, as follows: > Providing information/
    );
    expect(learningDisability.update && learningDisability.update.progress).toMatch(/review meeting set to discuss\.$/);
    expect(learningDisability.action.owner).toEqual({ name: 'DM' });
  });

  test('withdrawn actions keep their reason; quotes inside a cell survive', () => {
    const withdrawn = one(rows, (row) => row.action.ref === '6.b.i', '6.b.i');
    expect(withdrawn.update && withdrawn.update.withdrawnReason).toMatch(/so withdrawn from the Strategic Equality Plan\.$/);
    const homelessness = one(rows, (row) => row.action.ref === '3.d.', '3.d.');
    expect(homelessness.update && homelessness.update.progress).toMatch(/^The "Homelessness Project" morphed in 2017/);
    const pay = one(rows, (row) => row.action.ref === '2.h.', '2.h.');
    expect(pay.update && pay.update.evidence).toBe('http://www.powys.gov.uk/en/equalities/equalities-and-fairness-at-the-council/');
  });
});

describe('Strategic Equality Plan 2018-19 year end (seed 000)', () => {
  const rows = actions('sep-2016-20-actions-2018-19.csv');

  test('seven activities, each a 2018-19 Q4 Amber update (000 gives no status; README)', () => {
    expect(rows.map((row) => row.action.ref)).toEqual(['1.d.', '2.g.', '2.h.', '3.c.', '3.i.', '4.x.', '7.b.']);
    rows.forEach((row) => expect(row.update).toMatchObject({ financialYear: '2018-19', quarter: 'Q4', status: 'Amber' }));
  });

  test('issue, remedial action and officers as 000 prints them', () => {
    const webcasting = one(rows, (row) => row.action.ref === '4.x.', '4.x.');
    expect(webcasting.action.title).toBe('Pilot and promote key scrutiny meetings via webcasting');
    expect(webcasting.action.serviceArea).toBe('Legal and Democratic Services');
    expect(webcasting.action.owner).toEqual({ name: 'Jan Coles' });
    expect(webcasting.action.delegates).toEqual([{ name: 'Clive Pinney' }]);
    expect(webcasting.update && webcasting.update.issue).toBe(
      'The cost of webcasting has been reviewed as part of establishing a new contract from 1st April. Due to the cost, only the Council and Cabinet meetings are to be webcast.'
    );
    expect(webcasting.update && webcasting.update.remedialAction).toBe(
      'Alternative options to current method of webcasting to be investigated during 2019-20. (By when: March 2020)'
    );
    const cohesion = one(rows, (row) => row.action.ref === '7.b.', '7.b.');
    expect(cohesion.objectiveRef).toBe('7');
    expect(cohesion.action.owner).toEqual({ name: 'Mid and West Wales Regional Community Cohesion co-ordinator' });
  });
});

describe('Strategic Equality Plan measures', () => {
  const rows = measures('sep-2016-20-measures.csv');
  const find = (ref: string, year: string): MeasureImportRow => one(rows, (row) => row.measure.ref === ref && row.measure.financialYear === year, `${ref} ${year}`);
  const rag = (row: MeasureImportRow): string => measureRag(row.measure, 'Annual', row.values[0] && row.values[0].value);

  test('54 rows for 2017-18 and 14 for 2018-19', () => {
    expect(rows.filter((row) => row.measure.financialYear === '2017-18')).toHaveLength(54);
    expect(rows.filter((row) => row.measure.financialYear === '2018-19')).toHaveLength(14);
  });

  test("a target and actual from 000: FSM pupils' Foundation Phase Indicator, 82% against 68.6%, Red", () => {
    const fsm = find('1.a.i', '2018-19');
    expect(fsm.measure).toMatchObject({ unit: '%', polarity: 'High', frequency: 'Annual', target: { lower: 82, upper: 82 }, priorYearActual: 71.7, owner: { name: 'Alec Clark' } });
    expect(fsm.values).toEqual([{ measureRef: '1.a.i', financialYear: '2018-19', period: 'Annual', value: 68.6 }]);
    expect(rag(fsm)).toBe('Red');
  });

  test("001's provisional figure keeps its remark; its Wales comparator is kept", () => {
    expect(find('1.a.i', '2017-18').values).toEqual([{ measureRef: '1.a.i', financialYear: '2017-18', period: 'Annual', value: 71.7, note: 'provisional' }]);
    expect(find('1.b.ii', '2017-18').measure.comparator).toEqual({ label: 'Wales', value: 65.3 });
  });

  test('a lower-is-better target of zero: 0.325% of Year 11 LAC pupils without a qualification is Red', () => {
    const leavers = find('1.e.ii', '2018-19');
    expect(leavers.measure).toMatchObject({ polarity: 'Low', target: { lower: 0, upper: 0 } });
    expect(leavers.values[0].value).toBe(0.325);
    expect(rag(leavers)).toBe('Red');
  });

  test('3.g. WHQS: 1173 of 2600 elemental improvements is Red, though 001 typed Green (README)', () => {
    const whqs = find('3.g.', '2017-18');
    expect(whqs.measure.target).toEqual({ lower: 2600, upper: 2600 });
    expect(whqs.values[0].value).toBe(1173);
    expect(rag(whqs)).toBe('Red');
  });

  test('quarterly values where 001 gives them: 3.b. 34 in Oct–Dec, 59 in Jan–Mar', () => {
    expect(find('3.b.', '2017-18').values.map((value) => [value.period, value.value])).toEqual([['Q3', 34], ['Q4', 59]]);
  });

  test('a cell with no figure is kept as a note: 1.d.iv, 2.g.', () => {
    expect(find('1.d.iv', '2017-18').values).toEqual([{ measureRef: '1.d.iv', financialYear: '2017-18', period: 'Annual', note: 'Average Point score 284' }]);
    const recruitment = find('2.g.', '2017-18').values[0];
    expect(recruitment.value).toBeUndefined();
    expect(recruitment.note).toBe('n/a: No systems in place to report on this measure. The measure has been revised for the 18-19 SEP.');
  });
});

describe('Cumbria Children’s Services Equality Action Plan 2012/13 (seed 003)', () => {
  test('six objectives, one action each, reported at 2012-13 Q3', () => {
    const rows = actions('cumbria-cs-equality-2012-13-actions.csv');
    expect(rows.map((row) => [row.action.ref, row.update && row.update.status])).toEqual([
      ['4.3.1', 'Red'], ['4.3.2', 'Green'], ['4.3.3', 'Green'], ['4.3.4', 'Amber'], ['4.3.5', 'Amber'], ['4.3.6', 'Amber']
    ]);
    rows.forEach((row) => expect(row.update).toMatchObject({ financialYear: '2012-13', quarter: 'Q3' }));
    expect(one(rows, (row) => row.action.ref === '4.3.1', '4.3.1').action.endDate).toBe('2013-03-31');
  });

  test('16.3% of staff trained against 75% by 31 March 2013; GRT KS2 47% against 12.4% in 2011', () => {
    const rows = measures('cumbria-cs-equality-2012-13-measures.csv');
    const training = one(rows, (row) => row.measure.ref === '4.3.1', '4.3.1');
    expect(training.measure).toMatchObject({ target: { lower: 75, upper: 75 }, aggregation: 'Cumulative', frequency: 'Quarterly' });
    expect(training.values).toEqual([{ measureRef: '4.3.1', financialYear: '2012-13', period: 'Q3', value: 16.3 }]);
    expect(measureRag(training.measure, 'Q3', 16.3)).toBe('Red');
    const traveller = one(rows, (row) => row.measure.ref === '4.3.2', '4.3.2');
    expect([traveller.measure.priorYearActual, traveller.values[0].value]).toEqual([12.4, 47]);
    const readingGap = one(rows, (row) => row.measure.ref === '4.3.3.iii', '4.3.3.iii');
    expect(readingGap.measure).toMatchObject({ polarity: 'Low', priorYearActual: 9, comparator: { label: 'National gap', value: 6 } });
    expect(readingGap.values[0].value).toBe(7);
  });
});

describe('Estyn Post Inspection Action Plan 2019 (seed 004)', () => {
  const rows = actions('estyn-piap-2019-actions.csv');
  const dated = milestones('estyn-piap-2019-milestones.csv');
  const action = (ref: string): ActionImportRow => one(rows, (row) => row.action.ref === ref, ref);

  test('all five recommendations and their 22 priorities, with the action counts as printed', () => {
    const perPriority: Record<string, number> = {};
    rows.forEach((row) => { perPriority[row.objectiveRef] = (perPriority[row.objectiveRef] || 0) + 1; });
    expect(perPriority).toEqual({
      'R1.a': 2, 'R1.b': 1, 'R1.c': 2, 'R1.d': 2, 'R1.e': 1, 'R1.f': 1, 'R1.g': 1, 'R1.h': 2,
      'R2.a': 3, 'R2.b': 5, 'R2.c': 3, 'R2.d': 3,
      'R3.a': 4, 'R3.b': 8, 'R3.c': 6,
      'R4.a': 5, 'R4.b': 2, 'R4.c': 4, 'R4.d': 1, 'R4.e': 2,
      'R5.a': 3, 'R5.b': 5
    });
  });

  test('a new plan: no action carries an update', () => {
    rows.forEach((row) => expect(row.update).toBeUndefined());
  });

  test('start and end dates as given: "4 Nov 2019" and "Dec 2019"; "Sep 2019" to "Jul 2021"', () => {
    expect(action('R1.e.1').action).toMatchObject({ startDate: '2019-11-04', endDate: '2019-12-31', owner: { name: 'ALN1' } });
    expect(action('R1.a.1').action).toMatchObject({
      startDate: '2019-09-01', endDate: '2021-07-31', owner: { name: 'CA1' }, delegates: [{ name: 'CA4' }], serviceArea: 'Education'
    });
    expect(action('R2.a.2').action.endDate).toBeUndefined();
  });

  test('dated milestones of R1.a.1: Dec 2019 and April 2021 are due on the last day of the month', () => {
    const r1a1 = dated.filter((row) => row.milestone.actionRef === 'R1.a.1').map((row) => row.milestone);
    expect(r1a1).toHaveLength(5);
    expect(r1a1[0]).toEqual({
      actionRef: 'R1.a.1',
      title: 'North Powys OLEVI programme and sharing of good practice within conference, training and senior leader agenda items.',
      dueDate: '2019-12-31'
    });
    expect(r1a1[4]).toEqual({ actionRef: 'R1.a.1', title: 'In school variation in T & L and pedagogical principles decreasing.', dueDate: '2021-04-30' });
  });

  test('every milestone belongs to an action of the plan; R3 has none (its monitoring lines are undated)', () => {
    const refs = new Set(rows.map((row) => row.action.ref));
    dated.forEach((row) => expect(refs.has(row.milestone.actionRef)).toBe(true));
    expect(dated.filter((row) => row.milestone.actionRef.startsWith('R3.'))).toEqual([]);
  });

  test('several lead officers in one cell: the first owns, the rest are delegates', () => {
    expect(action('R1.h.1').action).toMatchObject({
      owner: { name: 'PEP' }, delegates: [{ name: 'HoC' }, { name: 'SP' }, { name: 'SCM' }, { name: 'CA4' }]
    });
  });
});
