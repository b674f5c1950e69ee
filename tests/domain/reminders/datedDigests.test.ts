import { ReminderLogEntry, ReminderSettings } from '../../../src/domain/reminders';
import { input, JAN, linesOn, logged, milestone, PAT, person, plan, PLAN, planOn, request } from './reminderFixtures';

/**
 * Milestones due soon (7 days before) and overdue (the day after), and deadline change requests
 * waiting on their decider (2 working days after being asked), in digests named by the day they
 * go. July and August 2018 are in 2018-19 Q2, the period these digests are logged under.
 */

const JAN_Q2 = 'jan.coles@council.gov.uk|2018-19 Q2|';
const PAT_Q2 = 'pat.lead@council.gov.uk|2018-19 Q2|';
const janLogged = (stage: string, state: ReminderLogEntry['state'] = 'Sent') => logged(`${JAN_Q2}${stage}`, state);

// Train staff: due Tue 17 July 2018; due soon from Tue 10 July; overdue from Wed 18 July.
const TRAIN = milestone('Train staff', '2018-07-17');
// Open hub: due Sat 21 July; due soon Sat 14 July → Mon 16 July; overdue Sun 22 July → Mon 23 July.
const HUB = milestone('Open hub', '2018-07-21');
// Pilot: due Thu 19 July; overdue from Fri 20 July.
const PILOT = milestone('Pilot', '2018-07-19');
// Launch: due Wed 25 July; due soon from Wed 18 July.
const LAUNCH = milestone('Launch', '2018-07-25');
// Survey: due Thu 12 July; due soon from Thu 5 July; overdue from Fri 13 July.
const SURVEY = milestone('Survey', '2018-07-12');
// Fete: due Sun 26 August; overdue Mon 27 August, the summer bank holiday → Tue 28 August.
const FETE = milestone('Fete', '2018-08-26');

type Row = [string, string, ReturnType<typeof milestone>[], ReminderLogEntry[], Partial<ReminderSettings>, string[]];

describe('milestones: each row once per kind, on the first run after its trigger', () => {
  test.each<Row>([
    ['2018-07-09', 'Mon 9 July: due soon from tomorrow', [TRAIN], [], {}, []],
    ['2018-07-10', 'Tue 10 July: 7 days before', [TRAIN], [], {}, [`${JAN_Q2}milestoneDueSoon 2018-07-10: Train staff`]],
    ['2018-07-11', 'Wed 11 July, nothing logged: the job was down yesterday, so it catches up', [TRAIN], [], {}, [`${JAN_Q2}milestoneDueSoon 2018-07-11: Train staff`]],
    ['2018-07-11', 'Wed 11 July, sent yesterday: not again', [TRAIN], [janLogged('milestoneDueSoon 2018-07-10')], {}, []],
    ['2018-07-11', 'Wed 11 July, yesterday’s failed: not again either (any state)', [TRAIN], [janLogged('milestoneDueSoon 2018-07-10', 'Failed')], {}, []],
    ['2018-07-11', 'Wed 11 July, only someone else’s logged yesterday: caught up', [TRAIN], [logged(`${PAT_Q2}milestoneDueSoon 2018-07-10`)], {}, [`${JAN_Q2}milestoneDueSoon 2018-07-11: Train staff`]],
    ['2018-07-11', 'the log’s e-mail in another case is the same person', [TRAIN], [logged(`JAN.Coles@council.gov.uk|2018-19 Q2|milestoneDueSoon 2018-07-10`)], {}, []],
    ['2018-07-17', 'Tue 17 July, the due date: not overdue yet', [TRAIN], [janLogged('milestoneDueSoon 2018-07-10')], {}, []],
    ['2018-07-18', 'Wed 18 July: overdue', [TRAIN], [janLogged('milestoneDueSoon 2018-07-10')], {}, [`${JAN_Q2}milestoneOverdue 2018-07-18: Train staff`]],
    ['2018-07-24', 'Tue 24 July, nothing logged: 6 days late, still within the week’s catch-up', [TRAIN], [], {}, [`${JAN_Q2}milestoneOverdue 2018-07-24: Train staff`]],
    ['2018-07-25', 'Wed 25 July, nothing logged: 7 days late, past the catch-up', [TRAIN], [], {}, []],
    ['2018-07-25', 'the same with 10 days’ catch-up', [TRAIN], [], { catchUpDays: 10 }, [`${JAN_Q2}milestoneOverdue 2018-07-25: Train staff`]],
    ['2018-07-03', 'due soon 14 days ahead: Tue 3 July', [TRAIN], [], { milestoneDaysBefore: 14 }, [`${JAN_Q2}milestoneDueSoon 2018-07-03: Train staff`]],
    ['2018-07-13', 'Fri 13 July: due soon on Saturday 14, not yet', [HUB], [], {}, []],
    ['2018-07-16', 'Mon 16 July: Saturday’s trigger goes on Monday, after Friday’s digest', [HUB], [janLogged('milestoneDueSoon 2018-07-13')], {}, [`${JAN_Q2}milestoneDueSoon 2018-07-16: Open hub`]],
    ['2018-07-23', 'Mon 23 July: Sunday’s overdue goes on Monday, after Friday’s digest', [HUB], [janLogged('milestoneOverdue 2018-07-20')], {}, [`${JAN_Q2}milestoneOverdue 2018-07-23: Open hub`]],
    ['2018-08-28', 'Tue 28 August: overdue from the bank holiday Monday', [FETE], [], {}, [`${JAN_Q2}milestoneOverdue 2018-08-28: Fete`]],
    ['2018-07-19', 'Thu 19 July: Train staff went yesterday, Pilot is due today', [TRAIN, PILOT], [janLogged('milestoneOverdue 2018-07-18')], {}, []],
    ['2018-07-20', 'Fri 20 July: Pilot only; Train staff went on the 18th', [TRAIN, PILOT], [janLogged('milestoneOverdue 2018-07-18')], {}, [`${JAN_Q2}milestoneOverdue 2018-07-20: Pilot`]],
    ['2018-07-20', 'Fri 20 July, last sent on the 16th: both, most overdue first', [PILOT, TRAIN], [janLogged('milestoneOverdue 2018-07-16')], {}, [`${JAN_Q2}milestoneOverdue 2018-07-20: Train staff Pilot`]],
    ['2018-07-13', 'Fri 13 July, 10 days’ catch-up: Survey’s due-soon trigger (5 July) is in range but it is overdue now: the overdue digest only', [SURVEY], [], { catchUpDays: 10 }, [`${JAN_Q2}milestoneOverdue 2018-07-13: Survey`]],
    ['2018-07-11', 'Wed 11 July, 10 days’ catch-up: Survey is due soon still', [SURVEY], [], { catchUpDays: 10 }, [`${JAN_Q2}milestoneDueSoon 2018-07-11: Survey`]],
    ['2018-07-18', 'Wed 18 July: a due-soon and an overdue digest, in kind order', [TRAIN, LAUNCH], [janLogged('milestoneDueSoon 2018-07-10')], {}, [
      `${JAN_Q2}milestoneDueSoon 2018-07-18: Launch`, `${JAN_Q2}milestoneOverdue 2018-07-18: Train staff`
    ]],
    ['2018-07-18', 'a milestone done the day before its due date', [milestone('Train staff', '2018-07-17', { doneDate: '2018-07-16' })], [], {}, []]
  ])('%s: %s', (today, _note, milestones, log, settings, expected) => {
    expect(linesOn(today, input([person(JAN, { milestones })], [], log), settings)).toEqual(expected);
  });

  test('a closed plan’s milestones are not chased', () => {
    expect(linesOn('2018-07-18', input([person(JAN, { plans: [plan(PLAN, { status: 'Closed' })], milestones: [TRAIN] })]))).toEqual([]);
  });

  test('the digest carries the quarter of today and the due list’s row, and no update due date', () => {
    const digest = planOn('2018-07-18', input([person(JAN, { milestones: [TRAIN] })])).digests[0];
    expect(digest).toMatchObject({ kind: 'milestoneOverdue', stage: 'milestoneOverdue 2018-07-18', period: { financialYear: '2018-19', quarter: 'Q2' }, resumed: false });
    expect(digest.updatesDue).toBeUndefined();
    expect(digest.rows).toEqual([expect.objectContaining({ kind: 'milestone', title: 'Train staff', dueDate: '2018-07-17', daysOverdue: 1, milestone: TRAIN.milestone })]);
  });
});

