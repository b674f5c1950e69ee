/**
 * @jest-environment node
 */
import { SharePointStore } from '../../../src/local/sharepointStore';
import { rawFetch, spFor, startMemoryStore } from './storeHarness';

/** The admin endpoints take JSON only. */
const JSON_BODY = { 'Content-Type': 'application/json' };

describe('faults on demand', () => {
  let store: SharePointStore;

  afterEach(() => store.close());

  test('with 30% of requests answered 429 and Retry-After, PnPjs still completes every call, waiting as told', async () => {
    store = await startMemoryStore({ faults: { failureRate: 0.3, status: 429, retryAfterSeconds: 1, seed: 12 } });
    const sp = spFor(store);
    const started = Date.now();
    for (let n = 0; n < 12; n++) {
      await sp.web.lists.getByTitle('Plans').items.add({ Title: `Plan ${n}`, PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' });
    }
    const elapsed = Date.now() - started;
    const stats = store.stats();
    store.faults.clear();
    expect((await sp.web.lists.getByTitle('Plans').select('ItemCount')()).ItemCount).toBe(12);
    expect(stats.injected[429]).toBe(5);
    expect(stats.routes["POST /_api/web/lists/getByTitle()/items"]).toBe(12 + stats.injected[429]);
    expect(elapsed).toBeGreaterThanOrEqual(stats.injected[429] * 1000 - 50);
  }, 30000);

  test('a throttled answer carries Retry-After; faults and stats are also set and read over /_admin', async () => {
    store = await startMemoryStore();
    const set = await fetch(`http://127.0.0.1:${store.port}/_admin/faults`, { method: 'POST', headers: JSON_BODY, body: JSON.stringify({ failureRate: 1, status: 503, retryAfterSeconds: 7 }) });
    expect(set.status).toBe(200);
    const refused = await rawFetch(store, '/_api/web');
    expect([refused.status, refused.headers.get('retry-after')]).toEqual([503, '7']);
    await fetch(`http://127.0.0.1:${store.port}/_admin/faults`, { method: 'POST', headers: JSON_BODY, body: JSON.stringify({ latencyMs: 150 }) });
    const started = Date.now();
    expect((await rawFetch(store, '/_api/web')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const stats = await (await fetch(`http://127.0.0.1:${store.port}/_admin/stats`)).json();
    expect(stats.injected).toEqual({ 429: 0, 503: 1, delayed: 1 });
    expect(stats.routes['GET /_api/web']).toBe(2);
  });
});
