import { emptyActionCounts, emptyMeasureCounts } from '../../../src/domain/reporting/atAGlance';
import { buildHeadlines, HeadlineFacts } from '../../../src/domain/reporting/headlines';
import { ActionCounts, MeasureCounts, OverdueItem, ReportChallenge } from '../../../src/domain/reporting/reportDocument';

function actions(counts: Partial<ActionCounts>): ActionCounts {
  const all = { ...emptyActionCounts(), ...counts };
  all.total = all.Blue + all.Green + all.Amber + all.Red + all.NoUpdate + all.NotDue + all.Withdrawn;
  return all;
}

function measures(counts: Partial<MeasureCounts>): MeasureCounts {
  const all = { ...emptyMeasureCounts(), ...counts };
  all.total = all.Green + all.Amber + all.Red + all.NoData + all.NotDue;
  return all;
}

function overdue(itemType: OverdueItem['itemType'], n: number): OverdueItem[] {
  return Array.from({ length: n }, (_, i) => ({
    itemType, itemRef: `1.${i}.`, owner: 'IB', dueDate: '2018-03-31', title: 'Late', ownerEmail: null, daysOverdue: 1
  }));
}

function challenges(critical: number, important: number): ReportChallenge[] {
  const one = (severity: ReportChallenge['severity'], i: number): ReportChallenge => ({
    ref: `Q4E0${i}`, severity, itemType: 'action', itemRef: `1.${i}.`, reason: '', title: '', objectiveRef: '1',
    status: 'Red', reasons: [], consecutiveQuarters: 1, remedialResponse: null
  });
  return Array.from({ length: critical }, (_, i) => one('critical', i)).concat(Array.from({ length: important }, (_, i) => one('important', i)));
}

function facts(partial: Partial<HeadlineFacts>): HeadlineFacts {
  return { actions: actions({}), measures: measures({}), overdue: [], challenges: [], ...partial };
}

describe('planned work headline', () => {
  test.each<[string, Partial<ActionCounts>, string]>([
    // 5 of 7 = 71.43%: the spare point goes to the larger remainder (28.57 → 29), so 71.
    ['SPEC §6 example row', { Blue: 1, Green: 4, Amber: 2 }, '71% of planned work is blue or green'],
    ['not due and withdrawn actions are not planned work', { Blue: 1, Green: 2, Amber: 1, NotDue: 3, Withdrawn: 2 }, '75% of planned work is blue or green'],
    ['a missing update counts against planned work', { Green: 3, NoUpdate: 1 }, '75% of planned work is blue or green'],
    ['all on track', { Green: 2 }, '100% of planned work is blue or green'],
    ['none on track', { Red: 1, Amber: 1 }, '0% of planned work is blue or green'],
    ['nothing planned', { NotDue: 2, Withdrawn: 1 }, 'No planned work is in progress this quarter']
  ])('%s', (_name, counts, expected) => {
    expect(buildHeadlines(facts({ actions: actions(counts) }))[0]).toBe(expected);
  });
});

describe('measures headline', () => {
  test.each<[string, Partial<MeasureCounts>, string]>([
    ['the SPEC example', { Green: 9, Amber: 8, Red: 3 }, 'Out of 20 measures 9 (45%) met target; 8 (40%) missed it, 3 (15%) by more than the tolerance'],
    ['one measure is singular', { Green: 1 }, 'Out of 1 measure 1 (100%) met target; 0 (0%) missed it, 0 (0%) by more than the tolerance'],
    ['thirds add up to 100', { Green: 1, Amber: 1, Red: 1 }, 'Out of 3 measures 1 (34%) met target; 1 (33%) missed it, 1 (33%) by more than the tolerance'],
    ['measures without data or not due are left out of the count', { Green: 1, Red: 1, NoData: 5, NotDue: 2 }, 'Out of 2 measures 1 (50%) met target; 0 (0%) missed it, 1 (50%) by more than the tolerance']
  ])('%s', (_name, counts, expected) => {
    expect(buildHeadlines(facts({ measures: measures(counts) }))[1]).toBe(expected);
  });

  test.each<[number, string]>([
    [1, '1 measure has no data this quarter'],
    [2, '2 measures have no data this quarter']
  ])('%i measures without data', (noData, expected) => {
    expect(buildHeadlines(facts({ measures: measures({ NoData: noData }) }))).toContain(expected);
  });

  test('no measures, no measure sentences', () => {
    expect(buildHeadlines(facts({})).some((line) => /measure/.test(line))).toBe(false);
  });
});

describe('overdue, missing update and challenge headlines', () => {
  test.each<[number, string]>([
    [0, 'No actions are overdue'],
    [1, '1 action is overdue'],
    [3, '3 actions are overdue']
  ])('%i overdue actions', (n, expected) => {
    expect(buildHeadlines(facts({ overdue: overdue('action', n) }))).toContain(expected);
  });

  test.each<[number, string]>([
    [1, '1 milestone is overdue'],
    [2, '2 milestones are overdue']
  ])('%i overdue milestones', (n, expected) => {
    expect(buildHeadlines(facts({ overdue: overdue('milestone', n) }))).toContain(expected);
  });

  test('no milestone sentence when none is overdue', () => {
    expect(buildHeadlines(facts({})).some((line) => /milestone/.test(line))).toBe(false);
  });

  test.each<[number, string]>([
    [1, '1 action has no update this quarter'],
    [4, '4 actions have no update this quarter']
  ])('%i actions without update', (n, expected) => {
    expect(buildHeadlines(facts({ actions: actions({ NoUpdate: n }) }))).toContain(expected);
  });

  test.each<[number, number, string]>([
    [0, 0, 'No performance challenges this quarter'],
    [1, 0, '1 performance challenge, critical'],
    [3, 0, '3 performance challenges, all critical'],
    [0, 2, '2 performance challenges, all important'],
    [2, 1, '3 performance challenges: 2 critical and 1 important']
  ])('%i critical and %i important challenges', (critical, important, expected) => {
    expect(buildHeadlines(facts({ challenges: challenges(critical, important) }))).toContain(expected);
  });
});

test('headlines come in a fixed order', () => {
  expect(
    buildHeadlines({
      actions: actions({ Blue: 1, Green: 2, Amber: 0, NoUpdate: 1 }),
      measures: measures({ Green: 1, Amber: 1, NoData: 1 }),
      overdue: overdue('action', 1).concat(overdue('milestone', 2)),
      challenges: challenges(0, 1)
    })
  ).toEqual([
    '75% of planned work is blue or green',
    'Out of 2 measures 1 (50%) met target; 1 (50%) missed it, 0 (0%) by more than the tolerance',
    '1 measure has no data this quarter',
    '1 action has no update this quarter',
    '1 action is overdue',
    '2 milestones are overdue',
    '1 performance challenge, important'
  ]);
});
