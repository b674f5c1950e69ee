/**
 * @jest-environment node
 */
import { SharePointStore } from '../../../src/local/sharepointStore';
import { spFor, startMemoryStore } from './storeHarness';

const ANN = { email: 'ann.jones@council.gov.uk', title: 'Ann Jones', role: 'member' as const };

describe('item versions say when each was saved', () => {
  let store: SharePointStore;
  let now = Date.parse('2018-04-05T09:00:00Z');

  beforeAll(async () => {
    store = await startMemoryStore({ people: [ANN], clock: () => now });
  });

  afterAll(() => store.close());

  test('each version’s Created and Modified are the time it was saved, not the item’s creation', async () => {
    const sp = spFor(store);
    const plans = sp.web.lists.getByTitle('Plans');
    const { Id } = await plans.items.add({ Title: 'Versioned plan', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' });
    now = Date.parse('2018-04-05T10:30:00Z');
    await spFor(store, ANN.email).web.lists.getByTitle('Plans').items.getById(Id).update({ Description: 'Second' });
    const versions = await plans.items.getById(Id).versions();
    expect(versions.map((version: any) => [version.VersionLabel, version.Created, version.Modified, version.Editor.LookupValue])).toEqual([
      ['2.0', '2018-04-05T10:30:00Z', '2018-04-05T10:30:00Z', 'Ann Jones'],
      ['1.0', '2018-04-05T09:00:00Z', '2018-04-05T09:00:00Z', expect.any(String)]
    ]);
  });
});
