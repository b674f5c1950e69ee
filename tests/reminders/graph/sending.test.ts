/**
 * @jest-environment node
 */
import { directoryFromPeople, GraphOutbox, startGraphOutbox } from '../../../src/local/graphOutbox';
import { activityFor, graphFor, idsOf, mailFor, owners, SENDER, startOutbox } from './graphHarness';

describe('ReminderGraph sending against the outbox', () => {
  let outbox: GraphOutbox;

  afterEach(() => outbox.close());

  test('1,000 activities go in 50 $batch calls and all are sent', async () => {
    const people = owners(1000);
    outbox = await startOutbox(people);
    const graph = graphFor(outbox);
    const ids = await idsOf(graph, people);
    outbox.resetStats();
    const outcomes = await graph.sendActivities(ids.map((id, n) => activityFor(id, `owner${n}|2018-19 Q1|updateDue14`)));
    expect(outcomes.every((outcome) => outcome.status === 'sent' && outcome.channel === 'Teams')).toBe(true);
    expect(outcomes[999].key).toBe('owner999|2018-19 Q1|updateDue14');
    expect(outbox.stats().routes).toEqual({ 'POST /v1.0/$batch': 50 });
    expect(outbox.messages()).toHaveLength(1000);
  });

  test('with 30% of calls and inner requests answered 429, every activity is recorded exactly once and sent', async () => {
    const people = owners(200);
    outbox = await startOutbox(people);
    const graph = graphFor(outbox, { maxTries: 8 });
    const ids = await idsOf(graph, people);
    outbox.setFaults({ failureRate: 0.3, status: 429, retryAfterSeconds: 2, seed: 42 });
    const outcomes = await graph.sendActivities(ids.map((id, n) => activityFor(id, `key${n}`)));
    const recorded = outbox.messages().map((message) => message.userId);
    expect(outcomes.filter((outcome) => outcome.status !== 'sent')).toEqual([]);
    expect(recorded).toHaveLength(200);
    expect(new Set(recorded).size).toBe(200);
    const injected = outbox.stats().injected[429];
    expect(injected).toBeGreaterThan(0);
    expect(graph.stats().throttled).toBe(injected);
  });

  test('Teams without the notifier app → notInstalled; a user id nobody has → unreachable; a refused request → failed with Graph\'s message', async () => {
    outbox = await startGraphOutbox({ directory: directoryFromPeople([{ email: 'bryn@council.gov.uk', title: 'Bryn', teams: false }, { email: 'ada@council.gov.uk', title: 'Ada' }]), quiet: true });
    const graph = graphFor(outbox);
    const [bryn, ada] = await idsOf(graph, [{ email: 'bryn@council.gov.uk', title: 'Bryn' }, { email: 'ada@council.gov.uk', title: 'Ada' }]);
    const badType = activityFor(ada, 'c');
    badType.body.activityType = 'birthday';
    const outcomes = await graph.sendActivities([activityFor(bryn, 'a'), activityFor('00000000-0000-0000-0000-000000000000', 'b'), badType]);
    expect(outcomes.map((outcome) => [outcome.key, outcome.status])).toEqual([
      ['a', 'notInstalled'],
      ['b', 'unreachable'],
      ['c', 'failed']
    ]);
    expect(outcomes[2].detail).toContain("Activity type 'birthday' is not declared");
  });

  test('an outer 503 leaves the batch unknown and it is not sent again', async () => {
    const people = owners(3);
    outbox = await startOutbox(people);
    const graph = graphFor(outbox);
    const ids = await idsOf(graph, people);
    outbox.resetStats();
    outbox.setFaults({ failureRate: 1, status: 503, retryAfterSeconds: 1, scope: 'outer' });
    const outcomes = await graph.sendActivities(ids.map((id, n) => activityFor(id, `key${n}`)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(outcomes[0].detail).toContain('503');
    expect(outbox.stats().httpCalls).toBe(1);
  });

  test('an inner 504 is unknown (Graph may have run it) and is not sent again', async () => {
    const people = owners(2);
    outbox = await startOutbox(people);
    const graph = graphFor(outbox);
    const ids = await idsOf(graph, people);
    outbox.resetStats();
    outbox.setFaults({ failureRate: 1, status: 504, scope: 'inner' });
    const outcomes = await graph.sendActivities(ids.map((id, n) => activityFor(id, `key${n}`)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['unknown', 'unknown']);
    expect(outbox.stats().innerRequests).toEqual({ 'POST /v1.0/users/{id}/teamwork/sendActivityNotification': 2 });
  });

  test('a request Graph keeps throttling is given up as unknown after maxTries sends', async () => {
    const people = owners(1);
    outbox = await startOutbox(people);
    const graph = graphFor(outbox, { maxTries: 3 });
    const [id] = await idsOf(graph, people);
    outbox.resetStats();
    outbox.setFaults({ failureRate: 1, status: 429, scope: 'inner' });
    const [outcome] = await graph.sendActivities([activityFor(id, 'k')]);
    expect([outcome.status, outcome.detail]).toEqual(['unknown', 'Graph still answered 429 after 3 tries']);
    expect(outbox.stats().httpCalls).toBe(3);
  });

  test('e-mails go from the sender mailbox as MIME: sent to a mailbox, unreachable without one', async () => {
    outbox = await startGraphOutbox({
      directory: directoryFromPeople([{ email: 'bryn@council.gov.uk', title: 'Bryn', teams: false }, { email: 'cerys@council.gov.uk', title: 'Cerys', mailbox: false }, { email: SENDER, title: 'Reminders' }]),
      quiet: true
    });
    const outcomes = await graphFor(outbox).sendMails([await mailFor('bryn@council.gov.uk', 'b'), await mailFor('cerys@council.gov.uk', 'c')]);
    expect(outcomes.map((outcome) => [outcome.key, outcome.channel, outcome.status])).toEqual([
      ['b', 'Email', 'sent'],
      ['c', 'Email', 'unreachable']
    ]);
    expect(outbox.messages()).toEqual([expect.objectContaining({ kind: 'mail', to: 'bryn@council.gov.uk', from: SENDER, subject: 'Updates due on 14 April' })]);
  });

  test('the same key twice in one send is refused before anything is sent', async () => {
    outbox = await startOutbox(owners(1));
    await expect(graphFor(outbox).sendActivities([activityFor('x', 'k'), activityFor('y', 'k')])).rejects.toThrow('The key k appears twice');
    expect(outbox.stats().httpCalls).toBe(0);
  });
});
