/**
 * @jest-environment node
 */
import { GraphOutbox } from '../../../src/local/graphOutbox';
import { PUBLISHED_GRAPH_RATES, virtualClock } from '../../../src/reminders/graph';
import { Pacer } from '../../../src/reminders/graph/pacer';
import { activityFor, graphFor, idsOf, mailFor, owners, startOutbox, UNPACED } from './graphHarness';

test('the published rates are those of graphRates.ts: 5 activities a second, 30 e-mails a minute', () => {
  expect(PUBLISHED_GRAPH_RATES.activity).toBe(5);
  expect(PUBLISHED_GRAPH_RATES.mail).toBe(0.5);
});

describe('pacing to Graph\'s published rates, on a virtual clock', () => {
  let outbox: GraphOutbox;

  afterEach(() => outbox.close());

  test('1,000 activities at 5 a second: the first batch of 20 goes at once, each next one 4 s later, 196 s in all', async () => {
    const people = owners(1000);
    outbox = await startOutbox(people);
    const clock = virtualClock();
    const graph = graphFor(outbox, { clock, rates: { ...PUBLISHED_GRAPH_RATES, users: UNPACED.users } });
    const ids = await idsOf(graph, people);
    const outcomes = await graph.sendActivities(ids.map((id, n) => activityFor(id, `k${n}`)));
    const waitedMs = graph.stats().waitedMs;
    // 1,000 requests at 5/s: the 980 after the first batch need 980 / 5 = 196 s. Pacing that
    // wasted time would exceed it by at least one batch interval (20 / 5 = 4 s); none may be under.
    expect(outcomes.every((outcome) => outcome.status === 'sent')).toBe(true);
    expect(waitedMs).toBeGreaterThanOrEqual(196000);
    expect(waitedMs).toBeLessThan(196000 + 4000);
    expect(clock.slept).toBe(waitedMs);
    console.log(`1,000 Teams activities: ${graph.stats().httpCalls - 4} $batch calls; this run would take ${waitedMs / 1000} s at the paced rate of ${PUBLISHED_GRAPH_RATES.activity}/s`);
  });

  test('200 e-mails at 30 a minute from one mailbox: (200 − 20) / 0.5 = 360 s', async () => {
    const people = owners(200);
    outbox = await startOutbox(people);
    const graph = graphFor(outbox, { clock: virtualClock(), rates: PUBLISHED_GRAPH_RATES });
    const mails = await Promise.all(people.map((person, n) => mailFor(person.email, `m${n}`)));
    const outcomes = await graph.sendMails(mails);
    expect(outcomes.every((outcome) => outcome.status === 'sent')).toBe(true);
    expect(graph.stats().waitedMs).toBe(360000);
    console.log(`200 e-mails: this run would take ${graph.stats().waitedMs / 1000} s at Exchange's 30 messages a minute (1,000 would take ${(1000 - 20) / 0.5} s)`);
  });

  test('after inner 429s in one batch, the next batch waits out their Retry-After although it was never throttled itself', async () => {
    const people = owners(40);
    outbox = await startOutbox(people);
    const clock = virtualClock();
    // The outbox stops throttling as soon as the sender first waits.
    const clearingClock = { now: clock.now, sleep: async (ms: number) => { outbox.setFaults({}); await clock.sleep(ms); } };
    const graph = graphFor(outbox, { clock: clearingClock });
    const ids = await idsOf(graph, people);
    outbox.setFaults({ failureRate: 0.3, status: 429, retryAfterSeconds: 12, seed: 5, scope: 'inner' });
    const outcomes = await graph.sendActivities(ids.map((id, n) => activityFor(id, `k${n}`)));
    expect(outcomes.every((outcome) => outcome.status === 'sent')).toBe(true);
    expect(outbox.stats().injected[429]).toBeGreaterThan(0);
    // Batch 2 waited 12 s for batch 1's 429s; the retries then went at once.
    expect(graph.stats().waitedMs).toBe(12000);
    expect(outbox.messages()).toHaveLength(40);
  });

  test('an outer 429 holds the batch for its Retry-After, then sends it again', async () => {
    const people = owners(5);
    outbox = await startOutbox(people);
    const clock = virtualClock();
    const clearingClock = { now: clock.now, sleep: async (ms: number) => { outbox.setFaults({}); await clock.sleep(ms); } };
    const graph = graphFor(outbox, { clock: clearingClock });
    const ids = await idsOf(graph, people);
    outbox.resetStats();
    outbox.setFaults({ failureRate: 1, status: 429, retryAfterSeconds: 30, scope: 'outer' });
    const outcomes = await graph.sendActivities(ids.map((id, n) => activityFor(id, `k${n}`)));
    expect(outcomes.every((outcome) => outcome.status === 'sent')).toBe(true);
    expect(graph.stats().waitedMs).toBe(30000);
    expect(outbox.stats().routes).toEqual({ 'POST /v1.0/$batch': 2 });
    expect(outbox.messages()).toHaveLength(5);
  });
});

describe('Pacer', () => {
  test.each([
    ['one Retry-After', [5000], 5000],
    ['the largest of several, whatever their order', [5000, 30000, 10000], 30000],
    ['none', [], 0]
  ])('the next call after %s waits %i ms', async (_, retryAfters, expected) => {
    const clock = virtualClock();
    const pacer = new Pacer(clock, UNPACED);
    retryAfters.forEach((ms) => pacer.backOff(ms));
    await pacer.take('mail', 1);
    expect(pacer.waitedMs()).toBe(expected);
  });

  test('each API keeps its own rate: activities do not wait for e-mails', async () => {
    const clock = virtualClock();
    const pacer = new Pacer(clock, { users: 100, activity: 5, mail: 0.5 });
    await pacer.take('mail', 20);
    await pacer.take('activity', 20);
    await pacer.take('activity', 20);
    expect(pacer.waitedMs()).toBe(4000);
    await pacer.take('mail', 1);
    // 20 mails at 0.5/s book 40 s; 4 s have passed.
    expect(pacer.waitedMs()).toBe(40000);
  });

  test('a rate that is not a positive number is refused, naming the API', () => {
    expect(() => new Pacer(virtualClock(), { users: 1, activity: 0, mail: 1 })).toThrow('rates.activity must be a positive number');
  });
});
