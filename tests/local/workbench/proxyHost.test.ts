/**
 * @jest-environment node
 */
import { spfi } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp/behaviors/defaults';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SharePointStore } from '../../../src/local/sharepointStore';
import { DemoClock } from '../../../src/local/demoClock';
import { startTrackerSite } from '../../../src/local/trackerSite';
import { DEMO_PEOPLE } from '../../../src/local/workbench/demoPeople';
import { startWorkbench, Workbench } from '../../../src/local/workbench/startWorkbench';

jest.setTimeout(60_000);

/**
 * The workbench proxies `/sites/*` to the store keeping the browser's Host, so the links the
 * store writes (next pages, metadata) are on the workbench's origin and a browser page calling
 * through the proxy stays same-origin.
 */
describe('local workbench proxy', () => {
  let store: SharePointStore;
  let workbench: Workbench;

  beforeAll(async () => {
    store = await startTrackerSite({ memory: true, port: 0, quiet: true, people: DEMO_PEOPLE });
    const plans = spfi(store.siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse()).web.lists.getByTitle('Plans').items;
    await plans.add({ Title: 'First', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' });
    await plans.add({ Title: 'Second', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' });
    workbench = await startWorkbench({ siteUrl: store.siteUrl, people: DEMO_PEOPLE, port: 0, clock: DemoClock.open(undefined, '2018-05-01') });
  });

  afterAll(async () => {
    await workbench.close();
    await store.close();
  });

  test("a page of items through the proxy links its next page on the workbench's origin", async () => {
    const origin = new URL(workbench.url).origin;
    const response = await fetch(`${workbench.url}/sites/tracker/_api/web/lists/getByTitle('Plans')/items?%24select=Title&%24top=1`, { headers: { Accept: 'application/json' } });
    const page = await response.json();
    expect(page.value).toEqual([expect.objectContaining({ Title: 'First' })]);
    expect(page['odata.nextLink'].indexOf(`${origin}/sites/tracker/_api/`)).toBe(0);

    const next = await (await fetch(page['odata.nextLink'], { headers: { Accept: 'application/json' } })).json();
    expect(next.value).toEqual([expect.objectContaining({ Title: 'Second' })]);
  });
});
