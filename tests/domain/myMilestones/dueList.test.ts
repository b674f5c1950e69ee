import { DueItem, dueListOf, PersonsDueWork } from '../../../src/domain/myMilestones';
import { timingOf } from '../../../src/domain/myMilestones/dueItems';
import { action, calendarEntry, LEAD_EMAIL, milestone, OTHER_PLAN, plan, PLAN, request, update, work } from './dueFixtures';

/**
 * The "My milestones" due list (SPEC §5.3). Unless a row says otherwise, today is Thu 5 April
 * 2018: the quarter open for updates is 2017-18 Q4, whose updates are due by default on Mon 16
 * April 2018 (the 10th working day after Sat 31 March, Easter Monday 2 April skipped).
 */

const TODAY = '2018-04-05';

/** Where a row landed: `overdue 5`, `soon 11`, or `none`. */
function placeOf(work: PersonsDueWork, today: string = TODAY): string[] {
  const list = dueListOf(work, today);
  return list.overdue.map((row) => `overdue ${row.daysOverdue} ${row.kind} ${row.status}`)
    .concat(list.dueSoon.map((row) => `soon ${row.daysUntilDue} ${row.kind} ${row.status}`));
}

describe('days overdue and days until due, in calendar days', () => {
  test.each([
    ['2018-04-05', '2018-04-05', 0, 0, 'due today: not overdue'],
    ['2018-04-04', '2018-04-05', 1, 0, 'the day after the due date'],
    ['2018-04-06', '2018-04-05', 0, 1, 'due tomorrow'],
    ['2018-03-01', '2018-04-05', 35, 0, '30 days to 31 March, then 5'],
    ['2018-05-05', '2018-04-05', 0, 30, '25 days to 30 April, then 5'],
    ['2018-03-24', '2018-03-26', 2, 0, 'Saturday to Monday: weekends count, and the clocks going forward on 25 March change nothing']
  ])('due %s, today %s: %i overdue, %i until due (%s)', (dueDate, today, overdue, until) => {
    expect(timingOf(dueDate, today)).toEqual({ daysOverdue: overdue, daysUntilDue: until });
  });
});

describe('milestones', () => {
  test.each<[string, PersonsDueWork, string[]]>([
    ['due 31 March, not done', work({ milestones: [milestone()] }), ['overdue 5 milestone NotDone']],
    ['done the day before its due date: never listed', work({ milestones: [milestone({ doneDate: '2018-03-30' })] }), []],
    ['done late, after its due date: never listed', work({ milestones: [milestone({ doneDate: '2018-04-03' })] }), []],
    ['due today', work({ milestones: [milestone({ dueDate: '2018-04-05' })] }), ['soon 0 milestone NotDone']],
    ['due in 30 days (5 May)', work({ milestones: [milestone({ dueDate: '2018-05-05' })] }), ['soon 30 milestone NotDone']],
    ['due in 31 days (6 May): not yet', work({ milestones: [milestone({ dueDate: '2018-05-06' })] }), []],
    ['its action reported Withdrawn in Q3: nobody delivers it', work({
      milestones: [milestone()], actions: [action({}, [update('Q3', 'Withdrawn', 'Approved')], PLAN, false)]
    }), []],
    ['its action reported Blue in Q3: still listed until marked done, as in the report', work({
      milestones: [milestone()], actions: [action({}, [update('Q3', 'Blue', 'Approved')], PLAN, false)]
    }), ['overdue 5 milestone NotDone']],
    ['a withdrawn action of the same reference in another plan changes nothing', work({
      milestones: [milestone()], actions: [action({}, [update('Q3', 'Withdrawn', 'Approved')], OTHER_PLAN, false)]
    }), ['overdue 5 milestone NotDone']],
    ['in a closed plan', work({ plans: [plan(PLAN, { status: 'Closed' })], milestones: [milestone()] }), []]
  ])('%s', (_name, subject, expected) => {
    expect(placeOf(subject)).toEqual(expected);
  });
});

