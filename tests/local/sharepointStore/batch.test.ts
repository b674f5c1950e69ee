/**
 * @jest-environment node
 */
import { SharePointStore } from '../../../src/local/sharepointStore';
import { rawFetch, spFor, startMemoryStore } from './storeHarness';

const PLAN = { Title: 'Plan', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' };

describe('$batch', () => {
  let store: SharePointStore;

  beforeEach(async () => {
    store = await startMemoryStore();
  });

  afterEach(() => store.close());

  test('a batch of 50 adds with one bad part applies the other 49 and returns the bad part\'s error', async () => {
    const sp = spFor(store);
    const plan = await sp.web.lists.getByTitle('Plans').items.add(PLAN);
    store.resetStats();
    const [batched, execute] = sp.batched();
    const adds = Array.from({ length: 50 }, (_v, index) =>
      batched.web.lists.getByTitle('Measures').items.add({
        Title: `Measure ${index}`, PlanId: plan.Id, Ref: `M${index}`, FinancialYear: '2017-18', Polarity: 'High',
        Target: index === 25 ? 'ninety per cent' : index
      })
    );
    await execute();
    const settled = await Promise.allSettled(adds);
    expect(settled.filter((result) => result.status === 'fulfilled')).toHaveLength(49);
    const failed = settled[25] as PromiseRejectedResult;
    expect(failed.status).toBe('rejected');
    expect(failed.reason.status).toBe(400);
    const body = await failed.reason.response.json();
    expect(body['odata.error'].code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
    expect(body['odata.error'].message.value).toContain("'Edm.Double'");
    expect(body['odata.error'].message.value).toContain("'Target'");

    const stored = await sp.web.lists.getByTitle('Measures').items.select('Title').top(100)();
    expect(stored).toHaveLength(49);
    expect(stored.map((item: any) => item.Title)).not.toContain('Measure 25');
    const stats = store.stats();
    expect(stats.routes['POST /_api/$batch']).toBe(3);
    expect(stats.batchParts["POST /_api/web/lists/getByTitle()/items"]).toBe(50);
    // SharePoint meters the 50 adds inside the three batches and the read after them, not the envelopes.
    expect(stats.operations).toBe(51);
  });

  test('reads, updates and deletes mix in one batch, each answered with its own status', async () => {
    const sp = spFor(store);
    await sp.web.lists.getByTitle('Plans').items.add(PLAN);
    await sp.web.lists.getByTitle('Plans').items.add({ ...PLAN, Title: 'Second' });
    const [batched, execute] = sp.batched();
    const plans = (): any => batched.web.lists.getByTitle('Plans');
    const web = batched.web.select('Title')();
    const update = plans().items.getById(1).update({ Description: 'batched' });
    const stale = plans().items.getById(2).update({ Description: 'stale' }, '"9"');
    const removal = plans().items.getById(2).delete();
    const read = plans().items.getById(1).select('Description')();
    await execute();
    expect((await web).Title).toBe('Tracker');
    expect(await update).toEqual({ etag: '"2"' });
    await expect(stale).rejects.toMatchObject({ status: 412 });
    await expect(removal).resolves.toEqual({});
    expect((await read).Description).toBe('batched');
  });

  test('answers in the flat --batchresponse_ layout, one part per request in order', async () => {
    const boundary = 'batch_0c0d';
    const body = [
      `--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `GET ${store.siteUrl}/_api/web?$select=Title HTTP/1.1`, 'accept: application/json;odata=nometadata', '', '',
      `--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `GET ${store.siteUrl}/_api/web/lists/getByTitle('Nope') HTTP/1.1`, 'accept: application/json', '', '',
      `--${boundary}--`, ''
    ].join('\r\n');
    const response = await rawFetch(store, '/_api/$batch', { method: 'POST', headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body });
    expect(response.status).toBe(200);
    const lines = response.text.split('\n');
    expect(lines.filter((line) => line.startsWith('HTTP/1.1'))).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 404 Not Found']);
    expect(lines).toContain('{"Title":"Tracker"}');
    expect(response.text.endsWith('--\n')).toBe(true);
  });
});
