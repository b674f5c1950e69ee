import { Plan, Risk } from '../../../src/domain/model';
import { buildReport, CY_GB, ReportInput } from '../../../src/domain/reporting';
import { action, measure, objective, update, value } from './reportBuilders';

/**
 * A small plan at year end 2017-18, judged on 20 April 2018 (updates were due 16 April):
 * - 1.a. Blue, ended 31 March: complete, so not overdue.
 * - 1.b. Amber in Q3 and Q4 (Green in Q2): important, "AMBER for 2 quarters"; its milestone
 *   due 28 February is not done: overdue by 51 days (28 Feb → 20 Apr).
 * - 1.c. Red in Q4 with no progress text, ended 31 March: critical, and overdue by 20 days.
 * - 2.a. only a draft for Q4: no update (the due date has passed).
 * - 2.b. starts in June 2018: not due.
 * - M1 (objective 1) annual, higher is better, target 80: outturn 75 misses by 5, within 8
 *   (10%): Amber, so "target missed at year end", critical.
 * - HR1 (objective 2) quarterly, lower is better, target 10: Q1 10.4 Amber, Q2 9.8 Green,
 *   Q3 10.5 Amber, Q4 11.5 Red (misses by 1.5 > 1): critical, Red this quarter, missed at year
 *   end, Amber or Red for 2 quarters.
 */
const plan: Plan = {
  title: 'Strategic Equality Plan 2016-20',
  type: 'Strategic Equality Plan',
  firstYear: '2016-17',
  lastYear: '2019-20',
  status: 'Active',
  allowChangeRequests: true
};

const input: ReportInput = {
  plan,
  period: { financialYear: '2017-18', quarter: 'Q4' },
  asOf: '2018-04-20',
  updatesDue: '2018-04-16',
  objectives: [objective('1', 'Close attainment gaps in education', 'E'), objective('2', 'Encourage fair recruitment')],
  actions: [
    action('2.b.', '2', { startDate: '2018-06-01', endDate: '2019-03-31', owner: { name: 'SP' } }),
    action('1.c.', '1', { title: 'Nightstop', endDate: '2018-03-31', owner: { name: 'SH' } }),
    action('2.a.', '2', { endDate: '2018-12-31', owner: { name: 'GE' } }),
    action('1.a.', '1', { endDate: '2018-03-31' }),
    action('1.b.', '1', { title: 'Person Centred Planning', endDate: '2019-03-31' })
  ],
  updates: [
    update('1.a.', '2017-18', 'Q4', 'Blue'),
    update('1.b.', '2017-18', 'Q2', 'Green'),
    update('1.b.', '2017-18', 'Q3', 'Amber'),
    update('1.b.', '2017-18', 'Q4', 'Amber', { reviewState: 'Submitted' }),
    update('1.c.', '2017-18', 'Q4', 'Red', { progress: '' }),
    update('2.a.', '2017-18', 'Q4', 'Green', { reviewState: 'Draft' })
  ],
  measures: [
    measure('HR1', '2', { title: 'Days lost to sickness', polarity: 'Low', unit: 'days', target: { lower: 10, upper: 10 }, priorYearActual: 11.2 }),
    measure('M1', '1', { title: 'FSM pupils attaining the CSI', frequency: 'Annual', target: { lower: 80, upper: 80 } }),
    measure('OLD', '1', { financialYear: '2016-17' })
  ],
  measureValues: [
    value('HR1', '2017-18', 'Q1', 10.4),
    value('HR1', '2017-18', 'Q2', 9.8),
    value('HR1', '2017-18', 'Q3', 10.5),
    value('HR1', '2017-18', 'Q4', 11.5),
    value('M1', '2017-18', 'Annual', 75)
  ],
  milestones: [{ actionRef: '1.b.', title: 'Training delivered', dueDate: '2018-02-28' }],
  risks: [
    { ref: 'CR2', title: 'Unlinked', likelihood: 5, impact: 5, trend: 'Up' },
    { ref: 'CR1', title: 'Schools budget', objectiveRef: '1', owner: { name: 'IB' }, likelihood: 3, impact: 4, trend: 'Same' },
    { ref: 'CR9', title: 'Other plan', objectiveRef: '9', likelihood: 1, impact: 1, trend: 'New' }
  ] as Risk[]
};