describe('action end dates', () => {
  test.each<[string, PersonsDueWork, string[]]>([
    ['ended 31 March, no Q4 update yet (awaited until 16 April)', work({ actions: [action({ endDate: '2018-03-31' })] }), ['overdue 5 actionEnd AwaitingUpdate', 'soon 11 updateOwed AwaitingUpdate']],
    ['ended 31 March, Q4 update Blue submitted: complete', work({ actions: [action({ endDate: '2018-03-31' }, [update('Q4', 'Blue', 'Submitted')])] }), []],
    ['ended 31 March, Withdrawn in Q3: not chased, owes nothing', work({ actions: [action({ endDate: '2018-03-31' }, [update('Q3', 'Withdrawn', 'Approved')])] }), []],
    ['Blue in Q3, reopened Green in Q4', work({ actions: [action({ endDate: '2018-03-31' }, [update('Q3', 'Blue', 'Approved'), update('Q4', 'Green', 'Submitted')])] }), ['overdue 5 actionEnd Green']],
    ['Blue in Q4 only as a draft: drafts do not count', work({ actions: [action({ endDate: '2018-03-31' }, [update('Q4', 'Blue', 'Draft')])] }), ['overdue 5 actionEnd AwaitingUpdate', 'soon 11 updateOwed AwaitingUpdate']],
    ['ends 20 April, Red in Q4', work({ actions: [action({ endDate: '2018-04-20' }, [update('Q4', 'Red', 'Approved')])] }), ['soon 15 actionEnd Red']],
    ['ends 30 June: 86 days away', work({ actions: [action({ endDate: '2018-06-30' }, [update('Q4', 'Green', 'Approved')])] }), []],
    ['starts 10 April, ends 20 April: not due in Q4, but its end date is near', work({ actions: [action({ startDate: '2018-04-10', endDate: '2018-04-20' })] }), ['soon 15 actionEnd NotDue']],
    ['no end date', work({ actions: [action({}, [update('Q4', 'Green', 'Approved')])] }), []],
    ['not the person’s (here for a milestone only)', work({ actions: [action({ endDate: '2018-03-31' }, [], PLAN, false)] }), []],
    ['in a closed plan', work({ plans: [plan(PLAN, { status: 'Closed' })], actions: [action({ endDate: '2018-03-31' })] }), []]
  ])('%s', (_name, subject, expected) => {
    expect(placeOf(subject)).toEqual(expected);
  });
});

describe('quarterly updates owed for the quarter open for updates', () => {
  const owed = (updates: Array<ReturnType<typeof update>> = [], change = {}): PersonsDueWork => work({ actions: [action(change, updates)] });
  test.each<[string, PersonsDueWork, string, string[]]>([
    ['no Q4 update, 11 days before 16 April', owed(), TODAY, ['soon 11 updateOwed AwaitingUpdate']],
    ['on the due date itself: still on time', owed(), '2018-04-16', ['soon 0 updateOwed AwaitingUpdate']],
    ['the day after: overdue, and No update received', owed(), '2018-04-17', ['overdue 1 updateOwed NoUpdate']],
    ['20 June, Q4 still open: 14 + 31 + 20 days late', owed(), '2018-06-20', ['overdue 65 updateOwed NoUpdate']],
    ['1 July: Q1 opens, due Fri 13 July; Q4 is no longer chased', owed(), '2018-07-01', ['soon 12 updateOwed AwaitingUpdate']],
    ['Q4 submitted', owed([update('Q4', 'Green', 'Submitted')]), TODAY, []],
    ['Q4 approved', owed([update('Q4', 'Amber', 'Approved')]), TODAY, []],
    ['Q4 a draft', owed([update('Q4', 'Green', 'Draft')]), TODAY, ['soon 11 updateOwed AwaitingUpdate']],
    ['Q4 returned by the lead', owed([update('Q4', 'Green', 'Returned')]), TODAY, ['soon 11 updateOwed AwaitingUpdate']],
    ['Blue in Q3: finished, owes nothing', owed([update('Q3', 'Blue', 'Approved')]), TODAY, []],
    ['starts 2 April, after Q4 ends', owed([], { startDate: '2018-04-02' }), TODAY, []],
    ['the plan ended with 2016-17', work({ plans: [plan(PLAN, { lastYear: '2016-17' })], actions: [action()] }), TODAY, []],
    ['the calendar sets Q4’s updates due on 20 April; 17 April is 3 days before', work({ actions: [action()], calendar: [calendarEntry('2017-18', 'Q4', '2018-04-20')] }), '2018-04-17', ['soon 3 updateOwed AwaitingUpdate']]
  ])('%s', (_name, subject, today, expected) => {
    expect(placeOf(subject, today)).toEqual(expected);
  });

  test('the row names the quarter and is due on its updates-due date', () => {
    const [row] = dueListOf(owed(), TODAY).dueSoon;
    expect(row).toMatchObject({ kind: 'updateOwed', plan: PLAN, ref: '1.a.', title: 'Deliver KiVa', dueDate: '2018-04-16', period: { financialYear: '2017-18', quarter: 'Q4' } });
  });
});

