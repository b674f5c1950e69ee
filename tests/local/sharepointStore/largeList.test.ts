/**
 * @jest-environment node
 */
import { SPFI } from '@pnp/sp';
import { SharePointStore } from '../../../src/local/sharepointStore';
import { errorOf, rawFetch, spFor, startMemoryStore } from './storeHarness';

/**
 * 6,000 actions in two plans of 3,000: over SharePoint's 5,000-item list view threshold, so
 * every query must lead with an indexed column and sort on indexed columns, as on SharePoint.
 */
const TOTAL = 6000;
const OWNER = { email: 'owner.of.odd@council.gov.uk', title: 'Odd Owner', role: 'member' as const };
const DELEGATE = { email: 'delegate@council.gov.uk', title: 'Dee Legate', role: 'member' as const };
/** Items whose Delegates hold the delegate: alone (every 500th) or beside the owner (every 700th). */
const delegatesOf = (n: number, ownerId: number, delegateId: number): number[] =>
  n % 700 === 0 ? [ownerId, delegateId] : n % 500 === 0 ? [delegateId] : [];

const THROTTLED = {
  status: 500,
  code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  message: 'The attempted operation is prohibited because it exceeds the list view threshold.'
};

describe('a list over the list view threshold', () => {
  let store: SharePointStore;
  let sp: SPFI;
  let planA: number;
  let planB: number;
  let ownerId: number;
  let delegateId: number;
  let objectiveTwo: number;

  beforeAll(async () => {
    store = await startMemoryStore({ people: [OWNER, DELEGATE] });
    sp = spFor(store);
    ownerId = (await sp.web.ensureUser(OWNER.email)).Id;
    delegateId = (await sp.web.ensureUser(DELEGATE.email)).Id;
    const plans = sp.web.lists.getByTitle('Plans').items;
    planA = (await plans.add({ Title: 'A', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' })).Id;
    planB = (await plans.add({ Title: 'B', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' })).Id;
    const objective = (await sp.web.lists.getByTitle('Objectives').items.add({ Title: 'o', PlanId: planA, Ref: '1' })).Id;
    objectiveTwo = (await sp.web.lists.getByTitle('Objectives').items.add({ Title: 'p', PlanId: planA, Ref: '2' })).Id;
    const [batched, execute] = sp.batched({ maxRequests: 200 });
    for (let n = 1; n <= TOTAL; n++) {
      const day = String((n % 28) + 1).padStart(2, '0');
      batched.web.lists.getByTitle('Actions').items.add({
        Title: `Action ${n}`, Ref: `R${n}`, PlanId: n % 2 ? planA : planB, ObjectiveId: n % 10 === 1 ? objectiveTwo : objective, OwnerName: 'x',
        OwnerId: n % 2 ? ownerId : null, DelegatesId: delegatesOf(n, ownerId, delegateId), EndDate: `2018-02-${day}`, ServiceArea: n % 3 ? 'Education' : 'Housing'
      });
    }
    await execute();
  }, 60000);

  afterAll(() => store.close());

  test('holds all 6,000 items', async () => {
    expect((await sp.web.lists.getByTitle('Actions').select('ItemCount')()).ItemCount).toBe(TOTAL);
  });

  test('unfiltered paging in ID order reads every item once, in order, with no gaps', async () => {
    const ids: number[] = [];
    for await (const page of sp.web.lists.getByTitle('Actions').items.select('Id').top(1000)) {
      ids.push(...page.map((item: any) => item.Id));
    }
    expect(ids).toEqual(Array.from({ length: TOTAL }, (_v, index) => index + 1));
  });

  test('an indexed filter and an indexed sort with ties page through all matches without duplicates or gaps', async () => {
    const seen: Array<{ Id: number; EndDate: string }> = [];
    let pages = 0;
    const query = sp.web.lists.getByTitle('Actions').items
      .select('Id', 'EndDate', 'Owner/EMail').expand('Owner')
      .filter(`Plan/Id eq ${planA}`).orderBy('EndDate', false).top(250);
    for await (const page of query) {
      pages++;
      seen.push(...page);
    }
    expect(pages).toBe(12);
    expect(seen).toHaveLength(TOTAL / 2);
    expect(new Set(seen.map((item) => item.Id)).size).toBe(TOTAL / 2);
    const order = seen.map((item) => `${item.EndDate}|${String(100000 - item.Id).padStart(6, '0')}`);
    const sorted = [...order].sort().reverse();
    expect(seen.map((item) => item.EndDate)).toEqual(sorted.map((key) => key.split('|')[0]));
    expect((seen[0] as any).Owner.EMail).toBe(OWNER.email);
  });

  test('the next link is absolute and repeats the query, with SharePoint\'s skip token', async () => {
    const first = await rawFetch(store, "/_api/web/lists/getByTitle('Actions')/items?$select=Id&$top=100");
    const next = first.json['odata.nextLink'] as string;
    expect(next.startsWith(`${store.siteUrl}/_api/Web/Lists(guid'`)).toBe(true);
    expect(next).toContain('%24skiptoken=Paged%3DTRUE%26p_ID%3D100');
    expect(next).toContain('%24top=100');
    expect(next).toContain('%24select=Id');
    const second = await fetch(next, { headers: { Accept: 'application/json' } });
    expect((await second.json()).value[0].Id).toBe(101);
    const verbose = await rawFetch(store, "/_api/web/lists/getByTitle('Actions')/items?$select=Id&$top=2", { headers: { Accept: 'application/json;odata=verbose' } });
    expect(verbose.json.d.__next).toContain('%24skiptoken=Paged%3DTRUE%26p_ID%3D2');
  });

  test('a page after a sort key with ties carries that key in the skip token', async () => {
    const first = await rawFetch(store, `/_api/web/lists/getByTitle('Actions')/items?$select=Id&$top=3&$orderby=EndDate&$filter=${encodeURIComponent(`PlanId eq ${planB}`)}`);
    expect(decodeURIComponent(first.json['odata.nextLink'])).toMatch(/\$skiptoken=Paged=TRUE&p_EndDate=2018-02-01T00%3A00%3A00Z&p_ID=\d+/);
  });

  test('a query led by an indexed column that matches few items is accepted', async () => {
    const found = await sp.web.lists.getByTitle('Actions').items.select('Id', 'Title').filter("Ref eq 'R77' and ServiceArea eq 'Education'")();
    expect(found.map((item: any) => item.Title)).toEqual(['Action 77']);
    const owned = await sp.web.lists.getByTitle('Actions').items.select('Id').filter(`Owner/Id eq ${ownerId} and EndDate lt datetime'2018-02-03T00:00:00Z'`).top(5000)();
    expect(owned.length).toBeGreaterThan(0);
  });

  test('a multi-person condition after the indexed plan keeps the items that include the person, as SharePoint\'s eq on a multi-value lookup does', async () => {
    const expected = Array.from({ length: TOTAL }, (_v, index) => index + 1).filter((n) => n % 2 === 0 && delegatesOf(n, ownerId, delegateId).indexOf(delegateId) >= 0);
    const found = await sp.web.lists.getByTitle('Actions').items
      .select('Id', 'Delegates/Id').expand('Delegates').filter(`Plan/Id eq ${planB} and Delegates/Id eq ${delegateId}`).top(5000)();
    expect(found.map((item: any) => item.Id)).toEqual(expected);
    expect(found.filter((item: any) => item.Delegates.length === 2).length).toBe(expected.filter((n) => n % 700 === 0).length);
  });

  test("a lookup's projected column after the indexed plan narrows the plan's items", async () => {
    const found = await sp.web.lists.getByTitle('Actions').items
      .select('Id', 'Objective/Ref').expand('Objective').filter(`Plan/Id eq ${planA} and Objective/Ref eq '2'`).top(5000)();
    expect(found).toHaveLength(TOTAL / 10);
    expect(found.every((item: any) => item.Id % 10 === 1 && item.Objective.Ref === '2')).toBe(true);
  });

  test.each([
    ['a filter on a column that is not indexed', "ServiceArea eq 'Housing'"],
    ['a filter whose first condition is not indexed', "ServiceArea eq 'Housing' and Ref eq 'R3'"],
    ['a filter that cannot seek an index (substringof)', "substringof('77', Ref)"],
    ['an indexed condition that alone matches more than 5,000 items', "EndDate ge datetime'2000-01-01T00:00:00Z' and Ref eq 'R3'"],
    ['a person compared by e-mail rather than by id (the index holds ids)', `Owner/EMail eq '${OWNER.email}'`],
    ['a multi-person column first (SharePoint cannot index one)', 'Delegates/Id eq 1 and Plan/Id eq 1'],
    ["a lookup's projected column first (the lookup's index holds ids)", "Objective/Ref eq '2' and Plan/Id eq 1"]
  ])('%s is refused with SharePoint\'s throttling error, even when paged', async (_name, filter) => {
    expect(await errorOf(sp.web.lists.getByTitle('Actions').items.filter(filter).top(10)())).toEqual(THROTTLED);
  });

  test('a sort on a column that is not indexed is refused', async () => {
    expect(await errorOf(sp.web.lists.getByTitle('Actions').items.orderBy('Title').top(10)())).toEqual(THROTTLED);
  });
});
