import { action, calendarEntry, JAN, linesOn, OTHER_PLAN, person, plan, PLAN, planOn, input, update } from './reminderFixtures';

/**
 * The quarterly update's stages for an owner, over 2018-19. Default due dates, the 10th working
 * day after the quarter ends (England and Wales bank holidays skipped):
 * - Q1 (ends Sat 30 June 2018): Mon 2 – Fri 6 July are 5, Mon 9 – Fri 13 July 10 → Fri 13 July.
 *   T-14 Fri 29 June (Q1 is not yet open for updates: it opens on 1 July), T-7 Fri 6 July, T-2
 *   Wed 11 July, overdue Sat 14 July → Mon 16 July.
 * - Q2 (ends Sun 30 September): 1–5 and 8–12 October → Fri 12 October; T-14 Fri 28 September
 *   (before Q2 opens on 1 October).
 * Jan Coles's 2017-18 Q4 update is approved, so only 2018-19's quarters are owed.
 */

const JAN_Q1 = 'jan.coles@council.gov.uk|2018-19 Q1|';
const owesOneUpdate = input([person(JAN, { actions: [action('1.a.')] })]);

describe('stages before and after the default due date of Q1 2018-19 (Fri 13 July 2018)', () => {
  test.each([
    ['2018-06-29', 'Fri 29 June: Q4 2017-18 is the open quarter, and its update was approved', []],
    ['2018-07-02', 'Mon 2 July, Q1’s first working day: T-14 (29 June) came before Q1 opened, so it goes now', [`${JAN_Q1}updateDue14: 1.a.`]],
    ['2018-07-05', 'Thu 5 July: still T-14, the latest stage (the log stops it going twice)', [`${JAN_Q1}updateDue14: 1.a.`]],
    ['2018-07-06', 'Fri 6 July: T-7', [`${JAN_Q1}updateDue7: 1.a.`]],
    ['2018-07-10', 'Tue 10 July: T-7 still', [`${JAN_Q1}updateDue7: 1.a.`]],
    ['2018-07-11', 'Wed 11 July: T-2', [`${JAN_Q1}updateDue2: 1.a.`]],
    ['2018-07-13', 'Fri 13 July, the due date: due today is not overdue', [`${JAN_Q1}updateDue2: 1.a.`]],
    ['2018-07-16', 'Mon 16 July: overdue (Sat 14 July moved to Monday); T-14, T-7 and T-2 superseded', [`${JAN_Q1}updateOverdue: 1.a.`]],
    ['2018-09-28', 'Fri 28 September: Q1 is still the open quarter, and escalated to the plan lead since Wed 18 July',
      [`${JAN_Q1}updateOverdue: 1.a.`, 'pat.lead@council.gov.uk|2018-19 Q1|escalation: Jan Coles/1.a.']],
    ['2018-10-01', 'Mon 1 October: Q2 opens; its T-14 (Fri 28 September) goes now and Q1 is no longer chased', ['jan.coles@council.gov.uk|2018-19 Q2|updateDue14: 1.a.']]
  ])('%s: %s', (today, _note, expected) => {
    expect(linesOn(today, owesOneUpdate)).toEqual(expected);
  });
});

