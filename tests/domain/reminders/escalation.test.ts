import { PersonRef } from '../../../src/domain/model';
import { action, calendarEntry, input, JAN, linesOn, objective, OLU, OTHER_PLAN, PAT, person, plan, PLAN, planOn, update } from './reminderFixtures';

/**
 * Escalation of updates still owed. Q1 2018-19's updates are due Fri 13 July 2018 (the default:
 * 10 working days after Sat 30 June); 3 working days after are Mon 16, Tue 17, Wed 18 July, so
 * escalation starts Wed 18 July. Pat Lead leads both plans.
 */

const PAT_Q1 = 'pat.lead@council.gov.uk|2018-19 Q1|escalation';
const JAN_OVERDUE = 'jan.coles@council.gov.uk|2018-19 Q1|updateOverdue: 1.a.';
const ANN: Required<PersonRef> = { name: 'Ann Bell', email: 'ann.bell@council.gov.uk' };
const ZOE: Required<PersonRef> = { name: 'Zoe Ash', email: 'zoe.ash@council.gov.uk' };

/** Only the escalation digests of the plan, as lines. */
function escalations(today: string, ...args: Parameters<typeof input>): string[] {
  return linesOn(today, input(...args)).filter((line) => line.indexOf('|escalation:') > 0);
}

describe('when escalation starts', () => {
  const jan = person(JAN, { actions: [action('1.a.')] });
  test.each([
    ['2018-07-16', 'Mon 16 July: 1 working day after', []],
    ['2018-07-17', 'Tue 17 July: 2', []],
    ['2018-07-18', 'Wed 18 July: 3 working days after the due date', [`${PAT_Q1}: Jan Coles/1.a.`]],
    ['2018-09-28', 'Fri 28 September: still, while Q1 is open for updates', [`${PAT_Q1}: Jan Coles/1.a.`]],
    ['2018-10-01', 'Mon 1 October: Q2 is open; Q1 is history and Q2’s escalation is Wed 17 October', []]
  ])('%s: %s', (today, _note, expected) => {
    expect(escalations(today, [jan])).toEqual(expected);
  });

  // Q4 2018-19 due Thu 18 April 2019 (set in the calendar): Good Friday 19 and Easter Monday 22
  // April skipped, so Tue 23, Wed 24, Thu 25 April: escalation Thu 25 April. Overdue from Fri 19
  // April, a bank holiday, so sent Tue 23 April.
  const easter = person(JAN, { calendar: [calendarEntry('2018-19', 'Q4', '2019-04-18')], actions: [action('1.a.')] });
  // Q4 2017-18 due Thu 3 May 2018 (set): Fri 4 May, then Mon 7 May (early May bank holiday) is
  // skipped, Tue 8, Wed 9 May: escalation Wed 9 May.
  const mayDay = person(JAN, { calendar: [calendarEntry('2017-18', 'Q4', '2018-05-03')], actions: [{ ...action('1.a.'), updates: [] }] });
  // Q1 2018-19 with an escalation delay of 5: Mon 16 … Fri 20 July.
  const fiveDays = person(JAN, { calendar: [calendarEntry('2018-19', 'Q1', '2018-07-13', { escalationDelay: 5 })], actions: [action('1.a.')] });
  const Q4 = 'jan.coles@council.gov.uk|2018-19 Q4|updateOverdue: 1.a.';
  test.each([
    ['2019-04-23', 'Tue 23 April 2019: overdue (from Good Friday), not yet escalated', easter, [Q4]],
    ['2019-04-24', 'Wed 24 April: 2 working days after', easter, [Q4]],
    ['2019-04-25', 'Thu 25 April: 3 working days after, over Easter', easter, [Q4, 'pat.lead@council.gov.uk|2018-19 Q4|escalation: Jan Coles/1.a.']],
    ['2018-05-08', 'Tue 8 May 2018: 2 working days after, over the May bank holiday', mayDay, ['jan.coles@council.gov.uk|2017-18 Q4|updateOverdue: 1.a.']],
    ['2018-05-09', 'Wed 9 May', mayDay, ['jan.coles@council.gov.uk|2017-18 Q4|updateOverdue: 1.a.', 'pat.lead@council.gov.uk|2017-18 Q4|escalation: Jan Coles/1.a.']],
    ['2018-07-19', 'Thu 19 July: 4 of 5 working days', fiveDays, [JAN_OVERDUE]],
    ['2018-07-20', 'Fri 20 July: 5 working days', fiveDays, [JAN_OVERDUE, `${PAT_Q1}: Jan Coles/1.a.`]]
  ])('%s: %s', (today, _note, subject, expected) => {
    expect(linesOn(today, input([subject]))).toEqual(expected);
  });
});

