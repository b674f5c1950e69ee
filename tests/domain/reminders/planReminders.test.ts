import { PersonRef } from '../../../src/domain/model';
import { planReminders, ReminderLogEntry } from '../../../src/domain/reminders';
import {
  action, input, JAN, lineOf, linesOn, logged, milestone, objective, OLU, OTHER_PLAN, PAT, Person, person, plan, PLAN, planOn, request
} from './reminderFixtures';

/**
 * The plan as a whole: quiet times, the log, the order of digests and people who cannot be
 * reached. Q1 2018-19's updates are due Fri 13 July 2018: overdue from Mon 16 July, escalated
 * from Wed 18 July (3 working days after).
 */

const JAN_OVERDUE = 'jan.coles@council.gov.uk|2018-19 Q1|updateOverdue';
const ANN: Required<PersonRef> = { name: 'Ann Bell', email: 'Ann.Bell@Council.gov.uk' };
const janOwes = () => person(JAN, { actions: [action('1.a.')] });

describe('quiet times plan nothing, and say when to come back', () => {
  test.each([
    ['Saturday 21 July', '2018-07-21T12:00:00Z', '2018-07-21', 'weekend', '2018-07-23T07:00:00Z'],
    ['Sunday 23:30 UTC, already Monday 00:30 in London', '2018-07-15T23:30:00Z', '2018-07-16', 'outsideHours', '2018-07-16T07:00:00Z'],
    ['the summer bank holiday', '2018-08-27T09:00:00+01:00', '2018-08-27', 'bankHoliday', '2018-08-28T07:00:00Z'],
    ['Monday 18:00 BST', '2018-07-16T18:00:00+01:00', '2018-07-16', 'outsideHours', '2018-07-17T07:00:00Z']
  ])('%s', (_name, now, today, reason, nextSendable) => {
    expect(planReminders(input([janOwes()]), now)).toEqual({ now, today, quiet: { reason, nextSendable }, digests: [], alreadySent: [], unlinked: [] });
  });

  test('08:00 BST on Monday 16 July (07:00 UTC): the overdue digest goes', () => {
    const result = planReminders(input([janOwes()]), '2018-07-16T07:00:00Z');
    expect(result.quiet).toBeUndefined();
    expect(result.today).toBe('2018-07-16');
    expect(result.digests.map(lineOf)).toEqual([`${JAN_OVERDUE}: 1.a.`]);
  });
});

describe('the reminder log', () => {
  test.each<[string, ReminderLogEntry[], string[], boolean[], string[]]>([
    ['nothing logged', [], [JAN_OVERDUE], [false], []],
    ['logged Sent: not planned again, listed as already sent', [logged(JAN_OVERDUE, 'Sent')], [], [], [JAN_OVERDUE]],
    ['logged Failed: Graph refused it for good, not retried', [logged(JAN_OVERDUE, 'Failed')], [], [], [JAN_OVERDUE]],
    ['logged Sending: a run stopped half way; planned again, resumed', [logged(JAN_OVERDUE, 'Sending')], [JAN_OVERDUE], [true], []],
    ['an earlier stage Sent changes nothing', [logged('jan.coles@council.gov.uk|2018-19 Q1|updateDue2')], [JAN_OVERDUE], [false], []],
    ['last quarter’s overdue digest changes nothing', [logged('jan.coles@council.gov.uk|2017-18 Q4|updateOverdue')], [JAN_OVERDUE], [false], []]
  ])('%s', (_name, log, keys, resumed, alreadySent) => {
    const result = planOn('2018-07-16', input([janOwes()], [], log));
    expect(result.digests.map((digest) => digest.key)).toEqual(keys);
    expect(result.digests.map((digest) => digest.resumed)).toEqual(resumed);
    expect(result.alreadySent).toEqual(alreadySent);
  });

  test('a second run the same day, after the first was logged, sends nothing and lists everything as already sent', () => {
    const pat = person(PAT, { milestones: [milestone('Launch', '2018-07-25')], changeRequests: [request('2018-07-16')] });
    const jan = person(JAN, { actions: [action('1.a.')], milestones: [milestone('Train staff', '2018-07-17')] });
    const first = planOn('2018-07-18', input([jan, pat]));
    expect(first.digests).toHaveLength(5);
    const log = first.digests.map((digest) => logged(digest.key, 'Sent'));
    const second = planReminders(input([jan, pat], [], log), '2018-07-18T15:45:00Z');
    expect(second.digests).toEqual([]);
    expect(second.alreadySent).toEqual(first.digests.map((digest) => digest.key));
  });
});