describe('deadline change requests waiting for the person’s decision', () => {
  const asLead = (change: Partial<PersonsDueWork>): PersonsDueWork => work({ email: LEAD_EMAIL, ...change });
  test.each<[string, PersonsDueWork, string[]]>([
    ['pending, moving 30 April', asLead({ changeRequests: [request()] }), ['soon 25 changeRequest AwaitingDecision']],
    ['pending, moving 31 December: waits on the lead however far off', asLead({ changeRequests: [request({ currentDate: '2018-12-31' })] }), ['soon 270 changeRequest AwaitingDecision']],
    ['pending, moving 31 March, already passed', asLead({ changeRequests: [request({ currentDate: '2018-03-31' })] }), ['overdue 5 changeRequest AwaitingDecision']],
    ['agreed', asLead({ changeRequests: [request({ decision: 'Approved' })] }), []],
    ['turned down', asLead({ changeRequests: [request({ decision: 'Rejected' })] }), []],
    ['the lead’s address in another case', work({ email: 'Pat.Lead@Council.gov.uk', changeRequests: [request()] }), ['soon 25 changeRequest AwaitingDecision']],
    ['the person does not lead the plan (the requester)', work({ changeRequests: [request()] }), []],
    ['in a closed plan', asLead({ plans: [plan(PLAN, { status: 'Closed' })], changeRequests: [request()] }), []]
  ])('%s', (_name, subject, expected) => {
    expect(placeOf(subject)).toEqual(expected);
  });

  test.each([
    ['on the action', 'Deliver KiVa', {}],
    ['on a milestone', 'Train staff', { milestoneTitle: 'Train staff' }]
  ])('a request %s is titled %s', (_name, title, change) => {
    const [row] = dueListOf(work({ email: LEAD_EMAIL, changeRequests: [request(change)] }), TODAY).dueSoon;
    expect(row).toMatchObject({ ref: '1.a.', title, dueDate: '2018-04-30', requestedDate: '2018-06-30', requester: { name: 'Jan Coles' } });
  });
});