describe('buildReport', () => {
  const report = buildReport(input);

  test('states the period as §6 does', () => {
    expect(report.period).toEqual({ financialYear: '2017-18', quarter: 'Q4' });
    expect(report.asOf).toBe('2018-04-20');
  });

  test('names the plan it reports on: title, type and the years it covers', () => {
    expect(report.plan).toEqual({
      title: 'Strategic Equality Plan 2016-20',
      type: 'Strategic Equality Plan',
      years: { first: '2016-17', last: '2019-20' }
    });
  });

  test('at a glance counts each action and measure once, under its objective', () => {
    expect(report.atAGlance.rows).toEqual([
      {
        objectiveRef: '1',
        objective: 'Close attainment gaps in education',
        actions: { Blue: 1, Green: 0, Amber: 1, Red: 1, NoUpdate: 0, NotDue: 0, Withdrawn: 0, total: 3 },
        measures: { Green: 0, Amber: 1, Red: 0, NoTarget: 0, NoData: 0, NotDue: 0, total: 1 },
        // Thirds: the spare point to the first of equal remainders (Blue).
        percent: {
          actions: { Blue: 34, Green: 0, Amber: 33, Red: 33, NoUpdate: 0, NotDue: 0, Withdrawn: 0 },
          measures: { Green: 0, Amber: 100, Red: 0, NoTarget: 0, NoData: 0, NotDue: 0 }
        }
      },
      {
        objectiveRef: '2',
        objective: 'Encourage fair recruitment',
        actions: { Blue: 0, Green: 0, Amber: 0, Red: 0, NoUpdate: 1, NotDue: 1, Withdrawn: 0, total: 2 },
        measures: { Green: 0, Amber: 0, Red: 1, NoTarget: 0, NoData: 0, NotDue: 0, total: 1 },
        percent: {
          actions: { Blue: 0, Green: 0, Amber: 0, Red: 0, NoUpdate: 50, NotDue: 50, Withdrawn: 0 },
          measures: { Green: 0, Amber: 0, Red: 100, NoTarget: 0, NoData: 0, NotDue: 0 }
        }
      }
    ]);
    expect(report.atAGlance.percent.actions).toEqual({ Blue: 20, Green: 0, Amber: 20, Red: 20, NoUpdate: 20, NotDue: 20, Withdrawn: 0 });
    expect(report.atAGlance.percent.measures).toEqual({ Green: 0, Amber: 50, Red: 50, NoTarget: 0, NoData: 0, NotDue: 0 });
  });

  test('writes the headlines from those numbers', () => {
    expect(report.headlines).toEqual([
      // 1.a. Blue of 1.a., 1.b., 1.c. and 2.a. (no update); 2.b. is not due.
      '25% of planned work is blue or green (1 of 4 actions)',
      // M1 Amber, HR1 Red.
      'Neither of the 2 measures rated against a target met it; 1 missed it within the tolerance (50%) and 1 by more than the tolerance (50%)',
      '1 action has no update this quarter',
      '1 action is overdue',
      '1 milestone is overdue',
      '4 performance challenges: 3 critical and 1 important'
    ]);
  });

  test('writes the headlines and reasons in Welsh when asked', () => {
    const welsh = buildReport({ ...input, strings: CY_GB });
    expect(welsh.headlines).toEqual([
      "Mae 25% o'r gwaith a gynlluniwyd yn las neu'n wyrdd (1 cam gweithredu allan o 4)",
      "Ni chyrhaeddodd yr un o'r ddau fesur a raddiwyd yn erbyn targed ei darged; methodd 1 o fewn y goddefiant (50%) a methodd 1 o fwy na'r goddefiant (50%)",
      'Mae 1 cam gweithredu heb ddiweddariad y chwarter hwn',
      'Mae 1 cam gweithredu yn hwyr',
      'Mae 1 garreg filltir yn hwyr',
      '4 her perfformiad: 3 yn hollbwysig, 1 yn bwysig'
    ]);
    expect(welsh.challenges.map((c) => c.reason)).toEqual([
      'Mae hwn wedi bod yn AMBR ers 2 chwarter.',
      'Adroddwyd COCH y chwarter hwn. COCH heb sylwebaeth.',
      'Methwyd y targed ar ddiwedd y flwyddyn.',
      "COCH yn erbyn y targed y chwarter hwn. Methwyd y targed ar ddiwedd y flwyddyn. Mae hwn wedi bod yn AMBR neu'n GOCH ers 2 chwarter."
    ]);
  });

  test.each<[string, string]>([
    // The input's updates are due on 16 April 2018: 2.a. has none.
    ['2018-04-16', '1 action has no update yet: updates are due by 16 April 2018'],
    ['2018-04-17', '1 action has no update this quarter']
  ])('judged on %s, the action without an update is said to be %p', (asOf, sentence) => {
    const judged = buildReport({ ...input, asOf });
    expect(judged.atAGlance.total.actions.NoUpdate).toBe(1);
    expect(judged.headlines.filter((line) => /no update/.test(line))).toEqual([sentence]);
  });

  test('a measure with a value but no target is not rated: shown with its trend, counted apart, never challenged', () => {
    // Seed 001: FSM pupils attaining the Foundation Phase Indicator, 71.7% against 79.4% last year, no target.
    const fsm = measure('1.a.i', '1', { frequency: 'Annual', target: undefined, priorYearActual: 79.4 });
    const notRated = buildReport({ ...input, actions: [], measures: [fsm], measureValues: [value('1.a.i', '2017-18', 'Q4', 71.7)], milestones: [] });
    expect(notRated.measures[0].periods).toEqual({ Q4: { value: 71.7, rag: 'NoTarget', trend: 'worsening', note: null } });
    expect(notRated.atAGlance.total.measures).toEqual({ Green: 0, Amber: 0, Red: 0, NoTarget: 1, NoData: 0, NotDue: 0, total: 1 });
    expect(notRated.challenges).toEqual([]);
    expect(notRated.headlines).toContain('1 measure has a value but no target, so it is not rated');
    expect(notRated.headlines.some((line) => /no data/.test(line))).toBe(false);
  });

  test('lists this year\'s measures in objective then reference order', () => {
    expect(report.measures.map((row) => row.ref)).toEqual(['M1', 'HR1']);
    expect(report.measures[1].periods.Q4).toEqual({ value: 11.5, rag: 'Red', trend: 'worsening', note: null });
    expect(report.measures[0].periods).toEqual({ Q4: { value: 75, rag: 'Amber', trend: null, note: null } });
  });

  test('puts the performance challenges with stable references and their reasons', () => {
    expect(report.challenges.map((c) => [c.ref, c.severity, c.itemType, c.itemRef, c.reason])).toEqual([
      ['Q4E01', 'important', 'action', '1.b.', 'This has been AMBER for 2 quarters.'],
      ['Q4E02', 'critical', 'action', '1.c.', 'Reported RED this quarter. RED with no commentary.'],
      ['Q4E03', 'critical', 'measure', 'M1', 'Target missed at year end.'],
      ['Q4201', 'critical', 'measure', 'HR1', 'RED against target this quarter. Target missed at year end. This has been AMBER or RED for 2 quarters.']
    ]);
  });

  test('lists overdue milestones and actions, oldest first', () => {
    expect(report.overdue.map((item) => [item.itemType, item.itemRef, item.owner, item.dueDate, item.daysOverdue])).toEqual([
      ['milestone', '1.b.', 'IB', '2018-02-28', 51],
      ['action', '1.c.', 'SH', '2018-03-31', 20]
    ]);
  });

  test("reports only risks linked to the plan's objectives", () => {
    expect(report.risks).toEqual([
      { ref: 'CR1', title: 'Schools budget', objectiveRef: '1', owner: 'IB', portfolioHolder: null, likelihood: 3, impact: 4, score: 12, trend: 'Same', mitigation: null }
    ]);
  });

  test('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  test('does not depend on the order items arrive in', () => {
    const reversed = buildReport({
      ...input,
      actions: input.actions.slice().reverse(),
      updates: input.updates.slice().reverse(),
      measures: input.measures.slice().reverse(),
      measureValues: input.measureValues.slice().reverse()
    });
    expect(reversed).toEqual(report);
  });
});

