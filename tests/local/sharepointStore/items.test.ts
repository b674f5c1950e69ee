/**
 * @jest-environment node
 */
import { SPFI } from '@pnp/sp';
import { SharePointStore } from '../../../src/local/sharepointStore';
import { errorOf, rawFetch, spFor, startMemoryStore } from './storeHarness';

const ANN = { email: 'ann.jones@council.gov.uk', title: 'Ann Jones', role: 'member' as const };
const BOB = { email: 'bob.smith@council.gov.uk', title: 'Bob Smith', role: 'member' as const };

describe('items through PnPjs', () => {
  let store: SharePointStore;
  let sp: SPFI;
  let annId: number;
  let bobId: number;
  let planId: number;
  let objectiveId: number;

  beforeEach(async () => {
    store = await startMemoryStore({ people: [ANN, BOB] });
    sp = spFor(store);
    annId = (await sp.web.ensureUser(ANN.email)).Id;
    bobId = (await sp.web.ensureUser(BOB.email)).Id;
    planId = (await sp.web.lists.getByTitle('Plans').items.add({ Title: 'Strategic Equality Plan', PlanType: 'Strategic Equality Plan', FirstYear: '2016-17', LastYear: '2019-20' })).Id;
    objectiveId = (await sp.web.lists.getByTitle('Objectives').items.add({ Title: 'Close gaps', PlanId: planId, Ref: '1' })).Id;
  });

  afterEach(() => store.close());

  function addAction(props: Record<string, unknown>): Promise<any> {
    return sp.web.lists.getByTitle('Actions').items.add({ PlanId: planId, ObjectiveId: objectiveId, OwnerName: 'x', ...props });
  }

  test('add, read by id, update with MERGE, delete', async () => {
    const added = await addAction({ Title: 'Audit', Ref: '1.a.', OwnerId: annId, DelegatesId: [annId, bobId], EndDate: '2018-03-31', CurrentStatus: 'Green' });
    expect(added).toMatchObject({ Id: 1, ID: 1, Title: 'Audit', OwnerId: annId, OwnerStringId: String(annId), DelegatesId: [annId, bobId], CurrentStatus: 'Green', AuthorId: 6, OData__UIVersionString: '1.0' });
    expect(added['odata.etag']).toBe('"1"');

    const actions = sp.web.lists.getByTitle('Actions');
    const result = await actions.items.getById(1).update({ CurrentStatus: 'Amber' });
    expect(result).toEqual({ etag: '"2"' });
    const read = await actions.items.getById(1).select('Id', 'CurrentStatus', 'Modified', 'EditorId')();
    expect(read).toMatchObject({ Id: 1, CurrentStatus: 'Amber', EditorId: 6 });
    expect(read.Modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    await actions.items.getById(1).delete();
    expect(await actions.items()).toEqual([]);
    expect((await errorOf(actions.items.getById(1)())).status).toBe(404);
    expect((await actions.select('ItemCount')()).ItemCount).toBe(0);
  });

  test('$select and $expand read people as EMail/Title and lookups as Id/Title', async () => {
    await addAction({ Title: 'Audit', Ref: '1.a.', OwnerId: annId, DelegatesId: [bobId] });
    const [item] = await sp.web.lists.getByTitle('Actions').items
      .select('Id', 'Title', 'Owner/Title', 'Owner/EMail', 'Owner/Id', 'Delegates/EMail', 'Plan/Title', 'Plan/Id', 'ObjectiveId')
      .expand('Owner', 'Delegates', 'Plan')();
    expect(item.Owner).toMatchObject({ Title: ANN.title, EMail: ANN.email, Id: annId });
    expect(item.Delegates).toEqual([expect.objectContaining({ EMail: BOB.email })]);
    expect(item.Plan).toMatchObject({ Id: planId, Title: 'Strategic Equality Plan' });
    expect(item.ObjectiveId).toBe(objectiveId);
    expect(item.OwnerName).toBeUndefined();
  });

  test('$filter: comparisons, and/or/not, substringof, startswith, lookups, people, dates and nulls', async () => {
    await addAction({ Title: 'Audit schools', Ref: '1.a.', OwnerId: annId, EndDate: '2018-03-31', CurrentStatus: 'Green' });
    await addAction({ Title: 'Train staff', Ref: '1.b.', OwnerId: bobId, EndDate: '2018-06-30', CurrentStatus: 'Red' });
    await addAction({ Title: 'Publish report', Ref: '2.a.', EndDate: '2019-03-31' });
    const titles = async (filter: string): Promise<string[]> =>
      (await sp.web.lists.getByTitle('Actions').items.select('Title').filter(filter).orderBy('ID')()).map((item: any) => item.Title);

    expect(await titles("Ref eq '1.a.'")).toEqual(['Audit schools']);
    expect(await titles("Ref ne '1.a.'")).toEqual(['Train staff', 'Publish report']);
    expect(await titles("CurrentStatus eq 'red'")).toEqual(['Train staff']);
    expect(await titles(`Owner/Id eq ${bobId}`)).toEqual(['Train staff']);
    expect(await titles(`OwnerId eq ${annId}`)).toEqual(['Audit schools']);
    expect(await titles(`Owner/EMail eq '${ANN.email.toUpperCase()}'`)).toEqual(['Audit schools']);
    expect(await titles(`Plan/Id eq ${planId} and EndDate lt datetime'2018-07-01T00:00:00Z'`)).toEqual(['Audit schools', 'Train staff']);
    expect(await titles("EndDate ge '2018-06-29T23:00:00Z' or Ref eq '1.a.'")).toEqual(['Audit schools', 'Train staff', 'Publish report']);
    // As on SharePoint: 30 June (BST) is stored as 29 June 23:00Z, so UTC midnight misses it.
    expect(await titles("EndDate ge datetime'2018-06-30T00:00:00Z'")).toEqual(['Publish report']);
    expect(await titles("substringof('STAFF', Title)")).toEqual(['Train staff']);
    expect(await titles("startswith(Ref, '1.')")).toEqual(['Audit schools', 'Train staff']);
    expect(await titles('Owner eq null')).toEqual(['Publish report']);
    expect(await titles("not (CurrentStatus eq 'Green') and CurrentStatus ne null")).toEqual(['Train staff']);
    expect(await titles("Plan/Title eq 'Strategic Equality Plan' and (Ref eq '2.a.' or Ref eq '1.b.')")).toEqual(['Train staff', 'Publish report']);
    const booleans = await sp.web.lists.getByTitle('Plans').items.select('Title').filter('AllowChangeRequests eq 1')();
    expect(booleans).toHaveLength(1);
  });

  test('$orderby on several keys, and $top', async () => {
    await addAction({ Title: 'c', Ref: 'b', EndDate: '2018-01-01' });
    await addAction({ Title: 'a', Ref: 'a', EndDate: '2018-01-01' });
    await addAction({ Title: 'b', Ref: 'c', EndDate: '2017-01-01' });
    const items = await sp.web.lists.getByTitle('Actions').items.select('Title').orderBy('EndDate', false).orderBy('Ref')();
    expect(items.map((item: any) => item.Title)).toEqual(['a', 'c', 'b']);
    const top = await sp.web.lists.getByTitle('Actions').items.select('Title').orderBy('Title').top(2)();
    expect(top.map((item: any) => item.Title)).toEqual(['a', 'b']);
  });

  test('a DateOnly field keeps the Europe/London calendar day: BST dates come back as 23:00Z the day before', async () => {
    await addAction({ Title: 'summer', Ref: 's', EndDate: '2018-07-21' });
    await addAction({ Title: 'winter', Ref: 'w', EndDate: '2018-01-21T00:00:00Z' });
    await addAction({ Title: 'utc evening', Ref: 'e', EndDate: '2018-07-20T23:30:00Z' });
    const items = await sp.web.lists.getByTitle('Actions').items.select('Title', 'EndDate').orderBy('ID')();
    expect(items.map((item: any) => item.EndDate)).toEqual(['2018-07-20T23:00:00Z', '2018-01-21T00:00:00Z', '2018-07-20T23:00:00Z']);
  });

  test('versions keep every change, newest first', async () => {
    await addAction({ Title: 'v', Ref: 'v', CurrentStatus: 'Green', OwnerId: annId });
    const item = sp.web.lists.getByTitle('Actions').items.getById(1);
    await item.update({ CurrentStatus: 'Amber' });
    await spFor(store, BOB.email).web.lists.getByTitle('Actions').items.getById(1).update({ CurrentStatus: 'Red' });
    const versions = await item.versions();
    expect(versions.map((version: any) => [version.VersionLabel, version.IsCurrentVersion, version.CurrentStatus])).toEqual([
      ['3.0', true, 'Red'], ['2.0', false, 'Amber'], ['1.0', false, 'Green']
    ]);
    expect(versions[0].Editor).toMatchObject({ LookupId: bobId, Email: BOB.email });
    expect(versions[2].VersionId).toBe(512);
    const first = await item.versions.getById(512)();
    expect(first.CurrentStatus).toBe('Green');
  });

  test('answers in the metadata level asked for: nometadata, minimalmetadata and verbose', async () => {
    await addAction({ Title: 'm', Ref: 'm', DelegatesId: [annId] });
    const path = "/_api/web/lists/getByTitle('Actions')/items?$select=Title,DelegatesId";
    const none = await rawFetch(store, path, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(none.json).toEqual({ value: [{ Title: 'm', DelegatesId: [annId] }] });
    const minimal = await rawFetch(store, path);
    expect(minimal.json['odata.metadata']).toBe(`${store.siteUrl}/_api/$metadata#SP.ListData.ActionsListItems`);
    expect(minimal.json.value[0]).toMatchObject({ 'odata.type': 'SP.Data.ActionsListItem', 'odata.etag': '"1"', 'odata.editLink': expect.stringMatching(/^Web\/Lists\(guid'[0-9a-f-]+'\)\/Items\(1\)$/) });
    const verbose = await rawFetch(store, path, { headers: { Accept: 'application/json;odata=verbose' } });
    expect(verbose.json.d.results[0]).toMatchObject({ __metadata: { type: 'SP.Data.ActionsListItem', etag: '"1"' }, Title: 'm', DelegatesId: { results: [annId] } });
  });
});