describe('order and grouping', () => {
  // Today 5 April. Overdue: M-A 20 days (16 March), M-B 5 days (31 March, CIP 2.b.), action 1.a. 5 days (CIP);
  // due soon: update owed 11 days (16 April), M-C 11 days (16 April, SEP 1.a.), M-D 1 day (6 April, SEP).
  const mixed = work({
    actions: [action({ endDate: '2018-03-31' })],
    milestones: [
      milestone({ title: 'M-A', dueDate: '2018-03-16' }, OTHER_PLAN),
      milestone({ actionRef: '2.b.', title: 'M-B', dueDate: '2018-03-31' }),
      milestone({ title: 'M-C', dueDate: '2018-04-16' }, OTHER_PLAN),
      milestone({ title: 'M-D', dueDate: '2018-04-06' }, OTHER_PLAN)
    ]
  });
  const label = (row: DueItem): string => `${row.plan === PLAN ? 'CIP' : 'SEP'} ${row.ref} ${row.title}`;

  test('overdue by most days first; on the same day by plan, then reference', () => {
    expect(dueListOf(mixed, TODAY).overdue.map(label)).toEqual(['SEP 1.a. M-A', 'CIP 1.a. Deliver KiVa', 'CIP 2.b. M-B']);
  });

  test('due soon by nearest first; on the same day by plan title (Corporate before Strategic)', () => {
    expect(dueListOf(mixed, TODAY).dueSoon.map(label)).toEqual(['SEP 1.a. M-D', 'CIP 1.a. Deliver KiVa', 'SEP 1.a. M-C']);
  });

  test('on the same day and reference, a milestone before the action’s end date, before its update', () => {
    const sameDay = work({ actions: [action({ endDate: '2018-04-16' })], milestones: [milestone({ dueDate: '2018-04-16' })] });
    expect(dueListOf(sameDay, TODAY).dueSoon.map((row) => row.kind)).toEqual(['milestone', 'actionEnd', 'updateOwed']);
  });

  test('by plan: the plan with the most overdue row first, each keeping the list’s order', () => {
    const groups = dueListOf(mixed, TODAY).byPlan.map((group) => [group.plan, group.overdue.map(label), group.dueSoon.map(label)]);
    expect(groups).toEqual([
      [OTHER_PLAN, ['SEP 1.a. M-A'], ['SEP 1.a. M-D', 'SEP 1.a. M-C']],
      [PLAN, ['CIP 1.a. Deliver KiVa', 'CIP 2.b. M-B'], ['CIP 1.a. Deliver KiVa']]
    ]);
  });

  test('each row hands back the object it was built from, for quick actions', () => {
    const subject = work({ milestones: [milestone()] });
    const [row] = dueListOf(subject, TODAY).overdue;
    expect(row.kind === 'milestone' ? row.milestone : undefined).toBe(subject.milestones[0].milestone);
  });
});

describe('when the next updates are due (the empty state)', () => {
  test.each<[string, PersonsDueWork, string, string, string]>([
    ['owes Q4, due 16 April', work({ actions: [action()] }), TODAY, '2017-18 Q4', '2018-04-16'],
    ['Q4 submitted: the current quarter, 2018-19 Q1, due Fri 13 July (10th working day after Sat 30 June)', work({ actions: [action({}, [update('Q4', 'Green', 'Submitted')])] }), TODAY, '2018-19 Q1', '2018-07-13'],
    ['owns nothing', work(), TODAY, '2018-19 Q1', '2018-07-13'],
    ['owes Q4 but 16 April has passed: the next date to meet is Q1’s', work({ actions: [action()] }), '2018-04-17', '2018-19 Q1', '2018-07-13'],
    ['the calendar moves 2018-19 Q1 to 20 July', work({ calendar: [calendarEntry('2018-19', 'Q1', '2018-07-20')] }), TODAY, '2018-19 Q1', '2018-07-20'],
    ['10 January 2019: 2018-19 Q4, due Fri 12 April 2019', work(), '2019-01-10', '2018-19 Q4', '2019-04-12'],
    ['20 December 2018: 2018-19 Q3, due Tue 15 January 2019 (New Year’s Day skipped)', work(), '2018-12-20', '2018-19 Q3', '2019-01-15']
  ])('%s', (_name, subject, today, period, due) => {
    const next = dueListOf(subject, today).nextUpdates;
    expect([`${next.period.financialYear} ${next.period.quarter}`, next.due]).toEqual([period, due]);
  });
});
