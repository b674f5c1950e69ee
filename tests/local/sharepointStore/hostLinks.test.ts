/**
 * @jest-environment node
 */
import { request } from 'http';
import { SharePointStore } from '../../../src/local/sharepointStore';
import { spFor, startMemoryStore } from './storeHarness';

/**
 * SharePoint builds absolute URLs (`odata.metadata`, next links, `__metadata.uri`) on the host it
 * was called by. The store does the same with the request's Host header, so a same-origin proxy
 * (the local workbench) gives the browser links on its own origin. Only this machine's names are
 * served (a Host naming another is refused: requestGuard.test.ts).
 */

const ITEMS = "/sites/tracker/_api/web/lists/getByTitle('Plans')/items?%24select=Title&%24top=1";

/** A GET with the Host header set (fetch does not let a caller choose Host). */
function getWithHost(store: SharePointStore, path: string, host: string, accept: string = 'application/json'): Promise<any> {
  return new Promise((resolve, reject) => {
    const call = request({ hostname: '127.0.0.1', port: store.port, path, method: 'GET', headers: { Accept: accept, Host: host }, setHost: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    call.on('error', reject);
    call.end();
  });
}

describe('absolute URLs follow the Host header', () => {
  let store: SharePointStore;

  beforeAll(async () => {
    store = await startMemoryStore();
    const plans = spFor(store).web.lists.getByTitle('Plans').items;
    await plans.add({ Title: 'First', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' });
    await plans.add({ Title: 'Second', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' });
  });

  afterAll(() => store.close());

  test('the next link and metadata come back on the host the caller used', async () => {
    const page = await getWithHost(store, ITEMS, 'localhost:4321');
    expect(page.value).toHaveLength(1);
    expect(page['odata.nextLink']).toMatch(/^http:\/\/localhost:4321\/sites\/tracker\/_api\/Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\?/);
    expect(page['odata.metadata']).toBe('http://localhost:4321/sites/tracker/_api/$metadata#SP.ListData.PlansListItems');
    expect(page.value[0]['odata.id']).toMatch(/^http:\/\/localhost:4321\/sites\/tracker\/_api\//);
  });

  test('verbose answers carry the same host in __next and __metadata.uri', async () => {
    const page = await getWithHost(store, ITEMS, '[::1]:8080', 'application/json;odata=verbose');
    expect(page.d.__next).toMatch(/^http:\/\/\[::1\]:8080\/sites\/tracker\/_api\//);
    expect(page.d.results[0].__metadata.uri).toMatch(/^http:\/\/\[::1\]:8080\/sites\/tracker\/_api\//);
  });

  test("the web's Url is on the caller's host", async () => {
    expect((await getWithHost(store, '/sites/tracker/_api/web?%24select=Url', 'localhost:4321')).Url).toBe('http://localhost:4321/sites/tracker');
  });

  test('PnPjs follows the next link through the host it was given', async () => {
    const titles: string[] = [];
    for await (const page of spFor(store).web.lists.getByTitle('Plans').items.select('Title').top(1)) {
      page.forEach((item: { Title: string }) => titles.push(item.Title));
    }
    expect(titles).toEqual(['First', 'Second']);
  });
});
