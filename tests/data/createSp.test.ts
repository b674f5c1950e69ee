/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { createSiteSp } from '../../src/data/createSp';
import { SharePointStore } from '../../src/local/sharepointStore';
import { startTrackerSite } from '../../src/local/trackerSite';

/**
 * In a browser (the workbench's My updates page) the site knows the person by their cookie, so
 * writes need SharePoint's form digest: createSiteSp gets it from `_api/contextinfo` once and sends
 * it with every write, as SPFx() does. In Node it never asks, as PnPjs in Node never does.
 */

const LEAD = { email: 'lead@council.gov.uk', title: 'Pat Lead', role: 'member' as const };
const PLAN = { PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' };
const host = globalThis as { window?: unknown; document?: unknown; fetch: typeof fetch };

/** Runs `work` as if in a signed-in browser: window and document exist, and every request carries the cookie. */
async function inBrowser<T>(work: () => Promise<T>): Promise<T> {
  const nodeFetch = host.fetch;
  host.window = {};
  host.document = {};
  host.fetch = (input, init = {}) => nodeFetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), Cookie: `tracker-user=${encodeURIComponent(LEAD.email)}` } });
  try {
    return await work();
  } finally {
    host.fetch = nodeFetch;
    delete host.window;
    delete host.document;
  }
}

describe('createSiteSp and the form digest', () => {
  let store: SharePointStore;

  beforeEach(async () => {
    store = await startTrackerSite({ memory: true, port: 0, quiet: true, people: [LEAD] });
    store.resetStats();
  });

  afterEach(() => store.close());

  test('in a browser, writes carry the digest from one contextinfo call and are made as the signed-in person', async () => {
    const added = await inBrowser(async () => {
      const plans = createSiteSp({ siteUrl: store.siteUrl }).web.lists.getByTitle('Plans').items;
      const first = await plans.add({ ...PLAN, Title: 'First' });
      await plans.getById(first.Id).update({ Title: 'First, renamed' });
      return plans.add({ ...PLAN, Title: 'Second' });
    });
    expect(store.stats().routes['POST /_api/contextinfo']).toBe(1);
    const author = await createSiteSp({ siteUrl: store.siteUrl }).web.siteUsers.getByEmail(LEAD.email)();
    expect(added.AuthorId).toBe(author.Id);
  });

  test('in Node, nothing asks for a digest', async () => {
    await createSiteSp({ siteUrl: store.siteUrl, localUser: LEAD.email }).web.lists.getByTitle('Plans').items.add({ ...PLAN, Title: 'From Node' });
    expect(store.stats().routes['POST /_api/contextinfo']).toBeUndefined();
  });
});