describe('stages moved to their send day', () => {
  // Q4 2018-19 due Mon 29 April 2019 (set in the calendar): T-14 Mon 15 April; T-7 Mon 22 April
  // is Easter Monday → Tue 23 April; T-2 Sat 27 April → Mon 29 April; overdue Tue 30 April.
  const easter = input([person(JAN, { calendar: [calendarEntry('2018-19', 'Q4', '2019-04-29')], actions: [action('1.a.')] })]);
  // Q1 2018-19 due Sat 21 July 2018 (set in the calendar): T-14 Sat 7 July → Mon 9 July; T-7
  // Sat 14 July → Mon 16 July; T-2 Thu 19 July; overdue Sun 22 July → Mon 23 July.
  const saturday = input([person(JAN, { calendar: [calendarEntry('2018-19', 'Q1', '2018-07-21')], actions: [action('1.a.')] })]);
  const Q4 = 'jan.coles@council.gov.uk|2018-19 Q4|';
  test.each([
    ['2019-04-15', 'Mon 15 April: T-14', easter, [`${Q4}updateDue14: 1.a.`]],
    ['2019-04-18', 'Thu 18 April: T-7 not yet', easter, [`${Q4}updateDue14: 1.a.`]],
    ['2019-04-23', 'Tue 23 April: T-7 fell on Easter Monday', easter, [`${Q4}updateDue7: 1.a.`]],
    ['2019-04-26', 'Fri 26 April: T-2 falls tomorrow, a Saturday', easter, [`${Q4}updateDue7: 1.a.`]],
    ['2019-04-29', 'Mon 29 April: T-2 moved from Saturday to the due date', easter, [`${Q4}updateDue2: 1.a.`]],
    ['2019-04-30', 'Tue 30 April: overdue', easter, [`${Q4}updateOverdue: 1.a.`]],
    ['2018-07-06', 'Fri 6 July: T-14 is tomorrow, a Saturday', saturday, []],
    ['2018-07-09', 'Mon 9 July: T-14 moved from Saturday', saturday, [`${JAN_Q1}updateDue14: 1.a.`]],
    ['2018-07-16', 'Mon 16 July: T-7 moved from Saturday', saturday, [`${JAN_Q1}updateDue7: 1.a.`]],
    ['2018-07-19', 'Thu 19 July: T-2', saturday, [`${JAN_Q1}updateDue2: 1.a.`]],
    ['2018-07-20', 'Fri 20 July: the due date is tomorrow', saturday, [`${JAN_Q1}updateDue2: 1.a.`]],
    ['2018-07-23', 'Mon 23 July: overdue from Sunday, sent Monday', saturday, [`${JAN_Q1}updateOverdue: 1.a.`]]
  ])('%s: %s', (today, _note, subject, expected) => {
    expect(linesOn(today, subject)).toEqual(expected);
  });
});

describe('the council’s own bank holidays move stages too', () => {
  // Q4 2018-19 due Mon 29 April 2019: T-7 is Mon 22 April, Easter Monday in England and Wales.
  const easter = input([person(JAN, { calendar: [calendarEntry('2018-19', 'Q4', '2019-04-29')], actions: [action('1.a.')] })]);
  test.each([
    ['England and Wales: Easter Monday is a holiday, nothing goes', {}, true, []],
    ['a council list without Easter Monday: T-7 goes on the day', { bankHolidays: ['2019-12-25'] }, false, ['jan.coles@council.gov.uk|2018-19 Q4|updateDue7: 1.a.']]
  ])('%s', (_name, settings, quiet, expected) => {
    const result = planOn('2019-04-22', easter, settings);
    expect(result.quiet !== undefined).toBe(quiet);
    expect(result.digests.map((digest) => digest.key + ': 1.a.')).toEqual(expected);
  });

  test('a council holiday on T-7 (Fri 6 July 2018) moves it to Monday 9 July', () => {
    expect(linesOn('2018-07-09', owesOneUpdate, { bankHolidays: ['2018-07-06'] })).toEqual([`${JAN_Q1}updateDue7: 1.a.`]);
    expect(planOn('2018-07-06', owesOneUpdate, { bankHolidays: ['2018-07-06'] }).quiet).toEqual({ reason: 'bankHoliday', nextSendable: '2018-07-09T07:00:00Z' });
  });
});

describe('the calendar’s own reminder offsets', () => {
  // Q1 2018-19 due Fri 13 July: T-10 is Tue 3 July.
  const withOffsets = (offsets: number[]) => input([person(JAN, {
    calendar: [calendarEntry('2018-19', 'Q1', '2018-07-13', { reminderOffsets: offsets })], actions: [action('1.a.')]
  })]);
  test.each([
    ['offsets [10] on Mon 2 July: T-10 is tomorrow', [10], '2018-07-02', []],
    ['offsets [10] on Tue 3 July: T-10, named by its offset', [10], '2018-07-03', [`${JAN_Q1}updateDue10: 1.a.`]],
    ['offsets [10] on Fri 13 July: the only reminder before the due date', [10], '2018-07-13', [`${JAN_Q1}updateDue10: 1.a.`]],
    ['no offsets, Thu 12 July: no reminders before the due date', [], '2018-07-12', []],
    ['no offsets, Mon 16 July: still overdue after it', [], '2018-07-16', [`${JAN_Q1}updateOverdue: 1.a.`]],
    ['offsets [2, 7, 14] on Wed 11 July: in any order, T-2 is the latest stage', [2, 7, 14], '2018-07-11', [`${JAN_Q1}updateDue2: 1.a.`]]
  ])('%s', (_name, offsets, today, expected) => {
    expect(linesOn(today, withOffsets(offsets))).toEqual(expected);
  });
});

