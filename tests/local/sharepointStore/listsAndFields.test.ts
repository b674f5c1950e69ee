/**
 * @jest-environment node
 */
import { SiteSchemaReader } from '../../../src/data/SiteSchemaReader';
import { checkSiteSchema } from '../../../src/data/schemaCheck';
import { fieldSchemaXml } from '../../../src/data/fieldSchemaXml';
import { LISTS } from '../../../src/data/schema';
import { SharePointStore } from '../../../src/local/sharepointStore';
import { errorOf, rawFetch, spFor, startMemoryStore } from './storeHarness';

describe('lists and fields', () => {
  let store: SharePointStore;

  afterEach(() => store.close());

  test('the provisioned site passes the Tracker setup schema check, read by SiteSchemaReader through PnPjs', async () => {
    store = await startMemoryStore();
    const lists = await new SiteSchemaReader(spFor(store)).readTrackerLists();
    const checks = checkSiteSchema(lists);
    expect(checks.map((check) => check.health)).toEqual(checks.map(() => 'ok'));
    expect(lists.filter((list) => list.title === 'Actions')[0].fields.filter((field) => field.internalName === 'EndDate')[0]).toEqual({
      internalName: 'EndDate', typeAsString: 'DateTime', required: false, indexed: true
    });
  });

  test('PnPjs creates a list, and fields of every kind the product uses, through the REST endpoints', async () => {
    store = await startMemoryStore({ empty: true });
    const sp = spFor(store);
    const ensured = await sp.web.lists.ensure('Projects', 'Test list', 100, false, { EnableVersioning: true });
    expect(ensured.created).toBe(true);
    const again = await sp.web.lists.ensure('Projects');
    expect(again.created).toBe(false);
    await sp.web.lists.add('People');

    const fields = sp.web.lists.getByTitle('Projects').fields;
    await fields.addText('Code', { MaxLength: 32, Indexed: true });
    await fields.addNumber('Budget');
    await fields.addChoice('Stage', { Choices: ['Draft', 'Live'] });
    await fields.addMultiChoice('Tags', { Choices: ['a', 'b'] });
    await fields.addDateTime('Due date');
    await fields.addBoolean('Active');
    await fields.addUser('Lead', { SelectionMode: 0 });
    const people = await sp.web.lists.getByTitle('People')();
    await fields.addLookup('Person', { LookupListId: people.Id, LookupFieldName: 'Title' });
    await fields.createFieldAsXml('<Field Name="Notes" DisplayName="Notes" Type="Note" Required="FALSE" />');
    await fields.getByInternalNameOrTitle('Budget').update({ Indexed: true });

    const read = await fields.select('InternalName', 'TypeAsString', 'Indexed', 'Choices', 'LookupList').filter('Hidden eq false')();
    const byName = new Map(read.map((field: any) => [field.InternalName, field]));
    expect(byName.get('Code')).toMatchObject({ TypeAsString: 'Text', Indexed: true });
    expect(byName.get('Budget')).toMatchObject({ TypeAsString: 'Number', Indexed: true });
    expect(byName.get('Stage')).toMatchObject({ TypeAsString: 'Choice', Choices: ['Draft', 'Live'] });
    expect(byName.get('Tags')).toMatchObject({ TypeAsString: 'MultiChoice' });
    expect(byName.get('Due_x0020_date')).toMatchObject({ TypeAsString: 'DateTime' });
    expect(byName.get('Active')).toMatchObject({ TypeAsString: 'Boolean' });
    expect(byName.get('Lead')).toMatchObject({ TypeAsString: 'User' });
    expect(byName.get('Person')).toMatchObject({ TypeAsString: 'Lookup', LookupList: `{${people.Id}}` });
    expect(byName.get('Notes')).toMatchObject({ TypeAsString: 'Note' });

    const list = await sp.web.lists.getByTitle('Projects').select('EnableVersioning', 'ItemCount', 'ListItemEntityTypeFullName')();
    expect(list).toMatchObject({ EnableVersioning: true, ItemCount: 0, ListItemEntityTypeFullName: 'SP.Data.ProjectsListItem' });
    const item = await sp.web.lists.getByTitle('Projects').items.add({ Title: 'p', Code: 'P1', Budget: 5, Stage: 'Live', Tags: ['a'], Due_x0020_date: '2026-01-05T00:00:00Z', Active: true, LeadId: 6 });
    expect(item).toMatchObject({ Code: 'P1', Budget: 5, Tags: ['a'], Active: true, LeadId: 6 });
  });

  test('createFieldAsXml takes the schema XML the .sppkg carries, and makes the same field as provisioning', async () => {
    store = await startMemoryStore();
    const sp = spFor(store);
    await sp.web.lists.add('Copy of Actions');
    const plans = await sp.web.lists.getByTitle('Plans')();
    const definition = LISTS.actions;
    const lookupRef = (key: string): string => (key === 'plans' ? `{${plans.Id}}` : key);
    for (const field of definition.fields.filter((candidate) => candidate.name === 'Plan' || candidate.name === 'EndDate' || candidate.name === 'CurrentStatus')) {
      await sp.web.lists.getByTitle('Copy of Actions').fields.createFieldAsXml(fieldSchemaXml(definition, field, lookupRef));
    }
    const pick = ['InternalName', 'TypeAsString', 'Required', 'Indexed', 'Choices', 'LookupList', 'LookupField', 'DisplayFormat'];
    const copied = await sp.web.lists.getByTitle('Copy of Actions').fields.select(...pick).filter("InternalName eq 'Plan' or InternalName eq 'EndDate' or InternalName eq 'CurrentStatus'")();
    const provisioned = await sp.web.lists.getByTitle('Actions').fields.select(...pick).filter("InternalName eq 'Plan' or InternalName eq 'EndDate' or InternalName eq 'CurrentStatus'")();
    const strip = (rows: any[]): any[] => rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !key.startsWith('odata.'))));
    expect(strip(copied)).toEqual(strip(provisioned));
    expect(strip(copied).filter((row) => row.InternalName === 'EndDate')[0]).toMatchObject({ DisplayFormat: 0, Indexed: true });
  });

  test('the web, the site and contextinfo answer as SharePoint does', async () => {
    store = await startMemoryStore();
    const web = await spFor(store).web.select('Title', 'ServerRelativeUrl', 'Url')();
    expect(web).toMatchObject({ Title: 'Tracker', ServerRelativeUrl: '/sites/tracker', Url: store.siteUrl });
    const info = await rawFetch(store, '/_api/contextinfo', { method: 'POST' });
    expect(info.json).toMatchObject({ FormDigestTimeoutSeconds: 1800, WebFullUrl: store.siteUrl, SiteFullUrl: store.siteUrl });
    expect(info.json.FormDigestValue).toMatch(/^0x[0-9A-F]+,/);
  });

  test('a list that does not exist is SharePoint\'s 404, and a duplicate field its error', async () => {
    store = await startMemoryStore();
    const sp = spFor(store);
    const missing = await errorOf(sp.web.lists.getByTitle('No such list')());
    expect(missing).toEqual({ status: 404, code: '-1, System.ArgumentException', message: `List 'No such list' does not exist at site with URL '${store.siteUrl}'.` });
    const duplicate = await errorOf(sp.web.lists.getByTitle('Plans').fields.addText('PlanType'));
    expect(duplicate.message).toBe('A duplicate field name "PlanType" was found.');
    const verbose = await rawFetch(store, "/_api/web/lists/getByTitle('Plans')?$select=Title", { headers: { Accept: 'application/json;odata=verbose' } });
    expect(verbose.json.d).toMatchObject({ __metadata: { type: 'SP.List' }, Title: 'Plans' });
  });
});
