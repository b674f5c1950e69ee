/**
 * @jest-environment node
 */
import { SharePointStore } from '../../../src/local/sharepointStore';
import { crossSite, RawAnswer, rawHttp } from '../../support/rawHttp';
import { spFor, startMemoryStore } from './storeHarness';

/**
 * The store serves this machine only: a foreign Host is refused, a write from another origin is
 * refused, /_admin takes JSON from its own origin or from Node, and a write authenticated by the
 * browser's cookie needs SharePoint's form digest, as SharePoint Online asks for it.
 */

const MEMBER = { email: 'member@council.gov.uk', title: 'Mem Ber', role: 'member' as const };
const OTHER = { email: 'other@council.gov.uk', title: 'Oth Er', role: 'member' as const };
const PLAN = { Title: 'Plan', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' };
const ITEMS = "/sites/tracker/_api/web/lists/getByTitle('Plans')/items";
const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' };

/** SharePoint Online's answer to a write without a valid digest (vgrem/phpSPO#61, pnp/pnpjs#2186). */
const SECURITY_VALIDATION = "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.";

const cookieOf = (email: string): string => `tracker-user=${encodeURIComponent(email)}`;

describe('the store refuses what is not from this machine', () => {
  let store: SharePointStore;
  let base: string;

  const plansTitles = async (): Promise<string[]> => (await spFor(store).web.lists.getByTitle('Plans').items.select('Title')()).map((item: { Title: string }) => item.Title);
  const userEmails = async (): Promise<string[]> => (await rawHttp(`${base}/_admin/users`)).json.map((user: { email: string }) => user.email);
  const digestFor = async (email: string): Promise<string> =>
    (await rawHttp(`${base}/sites/tracker/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', Cookie: cookieOf(email), Origin: base } })).json.FormDigestValue;
  const addAs = (headers: Record<string, string>, title: string): Promise<RawAnswer> =>
    rawHttp(`${base}${ITEMS}`, { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify({ ...PLAN, Title: title }) });

  beforeAll(async () => {
    store = await startMemoryStore({ people: [MEMBER, OTHER] });
    base = `http://127.0.0.1:${store.port}`;
    await spFor(store).web.lists.getByTitle('Plans').items.add(PLAN);
  });

  afterAll(() => store.close());

  describe('Host', () => {
    test.each([
      ['another site', 'attacker.example'],
      ['another site on the store\'s port', 'attacker.example:PORT'],
      ['a name that starts with localhost', 'localhost.attacker.example:PORT'],
      ['a name that resolves to 127.0.0.1', '127.0.0.1.nip.io:PORT'],
      ['another address', '192.168.1.20:PORT'],
      ['no host at all', '']
    ])('a GET addressed to %s (%s) is refused with 421 and reads nothing', async (_case, host) => {
      const answer = await rawHttp(`${base}/sites/tracker/_api/web`, { headers: { Host: host.replace('PORT', String(store.port)), Accept: 'application/json' } });
      expect([answer.status, answer.text]).toEqual([421, 'This server answers only requests addressed to localhost, 127.0.0.1 or [::1].']);
    });

    test('a write to a foreign Host is refused and writes nothing; so is /_admin', async () => {
      expect((await addAs({ Host: 'attacker.example' }, 'Rebound')).status).toBe(421);
      expect((await rawHttp(`${base}/_admin/users`, { headers: { Host: 'attacker.example' } })).status).toBe(421);
      expect(await plansTitles()).not.toContain('Rebound');
    });

    test.each(['localhost', 'LOCALHOST:PORT', '127.0.0.1:PORT', '[::1]:4321'])('%s is this machine and is served', async (host) => {
      const answer = await rawHttp(`${base}/sites/tracker/_api/web?%24select=Title`, { headers: { Host: host.replace('PORT', String(store.port)), Accept: 'application/json' } });
      expect([answer.status, answer.json.Title]).toEqual([200, 'Tracker']);
    });
  });

  describe('Origin', () => {
    test.each([
      ['POST', 'text/plain from another site', crossSite('http://attacker.example')],
      ['POST', 'from another port of localhost', { Origin: 'http://localhost:1', 'Content-Type': 'text/plain' }],
      ['POST', 'from a sandboxed frame (Origin: null)', { Origin: 'null', 'Content-Type': 'text/plain' }],
      ['POST', 'with no Origin but Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'text/plain' }],
      ['PUT', 'from another site', { Origin: 'http://attacker.example' }],
      ['PATCH', 'from another site', { Origin: 'http://attacker.example' }],
      ['DELETE', 'from another site', { Origin: 'http://attacker.example' }]
    ])('a %s %s is refused with 403 and writes nothing', async (method, _case, headers) => {
      const answer = await rawHttp(`${base}${ITEMS}`, { method, headers, body: JSON.stringify({ ...PLAN, Title: 'Cross-site' }) });
      expect([answer.status, answer.text]).toEqual([403, 'Changes are accepted only from pages of this server, not from another site.']);
      expect(await plansTitles()).not.toContain('Cross-site');
    });

    test('a MERGE or DELETE of an item from another site is refused and the item is unchanged', async () => {
      for (const verb of ['MERGE', 'DELETE']) {
        const answer = await rawHttp(`${base}${ITEMS}(1)`, { method: 'POST', headers: { ...crossSite('http://attacker.example'), 'X-HTTP-Method': verb, 'IF-MATCH': '*' }, body: '{"Title":"Changed"}' });
        expect(answer.status).toBe(403);
      }
      expect((await spFor(store).web.lists.getByTitle('Plans').items.getById(1).select('Title')()).Title).toBe('Plan');
    });

    test('a cross-site GET is answered (a browser does not let the page read it) as it is on SharePoint', async () => {
      expect((await rawHttp(`${base}/sites/tracker/_api/web`, { headers: { ...crossSite('http://attacker.example'), Accept: 'application/json' } })).status).toBe(200);
    });

    test('the store\'s own origin and Node clients (no Origin) write', async () => {
      expect((await addAs({ Origin: base, 'X-Tracker-User': MEMBER.email }, 'Same origin')).status).toBe(201);
      expect((await addAs({ 'X-Tracker-User': MEMBER.email }, 'From Node')).status).toBe(201);
      expect((await addAs({}, 'Node as the default owner')).status).toBe(201);
      expect(await plansTitles()).toEqual(expect.arrayContaining(['Same origin', 'From Node', 'Node as the default owner']));
    });
  });

  describe('/_admin', () => {
    const NEWCOMER = JSON.stringify({ email: 'newcomer@attacker.example', title: 'Newcomer', role: 'owner' });

    test.each([
      ['text/plain', { 'Content-Type': 'text/plain;charset=UTF-8' }],
      ['form-encoded', { 'Content-Type': 'application/x-www-form-urlencoded' }],
      ['with no Content-Type', {}]
    ])('a POST that is %s is refused with 415 and adds nobody', async (_case, headers) => {
      const answer = await rawHttp(`${base}/_admin/users`, { method: 'POST', headers, body: NEWCOMER });
      expect([answer.status, answer.text]).toEqual([415, 'The admin endpoints take a JSON body: send Content-Type: application/json.']);
      expect(await userEmails()).not.toContain('newcomer@attacker.example');
    });

    test.each([
      ['a JSON POST from another site', 'POST', { 'Content-Type': 'application/json', Origin: 'http://attacker.example' }],
      ['a text/plain POST from another site', 'POST', crossSite('http://attacker.example')],
      ['a GET from another site', 'GET', { Origin: 'http://attacker.example' }],
      ['a DELETE from another port of localhost', 'DELETE', { Origin: 'http://localhost:1' }],
      ['a POST with Sec-Fetch-Site: same-site', 'POST', { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-site' }]
    ])('%s is refused with 403', async (_case, method, headers) => {
      const answer = await rawHttp(`${base}/_admin/users`, { method, headers, body: method === 'POST' ? NEWCOMER : undefined });
      expect(answer.status).toBe(403);
      expect(await userEmails()).not.toContain('newcomer@attacker.example');
    });

    test('JSON from Node or from the store\'s own origin is taken', async () => {
      expect((await rawHttp(`${base}/_admin/users`, { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: NEWCOMER })).status).toBe(200);
      expect((await rawHttp(`${base}/_admin/stats`, { method: 'DELETE', headers: { Origin: base } })).status).toBe(200);
      expect(await userEmails()).toContain('newcomer@attacker.example');
    });
  });

  describe('form digest for a cookie-authenticated write', () => {
    test('contextinfo gives the signed-in person a digest in SharePoint\'s form, with its lifetime', async () => {
      const answer = await rawHttp(`${base}/sites/tracker/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', Cookie: cookieOf(MEMBER.email), Origin: base } });
      expect(answer.status).toBe(200);
      expect(answer.json.FormDigestValue).toMatch(/^0x[0-9A-F]{128},\d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} -0000$/);
      expect(answer.json.FormDigestTimeoutSeconds).toBe(1800);
    });

    test.each<[string, () => Promise<Record<string, string>>]>([
      ['no digest', async () => ({})],
      ['a forged digest', async () => ({ 'X-RequestDigest': `0x${'A'.repeat(128)},11 Aug 2021 01:01:45 -0000` })],
      ['another person\'s digest', async () => ({ 'X-RequestDigest': await digestFor(OTHER.email) })]
    ])('a write with %s gets SharePoint\'s 403 (-2130575251) and writes nothing', async (_case, digest) => {
      const answer = await addAs({ Cookie: cookieOf(MEMBER.email), Origin: base, ...(await digest()) }, 'Cookie write');
      expect(answer.status).toBe(403);
      expect(answer.json['odata.error']).toEqual({ code: '-2130575251, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: SECURITY_VALIDATION } });
      expect(await plansTitles()).not.toContain('Cookie write');
    });

    test('a MERGE, a DELETE and a $batch without a digest are refused too', async () => {
      const cookie = { Cookie: cookieOf(MEMBER.email), Origin: base };
      const merge = await rawHttp(`${base}${ITEMS}(1)`, { method: 'POST', headers: { ...JSON_HEADERS, ...cookie, 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, body: '{"Title":"Changed"}' });
      const remove = await rawHttp(`${base}${ITEMS}(1)`, { method: 'POST', headers: { ...cookie, 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' } });
      const batch = await rawHttp(`${base}/sites/tracker/_api/$batch`, { method: 'POST', headers: { ...cookie, 'Content-Type': 'multipart/mixed; boundary=batch_1' }, body: '--batch_1--\n' });
      expect([merge.status, remove.status, batch.status]).toEqual([403, 403, 403]);
      expect((await spFor(store).web.lists.getByTitle('Plans').items.getById(1).select('Title')()).Title).toBe('Plan');
    });

    test('a digest past its lifetime gets SharePoint\'s timed-out 403 (-2130575252)', async () => {
      const shortLived = await startMemoryStore({ people: [MEMBER], formDigestTimeoutSeconds: 1 });
      const at = `http://127.0.0.1:${shortLived.port}`;
      try {
        const cookie = { Cookie: cookieOf(MEMBER.email), Origin: at };
        const digest = (await rawHttp(`${at}/sites/tracker/_api/contextinfo`, { method: 'POST', headers: { ...cookie, Accept: 'application/json' } })).json;
        expect(digest.FormDigestTimeoutSeconds).toBe(1);
        await new Promise((resolve) => setTimeout(resolve, 2100));
        const answer = await rawHttp(`${at}${ITEMS}`, { method: 'POST', headers: { ...JSON_HEADERS, ...cookie, 'X-RequestDigest': digest.FormDigestValue }, body: JSON.stringify(PLAN) });
        expect([answer.status, answer.json['odata.error'].code, answer.json['odata.error'].message.value]).toEqual([403, '-2130575252, Microsoft.SharePoint.SPException', SECURITY_VALIDATION]);
        expect((await spFor(shortLived).web.lists.getByTitle('Plans').items()).length).toBe(0);
      } finally {
        await shortLived.close();
      }
    });

    test('with the person\'s own fresh digest the write is made, as that person', async () => {
      const answer = await addAs({ Cookie: cookieOf(MEMBER.email), Origin: base, 'X-RequestDigest': await digestFor(MEMBER.email) }, 'With digest');
      expect(answer.status).toBe(201);
      expect(answer.json.AuthorId).toBe((await spFor(store).web.siteUsers.getByEmail(MEMBER.email)()).Id);
    });

    test('a caller named by X-Tracker-User (a bearer token on SharePoint Online) needs no digest', async () => {
      expect((await addAs({ 'X-Tracker-User': MEMBER.email, Cookie: cookieOf(OTHER.email) }, 'Header wins')).status).toBe(201);
    });

    test('a browser request that names nobody reads as the default owner but may not write as them (401)', async () => {
      expect((await rawHttp(`${base}/sites/tracker/_api/web`, { headers: { Origin: base, 'Sec-Fetch-Site': 'same-origin', Accept: 'application/json' } })).status).toBe(200);
      const write = await addAs({ Origin: base, 'Sec-Fetch-Site': 'same-origin' }, 'Anonymous');
      const digest = await rawHttp(`${base}/sites/tracker/_api/contextinfo`, { method: 'POST', headers: { 'Sec-Fetch-Site': 'same-origin', Accept: 'application/json' } });
      expect([write.status, digest.status]).toEqual([401, 401]);
      expect(await plansTitles()).not.toContain('Anonymous');
    });
  });
});
