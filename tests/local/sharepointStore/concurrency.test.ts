/**
 * @jest-environment node
 */
import { SharePointStore } from '../../../src/local/sharepointStore';
import { errorOf, rawFetch, spFor, startMemoryStore } from './storeHarness';

const ANN = { email: 'ann@council.gov.uk', title: 'Ann', role: 'member' as const };
const BOB = { email: 'bob@council.gov.uk', title: 'Bob', role: 'member' as const };

describe('ETags and If-Match', () => {
  let store: SharePointStore;

  beforeEach(async () => {
    store = await startMemoryStore({ people: [ANN, BOB] });
    await spFor(store).web.lists.getByTitle('Plans').items.add({ Title: 'Plan', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19', Description: 'original' });
  });

  afterEach(() => store.close());

  test('a stale ETag gets 412 with SharePoint\'s error body, and the first writer\'s change is kept', async () => {
    const annItem = spFor(store, ANN.email).web.lists.getByTitle('Plans').items.getById(1);
    const bobItem = spFor(store, BOB.email).web.lists.getByTitle('Plans').items.getById(1);
    const annCopy = await annItem();
    const bobCopy = await bobItem();
    expect(bobCopy['odata.etag']).toBe('"1"');

    const saved = await annItem.update({ Description: 'Ann was here' }, annCopy['odata.etag']);
    expect(saved.etag).toBe('"2"');
    const refused = await errorOf(bobItem.update({ Description: 'Bob overwrites' }, bobCopy['odata.etag']));
    expect(refused).toEqual({
      status: 412,
      code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: 'The request ETag value \'"1"\' does not match the object\'s ETag value \'"2"\'.'
    });
    expect((await bobItem.select('Description')()).Description).toBe('Ann was here');

    const fresh = await bobItem();
    await bobItem.update({ Description: 'Bob, after reading Ann\'s change' }, fresh['odata.etag']);
    expect((await bobItem.select('Description')()).Description).toBe('Bob, after reading Ann\'s change');
  });

  test('If-Match: * overwrites whatever the version, as SharePoint does (PnPjs\'s default)', async () => {
    const item = spFor(store).web.lists.getByTitle('Plans').items.getById(1);
    await item.update({ Description: 'one' }, '"1"');
    expect(await item.update({ Description: 'two' })).toEqual({ etag: '"3"' });
    expect((await item.select('Description')()).Description).toBe('two');
  });

  test('a delete with a stale ETag is refused and deletes nothing', async () => {
    const item = spFor(store).web.lists.getByTitle('Plans').items.getById(1);
    await item.update({ Description: 'changed' });
    expect((await errorOf(item.delete('"1"'))).status).toBe(412);
    expect((await item.select('Id')()).Id).toBe(1);
    await item.delete('"2"');
    expect((await errorOf(item())).status).toBe(404);
  });

  test('MERGE answers 204 with the new ETag header; add answers 201 with the item', async () => {
    const added = await rawFetch(store, "/_api/web/lists/getByTitle('Plans')/items", {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ Title: 'Second', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' })
    });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ Id: 2, 'odata.etag': '"1"' });
    const merged = await rawFetch(store, "/_api/web/lists/getByTitle('Plans')/items(2)", {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '"1"' }, body: JSON.stringify({ Title: 'Renamed' })
    });
    expect(merged.status).toBe(204);
    expect(merged.headers.get('etag')).toBe('"2"');
    const deleted = await rawFetch(store, "/_api/web/lists/getByTitle('Plans')/items(2)", { method: 'POST', headers: { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' } });
    expect([deleted.status, deleted.text]).toEqual([200, '']);
  });
});
