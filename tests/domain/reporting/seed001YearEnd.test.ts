import { Action, Measure, MeasureValue, Update } from '../../../src/domain/model';
import { buildReport, ReportDocument } from '../../../src/domain/reporting';
import { measure } from './reportBuilders';
import {
  SEED_001_ACTIONS,
  SEED_001_MEASURES,
  SEED_001_OBJECTIVES,
  SEED_001_SUMMARY,
  SeedMeasureStatus
} from '../../fixtures/seed001YearEnd';

/**
 * Seed 001's year-end (2017-18 Q4) statuses, fed through the real report path: each action gets
 * an approved Q4 update with its status; each measure gets a value that reproduces its RAG
 * against a target of 100, higher is better, 10% tolerance (100 Green, 95 Amber, 50 Red, none
 * NoData).
 *
 * Actions counted by hand from the document, item by item (fixture notes say how each
 * unreferenced or misread row was placed):
 *
 * | obj | Blue        | Green                              | Amber         | Red       | Withdrawn      | total |
 * |-----|-------------|------------------------------------|---------------|-----------|----------------|-------|
 * | 1   | 1 (1.e.)    | 4 (1.a. KiVa, 1.b., 1.c., 1.f.ii)  | 2 (1.d., 1.f.i)| 0        | 0              | 7     |
 * | 2   | 0           | 3 (2.f., 2.g., 2.h.)               | 2 (2.b., 2.e.)| 0         | 0              | 5     |
 * | 3   | 1 (3.j.)    | 5 (3.a., 3.b., 3.d., 3.e., 3.g.)   | 2 (3.f., 3.i.)| 1 (3.c.)  | 0              | 9     |
 * | 4   | 1 (4.d.)    | 0                                  | 0             | 1 (4.a.)  | 0              | 2     |
 * | 5   | 1 (5.c.)    | 5 (5.a., 5.d., 5.f., 5.h., 5.i.)   | 0             | 0         | 0              | 6     |
 * | 6   | 0           | 1 (6.a.)                           | 0             | 0         | 2 (6.b.i, ii)  | 3     |
 * | 7   | 0           | 0                                  | 1 (7.b.)      | 1 (7.a.ii)| 0              | 2     |
 * | all | 4           | 18                                 | 7             | 3         | 2              | 34    |
 *
 * Differences from the document's own summary table (lines 3–10):
 * - Objective 3: the items give Blue 1 (3.j., "Blue" on line 101) and Amber 2 (3.f., 3.i.);
 *   the summary says Blue 0, Amber 3. Same 9 actions: one item (most likely 3.j., which met
 *   its pledge) is Amber in the summary but Blue in the detail.
 * - So the Total row differs too: items Blue 4, Amber 7; summary Blue 3, Amber 8.
 * - Objective 1 matches (Green 4) only because the unreferenced KiVa row (line 43) is read as
 *   action 1.a.; taken literally, the detail lists 3 Green actions under objective 1.
 * - Objective 6's two withdrawn actions (6.b.i, 6.b.ii, "n/a") have no column in the summary.
 *
 * The summary counts actions only: its row totals equal each objective's count of B/G/A/R
 * actions for all seven objectives (7, 5, 9, 2, 6, 1, 2), while adding the measures that carry
 * a colour would give 27, 11, 17, 5, 13, 1, 7 (objective 4 alone would be 3 blue and 2 Red).
 *
 * Measures counted by hand ("blue" → Green; "n/a" and an empty status → NoData):
 *
 * | obj | Green | Amber | Red | NoData | total |
 * |-----|-------|-------|-----|--------|-------|
 * | 1   | 10    | 8     | 2   | 2      | 22    |
 * | 2   | 4     | 0     | 2   | 1      | 7     |
 * | 3   | 5     | 2     | 1   | 1      | 9     |
 * | 4   | 2     | 0     | 1   | 0      | 3     |
 * | 5   | 6     | 1     | 0   | 2      | 9     |
 * | 6   | 0     | 0     | 0   | 0      | 0     |
 * | 7   | 2     | 2     | 1   | 0      | 5     |
 * | all | 29    | 13    | 7   | 6      | 55    |
 */

const VALUE_FOR: Record<SeedMeasureStatus, number | undefined> = { Green: 100, Amber: 95, Red: 50, NoData: undefined };

