/**
 * @jest-environment node
 */
import { GraphOutbox } from '../../../src/local/graphOutbox';
import { activityBody, batch, graph, startCouncilOutbox } from './outboxHarness';

const ADA = 'ada.lovelace@council.gov.uk';
const send = (id: string) => ({ id, method: 'POST', url: `/users/${ADA}/teamwork/sendActivityNotification`, headers: { 'Content-Type': 'application/json' }, body: activityBody() });

describe('the Graph outbox: faults on demand', () => {
  let outbox: GraphOutbox;

  afterEach(() => outbox.close());

  test('an injected inner 429 carries Retry-After and is not executed; the others are', async () => {
    outbox = await startCouncilOutbox({ failureRate: 0.5, status: 429, retryAfterSeconds: 7, seed: 3, scope: 'inner' });
    const answer = await batch(outbox, Array.from({ length: 20 }, (_, n) => send(String(n + 1))));
    const refused = answer.body.responses.filter((response: any) => response.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0].headers['Retry-After']).toBe('7');
    expect(refused[0].body.error.code).toBe('TooManyRequests');
    expect(outbox.messages()).toHaveLength(20 - refused.length);
    expect(outbox.stats().injected[429]).toBe(refused.length);
  });

  test.each([429, 503, 504] as const)('an outer %s refuses the whole batch: nothing in it runs', async (status) => {
    outbox = await startCouncilOutbox({ failureRate: 1, status, retryAfterSeconds: 2, scope: 'outer' });
    const answer = await batch(outbox, [send('1'), send('2')]);
    expect([answer.status, answer.headers.get('retry-after')]).toEqual([status, '2']);
    expect(outbox.messages()).toEqual([]);
    expect(outbox.stats().innerRequests).toEqual({});
  });

  test('latency delays every HTTP call and is counted', async () => {
    outbox = await startCouncilOutbox({ latencyMs: 150 });
    const started = Date.now();
    expect((await graph(outbox, 'GET', `/users/${ADA}`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(outbox.stats().injected.delayed).toBe(1);
  });

  test('the same seed picks the same requests; faults are set and cleared over /_admin', async () => {
    outbox = await startCouncilOutbox();
    const json = { 'Content-Type': 'application/json' };
    const runWith = async () => {
      await fetch(`${outbox.url}/_admin/faults`, { method: 'POST', headers: json, body: JSON.stringify({ failureRate: 0.3, status: 503, seed: 9, scope: 'inner' }) });
      const answer = await batch(outbox, Array.from({ length: 20 }, (_, n) => ({ id: String(n + 1), method: 'GET', url: `/users/${ADA}` })));
      return answer.body.responses.map((response: any) => response.status).join(',');
    };
    expect(await runWith()).toBe(await runWith());
    await fetch(`${outbox.url}/_admin/faults`, { method: 'DELETE' });
    expect((await graph(outbox, 'GET', `/users/${ADA}`)).status).toBe(200);
    const bad = await fetch(`${outbox.url}/_admin/faults`, { method: 'POST', headers: json, body: JSON.stringify({ status: 500 }) });
    expect([bad.status, (await bad.json()).error]).toEqual([400, 'status must be 429, 503 or 504']);
  });
});