describe('deadline change requests waiting on the plan’s lead', () => {
  const pat = (requests: Array<ReturnType<typeof request>>) => person(PAT, { changeRequests: requests });
  test.each<[string, string, Array<ReturnType<typeof request>>, ReminderLogEntry[], string[]]>([
    ['2018-07-10', 'asked Mon 9 July: 1 working day on', [request('2018-07-09')], [], []],
    ['2018-07-11', 'asked Mon 9 July: 2 working days on', [request('2018-07-09')], [], [`${PAT_Q2}decisionsWaiting 2018-07-11: 1.a.`]],
    ['2018-07-12', 'sent yesterday: not again', [request('2018-07-09')], [logged(`${PAT_Q2}decisionsWaiting 2018-07-11`)], []],
    ['2018-07-12', 'nothing logged yesterday: caught up', [request('2018-07-09')], [], [`${PAT_Q2}decisionsWaiting 2018-07-12: 1.a.`]],
    ['2018-07-13', 'asked Thu 12 July: Friday is 1 working day', [request('2018-07-12')], [], []],
    ['2018-07-16', 'asked Thu 12 July: Monday is 2, over the weekend', [request('2018-07-12')], [], [`${PAT_Q2}decisionsWaiting 2018-07-16: 1.a.`]],
    ['2018-08-24', 'asked Thu 23 August: Fri 24 is 1', [request('2018-08-23')], [], []],
    ['2018-08-28', 'asked Thu 23 August: Tue 28 is 2, the bank holiday skipped', [request('2018-08-23')], [], [`${PAT_Q2}decisionsWaiting 2018-08-28: 1.a.`]],
    ['2018-07-11', 'asked on a day not known: reminded now', [request()], [], [`${PAT_Q2}decisionsWaiting 2018-07-11: 1.a.`]],
    ['2018-07-11', 'asked on a day not known: reminded again on the next day’s run', [request()], [logged(`${PAT_Q2}decisionsWaiting 2018-07-10`)], [`${PAT_Q2}decisionsWaiting 2018-07-11: 1.a.`]],
    ['2018-07-11', 'decided already', [request('2018-07-09', { decision: 'Approved', decidedBy: PAT, decidedOn: '2018-07-10' })], [], []],
    ['2018-07-11', 'one reminded on Monday, one new', [request('2018-07-05', { actionRef: '1.b.' }), request('2018-07-09')], [logged(`${PAT_Q2}decisionsWaiting 2018-07-09`)], [`${PAT_Q2}decisionsWaiting 2018-07-11: 1.a.`]]
  ])('%s: %s', (today, _note, requests, log, expected) => {
    expect(linesOn(today, input([pat(requests)], [], log))).toEqual(expected);
  });

  test('someone who does not lead the plan is not asked to decide', () => {
    expect(linesOn('2018-07-11', input([person(JAN, { changeRequests: [request('2018-07-09')] })]))).toEqual([]);
  });
});
