/**
 * @jest-environment node
 */
import { SharePointStore } from '../../../src/local/sharepointStore';
import { errorOf, rawFetch, spFor, startMemoryStore } from './storeHarness';

const MEMBER = { email: 'member@council.gov.uk', title: 'Mem Ber', role: 'member' as const };
const VISITOR = { email: 'visitor@council.gov.uk', title: 'Vis Itor', role: 'visitor' as const };
const OUTSIDER = { email: 'outsider@council.gov.uk', title: 'Out Sider' };

const ACCESS_DENIED = {
  status: 403,
  code: '-2147024891, System.UnauthorizedAccessException',
  message: 'Access denied. You do not have permission to perform this action or access this resource.'
};

const PLAN = { Title: 'Plan', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' };

describe('permissions', () => {
  let store: SharePointStore;

  beforeEach(async () => {
    store = await startMemoryStore({ people: [MEMBER, VISITOR, OUTSIDER] });
    await spFor(store).web.lists.getByTitle('Plans').items.add(PLAN);
  });

  afterEach(() => store.close());

  test('with no header the caller is the site\'s default owner', async () => {
    const me = await spFor(store).web.currentUser();
    expect(me).toMatchObject({ Email: 'owner@tracker.local', LoginName: 'i:0#.f|membership|owner@tracker.local', IsSiteAdmin: true });
    const groups = await spFor(store).web.siteGroups.select('Title')();
    expect(groups.map((group: any) => group.Title)).toEqual(['Tracker Owners', 'Tracker Visitors', 'Tracker Members']);
  });

  test('a visitor reads, but a visitor\'s write is 403 with SharePoint\'s body and changes nothing', async () => {
    const visitor = spFor(store, VISITOR.email);
    const plans = visitor.web.lists.getByTitle('Plans');
    expect((await visitor.web.currentUser()).Email).toBe(VISITOR.email);
    expect(await plans.items.select('Title')()).toEqual([expect.objectContaining({ Title: 'Plan' })]);
    expect(await errorOf(plans.items.add({ ...PLAN, Title: 'Visitor plan' }))).toEqual(ACCESS_DENIED);
    expect(await errorOf(plans.items.getById(1).update({ Title: 'Visitor edit' }))).toEqual(ACCESS_DENIED);
    expect(await errorOf(plans.items.getById(1).delete())).toEqual(ACCESS_DENIED);
    expect(await errorOf(plans.fields.addText('Sneaky'))).toMatchObject({ status: 403 });

    const [batched, execute] = visitor.batched();
    const inBatch = batched.web.lists.getByTitle('Plans').items.add({ ...PLAN, Title: 'Batched visitor plan' });
    await execute();
    expect(await errorOf(inBatch)).toEqual(ACCESS_DENIED);

    const after = await spFor(store).web.lists.getByTitle('Plans').items.select('Title', 'OData__UIVersionString')();
    expect(after).toEqual([expect.objectContaining({ Title: 'Plan', OData__UIVersionString: '1.0' })]);
  });

  test('a member writes items', async () => {
    const added = await spFor(store, MEMBER.email).web.lists.getByTitle('Plans').items.add({ ...PLAN, Title: 'Member plan' });
    expect(added.AuthorId).toBe((await spFor(store).web.siteUsers.getByEmail(MEMBER.email)()).Id);
  });

  test('a signed-in person who is in no site group is denied; a malformed identity is not authenticated', async () => {
    const outsider = await rawFetch(store, '/_api/web', { headers: { 'X-Tracker-User': OUTSIDER.email } });
    expect([outsider.status, outsider.json['odata.error'].code]).toEqual([403, ACCESS_DENIED.code]);
    const unknown = await rawFetch(store, '/_api/web', { headers: { 'X-Tracker-User': 'nobody@elsewhere.org' } });
    expect(unknown.status).toBe(403);
    const malformed = await rawFetch(store, '/_api/web', { headers: { 'X-Tracker-User': 'not an address' } });
    expect(malformed.status).toBe(401);
    expect(malformed.headers.get('www-authenticate')).toContain('Bearer');
  });

  test('the workbench cookie names the user when there is no header', async () => {
    const me = await rawFetch(store, '/_api/web/currentuser', { headers: { Cookie: `tracker-user=${encodeURIComponent(VISITOR.email)}` } });
    expect(me.json.Email).toBe(VISITOR.email);
  });

  test('ensureuser adds a directory person to the site users (with no access yet); an unknown name is SharePoint\'s error', async () => {
    const sp = spFor(store);
    const ensured = await sp.web.ensureUser(`i:0#.f|membership|${OUTSIDER.email}`);
    expect(ensured).toMatchObject({ Email: OUTSIDER.email, Title: OUTSIDER.title, PrincipalType: 1 });
    expect((await sp.web.siteUsers.filter(`Email eq '${OUTSIDER.email}'`)()).length).toBe(1);
    expect(await errorOf(sp.web.ensureUser('i:0#.f|membership|ghost@council.gov.uk'))).toEqual({
      status: 500,
      code: '-2146232832, Microsoft.SharePoint.SPException',
      message: 'The specified user i:0#.f|membership|ghost@council.gov.uk could not be found.'
    });
    await sp.web.associatedMemberGroup.users.add(OUTSIDER.email);
    const nowMember = await spFor(store, OUTSIDER.email).web.lists.getByTitle('Plans').items.add({ ...PLAN, Title: 'Outsider plan' });
    expect(nowMember.Id).toBe(2);
  });
});
