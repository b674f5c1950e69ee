import { ActionStatus, Rag } from '../../../src/domain/model';
import { actionBucketOf, buildAtAGlance, countActions, countMeasures } from '../../../src/domain/reporting/atAGlance';
import { objective } from './reportBuilders';

describe('at a glance columns', () => {
  test.each<[ActionStatus, string]>([
    ['Blue', 'Blue'],
    ['Green', 'Green'],
    ['Amber', 'Amber'],
    ['Red', 'Red'],
    ['NotDue', 'NotDue'],
    ['Withdrawn', 'Withdrawn'],
    ['NoUpdate', 'NoUpdate'],
    ['AwaitingUpdate', 'NoUpdate']
  ])('an action %s counts under %s', (status, column) => {
    expect(actionBucketOf(status)).toBe(column);
  });

  test('counts actions per column with their total', () => {
    expect(countActions(['Green', 'Green', 'AwaitingUpdate', 'NoUpdate', 'Withdrawn'])).toEqual({
      Blue: 0, Green: 2, Amber: 0, Red: 0, NoUpdate: 2, NotDue: 0, Withdrawn: 1, total: 5
    });
  });

  test('counts measures per RAG with their total', () => {
    expect(countMeasures(['Green', 'Red', 'NoData', 'NoData'])).toEqual({ Green: 1, Amber: 0, Red: 1, NoTarget: 0, NoData: 2, NotDue: 0, total: 4 });
  });

  test('a value with no target counts in its own column, never as no data', () => {
    expect(countMeasures(['NoTarget', 'NoTarget', 'NoData'])).toEqual({ Green: 0, Amber: 0, Red: 0, NoTarget: 2, NoData: 1, NotDue: 0, total: 3 });
  });
});