function uniqueMeasureRefs(): string[] {
  const seen = new Map<string, number>();
  const totals = new Map<string, number>();
  SEED_001_MEASURES.forEach((item) => totals.set(item.itemRef, (totals.get(item.itemRef) || 0) + 1));
  return SEED_001_MEASURES.map((item) => {
    const n = (seen.get(item.itemRef) || 0) + 1;
    seen.set(item.itemRef, n);
    return (totals.get(item.itemRef) || 0) > 1 ? `${item.itemRef}#${n}` : item.itemRef;
  });
}

function seedReport(): ReportDocument {
  const actions: Action[] = SEED_001_ACTIONS.map((item) => ({
    ref: item.itemRef,
    objectiveRef: item.objectiveRef,
    title: item.title,
    owner: { name: item.owner || '' },
    delegates: []
  }));
  const updates: Update[] = SEED_001_ACTIONS.map((item) => ({
    actionRef: item.itemRef,
    financialYear: '2017-18',
    quarter: 'Q4',
    status: item.status,
    progress: `Seed 001 line ${item.line}`,
    reviewState: 'Approved'
  }));
  const refs = uniqueMeasureRefs();
  const measures: Measure[] = SEED_001_MEASURES.map((item, i) => measure(refs[i], item.objectiveRef, { title: item.title }));
  const measureValues: MeasureValue[] = SEED_001_MEASURES.map((item, i) => ({
    measureRef: refs[i],
    financialYear: '2017-18',
    period: 'Q4',
    value: VALUE_FOR[item.status],
    note: VALUE_FOR[item.status] === undefined ? item.typed || 'No status given' : undefined
  }));
  return buildReport({
    plan: {
      title: 'Powys County Council Strategic Equality Plan 2016-20',
      type: 'Strategic Equality Plan',
      firstYear: '2016-17',
      lastYear: '2019-20',
      status: 'Active',
      allowChangeRequests: true
    },
    period: { financialYear: '2017-18', quarter: 'Q4' },
    asOf: '2018-08-28',
    updatesDue: '2018-04-16',
    objectives: SEED_001_OBJECTIVES.map((o) => ({ ref: o.ref, title: o.title, leads: [] })),
    actions,
    updates,
    measures,
    measureValues,
    milestones: [],
    risks: []
  });
}

const report = seedReport();
const row = (ref: string) => report.atAGlance.rows.filter((r) => r.objectiveRef === ref)[0];