describe('order: by e-mail whatever its case, then kind (updates, milestones, escalation, decisions)', () => {
  test('three people with every kind between them on Wed 18 July', () => {
    const ann = person(ANN, { actions: [action('1.c.', { owner: ANN })] });
    const jan = person(JAN, { actions: [action('1.a.')], milestones: [milestone('Train staff', '2018-07-17')] });
    // Launch due Wed 25 July: due soon today. The request asked Mon 16 July: 2 working days on.
    const pat = person(PAT, { milestones: [milestone('Launch', '2018-07-25')], changeRequests: [request('2018-07-16')] });
    expect(linesOn('2018-07-18', input([pat, jan, ann]))).toEqual([
      'ann.bell@council.gov.uk|2018-19 Q1|updateOverdue: 1.c.',
      `${JAN_OVERDUE}: 1.a.`,
      'jan.coles@council.gov.uk|2018-19 Q2|milestoneOverdue 2018-07-18: Train staff',
      'pat.lead@council.gov.uk|2018-19 Q2|milestoneDueSoon 2018-07-18: Launch',
      'pat.lead@council.gov.uk|2018-19 Q1|escalation: Ann Bell/1.c. Jan Coles/1.a.',
      'pat.lead@council.gov.uk|2018-19 Q2|decisionsWaiting 2018-07-18: 1.a.'
    ]);
  });

  test('the recipient keeps the e-mail as given; the key is in lower case', () => {
    const digest = planOn('2018-07-16', input([person(ANN, { actions: [action('1.c.', { owner: ANN })] })])).digests[0];
    expect(digest.recipient).toEqual({ email: 'Ann.Bell@Council.gov.uk', name: 'Ann Bell' });
    expect(digest.key).toBe('ann.bell@council.gov.uk|2018-19 Q1|updateOverdue');
  });
});

describe('people without an e-mail are counted, not sent to', () => {
  test('named owners not linked to a person, by name and plan', () => {
    const ib = person({ name: 'IB' }, { actions: [action('1.a.', { owner: { name: 'IB' } })], milestones: [milestone('Train staff', '2018-07-17')] });
    const km = person({ name: 'KM', email: '  ' }, { actions: [action('2.a.', { owner: { name: 'KM' }, plan: OTHER_PLAN })] });
    // Mon 16 July: the overdue update, and Train staff due tomorrow (due soon since Tue 10 July).
    const result = planOn('2018-07-16', input([km, ib, janOwes()]));
    expect(result.digests.map(lineOf)).toEqual([`${JAN_OVERDUE}: 1.a.`]);
    expect(result.unlinked).toEqual([{ name: 'IB', plan: PLAN, rows: 2 }, { name: 'KM', plan: OTHER_PLAN, rows: 1 }]);
  });

  test('nobody unlinked: an empty list', () => {
    expect(planOn('2018-07-16', input([janOwes()])).unlinked).toEqual([]);
  });
});

describe('scale: 1,000 owners with 10 items each', () => {
  test('plans in well under a second', () => {
    const leads = Array.from({ length: 10 }, (_, index) => ({ name: `Lead ${index}`, email: `lead${index}@council.gov.uk` }));
    const objectives = leads.map((lead, index) => objective(String(index + 1), [lead], index % 2 ? OTHER_PLAN : PLAN));
    const people: Person[] = Array.from({ length: 1000 }, (_, index) => {
      const who = { name: `Owner ${index}`, email: `owner${index}@council.gov.uk` };
      return person(who, {
        plans: [plan(PLAN), plan(OTHER_PLAN, { lead: OLU })],
        actions: Array.from({ length: 6 }, (__, item) => action(`${item + 1}.${index}.`, { owner: who, objectiveRef: String(item + 1), plan: item % 2 ? OTHER_PLAN : PLAN })),
        milestones: Array.from({ length: 4 }, (__, item) => milestone(`Milestone ${item}`, `2018-07-${String(15 + item).padStart(2, '0')}`))
      });
    });
    const log = people.map((each) => logged(`${each.email}|2018-19 Q2|milestoneOverdue 2018-07-17`));
    const started = Date.now();
    const result = planReminders(input(people, objectives, log), '2018-07-18T09:00:00+01:00');
    const elapsed = Date.now() - started;
    // eslint-disable-next-line no-console -- the brief asks for the time to be printed
    console.log(`planReminders: 1,000 owners × 10 items → ${result.digests.length} digests in ${elapsed} ms`);
    expect(elapsed).toBeLessThan(2000);
    // Each owner: one overdue update digest (6 rows) and one overdue milestone digest (Milestone 2,
    // due 17 July; those due 15 and 16 July were in the 17th's digest). Six objective leads: 6,000 rows.
    expect(result.digests.filter((digest) => digest.kind === 'updateOverdue')).toHaveLength(1000);
    expect(result.digests.filter((digest) => digest.kind === 'milestoneOverdue').every((digest) => digest.rows.length === 1)).toBe(true);
    const escalated = result.digests.filter((digest) => digest.kind === 'escalationDigest');
    expect(escalated.map((digest) => digest.recipient.email)).toEqual(leads.slice(0, 6).map((lead) => lead.email));
    expect(escalated.reduce((total, digest) => total + digest.rows.length, 0)).toBe(6000);
    expect(result.digests).toHaveLength(2006);
  });
});