describe('buildReport across the financial-year boundary', () => {
  test('"This has been AMBER for 3 quarters" counts back from Q1 into last year', () => {
    const report = buildReport({
      ...input,
      period: { financialYear: '2018-19', quarter: 'Q1' },
      asOf: '2018-07-20',
      updatesDue: '2018-07-13',
      actions: [action('1.b.', '1', { endDate: '2019-03-31' })],
      updates: [
        update('1.b.', '2017-18', 'Q2', 'Green'),
        update('1.b.', '2017-18', 'Q3', 'Amber'),
        update('1.b.', '2017-18', 'Q4', 'Amber'),
        update('1.b.', '2018-19', 'Q1', 'Amber')
      ],
      measures: [],
      milestones: []
    });
    expect(report.challenges.map((c) => [c.ref, c.severity, c.reason, c.consecutiveQuarters])).toEqual([
      ['Q1E01', 'important', 'This has been AMBER for 3 quarters.', 3]
    ]);
  });

  test("a measure counts last year's quarters when last year's definition is given", () => {
    const lastYear = measure('HR1', '2', { polarity: 'Low', target: { lower: 10, upper: 10 } });
    const thisYear = { ...lastYear, financialYear: '2018-19' };
    const report = buildReport({
      ...input,
      period: { financialYear: '2018-19', quarter: 'Q1' },
      asOf: '2018-07-20',
      updatesDue: '2018-07-13',
      actions: [],
      measures: [thisYear, lastYear],
      measureValues: [value('HR1', '2017-18', 'Q4', 10.5), value('HR1', '2018-19', 'Q1', 10.6)],
      milestones: []
    });
    expect(report.measures.map((row) => row.ref)).toEqual(['HR1']);
    expect(report.challenges.map((c) => [c.ref, c.reason])).toEqual([['Q1201', 'This has been AMBER for 2 quarters.']]);
  });
});