describe('who escalation goes to', () => {
  const JAN_ROW = 'Jan Coles/1.a.';
  const jan = person(JAN, { actions: [action('1.a.', { objectiveRef: '1' })] });
  test.each([
    ['no objective leads: the plan’s lead', [], [`${PAT_Q1}: ${JAN_ROW}`]],
    ['the objective’s lead, who owns nothing, instead of the plan’s', [objective('1', [OLU])], [`olu.okafor@council.gov.uk|2018-19 Q1|escalation: ${JAN_ROW}`]],
    ['both of two objective leads', [objective('1', [PAT, OLU])], [`olu.okafor@council.gov.uk|2018-19 Q1|escalation: ${JAN_ROW}`, `${PAT_Q1}: ${JAN_ROW}`]],
    ['a lead listed twice is sent one row', [objective('1', [OLU, { name: 'O. Okafor', email: 'Olu.Okafor@council.gov.uk' }])], [`olu.okafor@council.gov.uk|2018-19 Q1|escalation: ${JAN_ROW}`]],
    ['objective leads with no e-mail: the plan’s lead', [objective('1', [{ name: 'OO' }])], [`${PAT_Q1}: ${JAN_ROW}`]],
    ['another objective’s lead is not this one’s', [objective('2', [OLU])], [`${PAT_Q1}: ${JAN_ROW}`]],
    ['the same objective reference in another plan is not this one', [objective('1', [OLU], OTHER_PLAN)], [`${PAT_Q1}: ${JAN_ROW}`]],
    ['the plan title matched whatever its case', [objective('1', [OLU], PLAN.toUpperCase())], [`olu.okafor@council.gov.uk|2018-19 Q1|escalation: ${JAN_ROW}`]]
  ])('%s', (_name, objectives, expected) => {
    expect(escalations('2018-07-18', [jan], objectives)).toEqual(expected);
  });

  test('a lead who owns nothing is named as the objective names them', () => {
    const digest = planOn('2018-07-18', input([jan], [objective('1', [OLU])])).digests.filter((each) => each.kind === 'escalationDigest')[0];
    expect(digest).toMatchObject({ recipient: OLU, stage: 'escalation', period: { financialYear: '2018-19', quarter: 'Q1' }, updatesDue: '2018-07-13' });
    expect(digest.rows[0].owner).toEqual(JAN);
  });

  test('a lead who is also a person with work is named as the people list names them', () => {
    const pat = person({ name: 'Patricia Lead', email: PAT.email });
    expect(planOn('2018-07-18', input([jan, pat])).digests.filter((each) => each.kind === 'escalationDigest')[0].recipient.name).toBe('Patricia Lead');
  });

  test('a lead who owns the row too still gets it, besides their own overdue digest', () => {
    const pat = person(PAT, { actions: [action('1.b.', { owner: PAT })] });
    expect(linesOn('2018-07-18', input([jan, pat]))).toEqual([
      JAN_OVERDUE,
      'pat.lead@council.gov.uk|2018-19 Q1|updateOverdue: 1.b.',
      `${PAT_Q1}: Jan Coles/1.a. Pat Lead/1.b.`
    ]);
  });
});

describe('one digest per lead, rows by owner name, then plan, then reference', () => {
  test('two owners across two plans', () => {
    const zoe = person(ZOE, { actions: [action('1.a.', { owner: ZOE })] });
    const ann = person(ANN, { actions: [action('2.b.', { owner: ANN, plan: OTHER_PLAN }), action('1.c.', { owner: ANN }), action('1.b.', { owner: ANN })] });
    expect(escalations('2018-07-18', [zoe, ann])).toEqual([`${PAT_Q1}: Ann Bell/1.b. Ann Bell/1.c. Ann Bell/2.b. Zoe Ash/1.a.`]);
  });

  test('leads of different plans each get their own plan’s rows', () => {
    const jan = person(JAN, {
      plans: [plan(PLAN), plan(OTHER_PLAN, { lead: OLU })],
      actions: [action('1.a.'), action('2.a.', { plan: OTHER_PLAN })]
    });
    expect(escalations('2018-07-18', [jan])).toEqual([`olu.okafor@council.gov.uk|2018-19 Q1|escalation: Jan Coles/2.a.`, `${PAT_Q1}: Jan Coles/1.a.`]);
  });

  test.each([
    ['an update submitted late, before escalation', [update('1.a.', '2018-19', 'Q1', 'Submitted')], [`${PAT_Q1}: Zoe Ash/1.b.`]],
    ['a draft still owed', [update('1.a.', '2018-19', 'Q1', 'Draft')], [`${PAT_Q1}: Jan Coles/1.a. Zoe Ash/1.b.`]]
  ])('only updates still owed are escalated: %s', (_name, updates, expected) => {
    const jan = person(JAN, { actions: [action('1.a.', { updates })] });
    const zoe = person(ZOE, { actions: [action('1.b.', { owner: ZOE })] });
    expect(escalations('2018-07-18', [jan, zoe])).toEqual(expected);
  });

  test('a closed plan escalates nothing', () => {
    const jan = person(JAN, { plans: [plan(PLAN, { status: 'Closed' })], actions: [action('1.a.')] });
    expect(linesOn('2018-07-18', input([jan]))).toEqual([]);
  });
});

describe('escalation nobody can receive is counted, not lost', () => {
  test.each([
    ['a plan lead not linked to a person', { lead: { name: 'P. Lead' } }, [{ name: 'P. Lead', plan: PLAN, rows: 1 }]],
    ['a plan with no lead: no name', { lead: undefined }, [{ name: '', plan: PLAN, rows: 1 }]]
  ])('%s', (_name, change, unlinked) => {
    const jan = person(JAN, { plans: [plan(PLAN, change)], actions: [action('1.a.')] });
    const result = planOn('2018-07-18', input([jan]));
    expect(result.digests.map((digest) => digest.kind)).toEqual(['updateOverdue']);
    expect(result.unlinked).toEqual(unlinked);
  });

  test('an owner not linked to a person is escalated to the lead by name, and counted for their own digest', () => {
    const initials = person({ name: 'IB' }, { actions: [action('1.a.', { owner: { name: 'IB' } }), action('1.b.', { owner: { name: 'IB' } })] });
    const result = planOn('2018-07-18', input([initials]));
    expect(result.digests.map((digest) => `${digest.key}: ${digest.rows.map((row) => `${row.owner ? row.owner.name : ''}/${row.ref}`).join(' ')}`))
      .toEqual([`${PAT_Q1}: IB/1.a. IB/1.b.`]);
    expect(result.unlinked).toEqual([{ name: 'IB', plan: PLAN, rows: 2 }]);
  });
});