describe('buildAtAGlance', () => {
  const objectives = [objective('1', 'Close attainment gaps in education'), objective('2', 'Encourage fair recruitment')];
  const actions: Array<{ objectiveRef: string; status: ActionStatus }> = [
    { objectiveRef: '1', status: 'Blue' },
    { objectiveRef: '1', status: 'Green' },
    { objectiveRef: '1', status: 'Green' },
    { objectiveRef: '1', status: 'Green' },
    { objectiveRef: '1', status: 'Green' },
    { objectiveRef: '1', status: 'Amber' },
    { objectiveRef: '1', status: 'Amber' },
    { objectiveRef: '2', status: 'Red' },
    { objectiveRef: '2', status: 'NoUpdate' },
    { objectiveRef: '2', status: 'AwaitingUpdate' },
    { objectiveRef: '2', status: 'NotDue' },
    { objectiveRef: '2', status: 'Withdrawn' }
  ];
  const measures: Array<{ objectiveRef: string; rag: Rag }> = [
    { objectiveRef: '1', rag: 'Green' },
    { objectiveRef: '1', rag: 'Amber' },
    { objectiveRef: '1', rag: 'Red' },
    { objectiveRef: '1', rag: 'NoData' },
    { objectiveRef: '2', rag: 'NotDue' },
    { objectiveRef: '2', rag: 'NoTarget' }
  ];
  const table = buildAtAGlance(objectives, actions, measures);

  test('one row per objective in plan order, with its title', () => {
    expect(table.rows.map((row) => [row.objectiveRef, row.objective])).toEqual([
      ['1', 'Close attainment gaps in education'],
      ['2', 'Encourage fair recruitment']
    ]);
  });

  test('the SPEC §6 example row: 1 blue, 4 green, 2 amber of 7 actions', () => {
    expect(table.rows[0].actions).toEqual({ Blue: 1, Green: 4, Amber: 2, Red: 0, NoUpdate: 0, NotDue: 0, Withdrawn: 0, total: 7 });
  });

  test('an update not yet due counts as no update', () => {
    expect(table.rows[1].actions).toEqual({ Blue: 0, Green: 0, Amber: 0, Red: 1, NoUpdate: 2, NotDue: 1, Withdrawn: 1, total: 5 });
  });

  test('measures are counted by RAG per objective', () => {
    expect(table.rows[0].measures).toEqual({ Green: 1, Amber: 1, Red: 1, NoTarget: 0, NoData: 1, NotDue: 0, total: 4 });
    expect(table.rows[1].measures).toEqual({ Green: 0, Amber: 0, Red: 0, NoTarget: 1, NoData: 0, NotDue: 1, total: 2 });
  });

  test('the total row adds the objective rows', () => {
    expect(table.total.actions).toEqual({ Blue: 1, Green: 4, Amber: 2, Red: 1, NoUpdate: 2, NotDue: 1, Withdrawn: 1, total: 12 });
    expect(table.total.measures).toEqual({ Green: 1, Amber: 1, Red: 1, NoTarget: 1, NoData: 1, NotDue: 1, total: 6 });
  });

  test('the percentage row is of the total row and sums to 100', () => {
    // Of 12: 1 → 8.33, 4 → 33.33, 2 → 16.67. Floors sum to 97; the two .67s get a point, then the first .33 (Blue).
    expect(table.percent.actions).toEqual({ Blue: 9, Green: 33, Amber: 17, Red: 8, NoUpdate: 17, NotDue: 8, Withdrawn: 8 });
    // Six measures, one in each column: 16.67 each; the 4 spare points go to the first four columns.
    expect(table.percent.measures).toEqual({ Green: 17, Amber: 17, Red: 17, NoTarget: 17, NoData: 16, NotDue: 16 });
  });

  test('each row has percentages of its own total', () => {
    // Row 1 actions, of 7: 14.29, 57.14, 28.57; the spare point to the largest remainder (Amber).
    expect(table.rows[0].percent.actions).toEqual({ Blue: 14, Green: 57, Amber: 29, Red: 0, NoUpdate: 0, NotDue: 0, Withdrawn: 0 });
    expect(table.rows[0].percent.measures).toEqual({ Green: 25, Amber: 25, Red: 25, NoTarget: 0, NoData: 25, NotDue: 0 });
    // Row 2 actions, of 5: 1 Red, 2 no update, 1 not due, 1 withdrawn.
    expect(table.rows[1].percent.actions).toEqual({ Blue: 0, Green: 0, Amber: 0, Red: 20, NoUpdate: 40, NotDue: 20, Withdrawn: 20 });
    expect(table.rows[1].percent.measures).toEqual({ Green: 0, Amber: 0, Red: 0, NoTarget: 50, NoData: 0, NotDue: 50 });
  });

  test('the exact shares behind the percentages are kept', () => {
    expect(table.exact.actions.Blue).toEqual({ count: 1, of: 12, percent: 100 / 12 });
    expect(table.exact.measures.NotDue).toEqual({ count: 1, of: 6, percent: 100 / 6 });
  });

  test('items of an objective the plan does not list get an untitled row after the plan, so rows add up', () => {
    const withStray = buildAtAGlance(objectives, [{ objectiveRef: '9', status: 'Green' }], [{ objectiveRef: '10', rag: 'Red' }]);
    expect(withStray.rows.map((row) => [row.objectiveRef, row.objective, row.actions.total, row.measures.total])).toEqual([
      ['1', 'Close attainment gaps in education', 0, 0],
      ['2', 'Encourage fair recruitment', 0, 0],
      ['9', '', 1, 0],
      ['10', '', 0, 1]
    ]);
  });

  test('an empty plan has zero counts and zero percentages', () => {
    const empty = buildAtAGlance(objectives, [], []);
    expect(empty.total.actions.total).toBe(0);
    expect(empty.percent.actions).toEqual({ Blue: 0, Green: 0, Amber: 0, Red: 0, NoUpdate: 0, NotDue: 0, Withdrawn: 0 });
    expect(empty.rows[0].percent.measures).toEqual({ Green: 0, Amber: 0, Red: 0, NoTarget: 0, NoData: 0, NotDue: 0 });
  });
});