describe('seed 001 year end 2017-18: actions at a glance, counted item by item', () => {
  test.each<[string, number, number, number, number, number, number]>([
    // objective, Blue, Green, Amber, Red, Withdrawn, total — from the hand count above
    ['1', 1, 4, 2, 0, 0, 7],
    ['2', 0, 3, 2, 0, 0, 5],
    ['3', 1, 5, 2, 1, 0, 9],
    ['4', 1, 0, 0, 1, 0, 2],
    ['5', 1, 5, 0, 0, 0, 6],
    ['6', 0, 1, 0, 0, 2, 3],
    ['7', 0, 0, 1, 1, 0, 2]
  ])('objective %s: B %i G %i A %i R %i withdrawn %i of %i', (objectiveRef, blue, green, amber, red, withdrawn, total) => {
    expect(row(objectiveRef).actions).toEqual({
      Blue: blue, Green: green, Amber: amber, Red: red, NoUpdate: 0, NotDue: 0, Withdrawn: withdrawn, total
    });
  });

  test('total row: B 4 G 18 A 7 R 3, 2 withdrawn, 34 actions', () => {
    expect(report.atAGlance.total.actions).toEqual({ Blue: 4, Green: 18, Amber: 7, Red: 3, NoUpdate: 0, NotDue: 0, Withdrawn: 2, total: 34 });
  });

  test('rows are in the plan order 1–7', () => {
    expect(report.atAGlance.rows.map((r) => r.objectiveRef)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  test('the differences from the summary table are exactly those listed above', () => {
    const differences: string[] = [];
    Object.keys(SEED_001_SUMMARY).forEach((key) => {
      const counted = key === 'Total' ? report.atAGlance.total.actions : row(key).actions;
      (['Blue', 'Green', 'Amber', 'Red'] as const).forEach((colour) => {
        if (counted[colour] !== SEED_001_SUMMARY[key][colour]) {
          differences.push(`${key} ${colour}: items ${counted[colour]}, summary ${SEED_001_SUMMARY[key][colour]}`);
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

  test('the summary counts actions only: its row totals equal the B/G/A/R actions of every objective', () => {
    SEED_001_OBJECTIVES.forEach(({ ref }) => {
      const summary = SEED_001_SUMMARY[ref];
      const actions = row(ref).actions;
      expect(summary.Blue + summary.Green + summary.Amber + summary.Red).toBe(actions.Blue + actions.Green + actions.Amber + actions.Red);
    });
  });

  test('adding the coloured measures would not give the summary totals', () => {
    const withMeasures = SEED_001_OBJECTIVES.map(({ ref }) => {
      const { actions, measures } = row(ref);
      return actions.Blue + actions.Green + actions.Amber + actions.Red + measures.Green + measures.Amber + measures.Red;
    });
    expect(withMeasures).toEqual([27, 11, 17, 5, 13, 1, 7]);
  });
});

describe('seed 001 year end 2017-18: measures and the rest of the report', () => {
  test.each<[string, number, number, number, number, number]>([
    ['1', 10, 8, 2, 2, 22],
    ['2', 4, 0, 2, 1, 7],
    ['3', 5, 2, 1, 1, 9],
    ['4', 2, 0, 1, 0, 3],
    ['5', 6, 1, 0, 2, 9],
    ['6', 0, 0, 0, 0, 0],
    ['7', 2, 2, 1, 0, 5]
  ])('objective %s measures: G %i A %i R %i no data %i of %i', (objectiveRef, green, amber, red, noData, total) => {
    expect(row(objectiveRef).measures).toEqual({ Green: green, Amber: amber, Red: red, NoTarget: 0, NoData: noData, NotDue: 0, total });
  });

  test('every row has percentages of its own total that add up to 100 (objective 6 has no measures: all 0)', () => {
    const sum = (percents: Record<string, number>): number => Object.keys(percents).reduce((total, key) => total + percents[key], 0);
    const sums = report.atAGlance.rows.map((r) => [r.objectiveRef, sum(r.percent.actions), sum(r.percent.measures)]);
    expect(sums).toEqual([
      ['1', 100, 100],
      ['2', 100, 100],
      ['3', 100, 100],
      ['4', 100, 100],
      ['5', 100, 100],
      ['6', 100, 0],
      ['7', 100, 100]
    ]);
  });

  test('objective 1 row percentages, by hand', () => {
    // Actions B1 G4 A2 of 7: 14.29, 57.14, 28.57 → the spare point to Amber's .57.
    expect(row('1').percent.actions).toEqual({ Blue: 14, Green: 57, Amber: 29, Red: 0, NoUpdate: 0, NotDue: 0, Withdrawn: 0 });
    // Measures G10 A8 R2 no data 2 of 22: 45.45, 36.36, 9.09, 9.09 → the spare point to Green's .45.
    expect(row('1').percent.measures).toEqual({ Green: 46, Amber: 36, Red: 9, NoTarget: 0, NoData: 9, NotDue: 0 });
  });

  test('headlines', () => {
    expect(report.headlines).toEqual([
      // 22 blue or green of 32 planned (the 2 withdrawn are not planned work): 68.75% → 69%.
      '69% of planned work is blue or green (22 of 32 actions)',
      // 29, 13, 7 of 49: 59.18, 26.53, 14.29 → the spare point to the .53.
      '29 of 49 measures rated against a target met it (59%); 13 missed it within the tolerance (27%) and 7 by more than the tolerance (14%)',
      '6 measures have no data this quarter',
      'No actions are overdue',
      // 3 Red actions; at year end every Amber or Red measure (13 + 7) missed its target.
      '23 performance challenges, all critical'
    ]);
  });

  test('challenge references restart for each objective, actions first', () => {
    const actionChallenges = report.challenges.filter((c) => c.itemType === 'action').map((c) => [c.ref, c.itemRef]);
    expect(actionChallenges).toEqual([
      ['Q4301', '3.c.'],
      ['Q4401', '4.a.'],
      ['Q4701', '7.a.ii']
    ]);
    expect(report.challenges[0]).toMatchObject({ ref: 'Q4101', itemType: 'measure', itemRef: '1.a.#1', reason: 'RED against target this quarter. Target missed at year end.' });
  });
});