describe('people who have submitted are not chased; late submissions stop the chase', () => {
  const withQ1 = (reviewState?: 'Draft' | 'Submitted' | 'Returned' | 'Approved') =>
    input([person(JAN, { actions: [action('1.a.', { updates: reviewState ? [update('1.a.', '2018-19', 'Q1', reviewState)] : [] })] })]);
  test.each([
    ['2018-07-11', 'submitted before T-2: no T-2', 'Submitted' as const, []],
    ['2018-07-16', 'submitted (on time or late): not overdue', 'Submitted' as const, []],
    ['2018-07-18', 'submitted late, before escalation: no overdue digest, no escalation', 'Submitted' as const, []],
    ['2018-07-16', 'approved', 'Approved' as const, []],
    ['2018-07-16', 'a draft is not an update received', 'Draft' as const, [`${JAN_Q1}updateOverdue: 1.a.`]],
    ['2018-07-16', 'a returned update is owed again', 'Returned' as const, [`${JAN_Q1}updateOverdue: 1.a.`]]
  ])('%s: %s', (today, _note, reviewState, expected) => {
    expect(linesOn(today, withQ1(reviewState))).toEqual(expected);
  });

  test('an owner who has submitted one of two actions is reminded of the other only', () => {
    const subject = input([person(JAN, { actions: [action('1.a.', { updates: [update('1.a.', '2018-19', 'Q1')] }), action('1.b.')] })]);
    expect(linesOn('2018-07-06', subject)).toEqual([`${JAN_Q1}updateDue7: 1.b.`]);
  });
});

describe('one digest per owner per stage', () => {
  test('items in two plans go in one digest, plan by plan', () => {
    const subject = input([person(JAN, { actions: [action('2.a.', { plan: OTHER_PLAN }), action('1.b.'), action('1.a.')] })]);
    expect(linesOn('2018-07-06', subject)).toEqual([`${JAN_Q1}updateDue7: 1.a. 1.b. 2.a.`]);
  });

  test('the digest names its kind, period and due date and lists the due list’s rows', () => {
    const digest = planOn('2018-07-16', owesOneUpdate).digests[0];
    expect(digest).toMatchObject({
      key: `${JAN_Q1}updateOverdue`, recipient: { email: JAN.email, name: JAN.name }, stage: 'updateOverdue', kind: 'updateOverdue',
      period: { financialYear: '2018-19', quarter: 'Q1' }, updatesDue: '2018-07-13', resumed: false
    });
    expect(digest.rows).toEqual([expect.objectContaining({ kind: 'updateOwed', plan: PLAN, ref: '1.a.', dueDate: '2018-07-13', daysOverdue: 3, status: 'NoUpdate' })]);
  });

  test.each([
    ['an action only here for its milestones', input([person(JAN, { actions: [action('1.a.', { owned: false })] })])],
    ['a closed plan', input([person(JAN, { plans: [plan(PLAN, { status: 'Closed' })], actions: [action('1.a.')] })])],
    ['a plan that ended in 2017-18', input([person(JAN, { plans: [plan(PLAN, { lastYear: '2017-18' })], actions: [action('1.a.')] })])],
    ['an action starting after Q1 ends', input([person(JAN, { actions: [{ ...action('1.a.'), action: { value: { ...action('1.a.').action.value, startDate: '2018-07-01' } } }] })])]
  ])('nothing is owed, nothing is sent: %s', (_name, subject) => {
    expect(linesOn('2018-07-06', subject)).toEqual([]);
  });
});
