/**
 * @jest-environment node
 */
import { createSiteSp } from '../../../src/data/createSp';
import { TrackerRepository } from '../../../src/data/TrackerRepository';
import { SharePointStore } from '../../../src/local/sharepointStore';
import { startTrackerSite } from '../../../src/local/trackerSite';
import { DemoClock } from '../../../src/local/demoClock';
import { DEMO_PEOPLE, DemoPerson } from '../../../src/local/workbench/demoPeople';
import { startWorkbench, Workbench } from '../../../src/local/workbench/startWorkbench';
import { crossSite, rawHttp } from '../../support/rawHttp';

jest.setTimeout(60_000);

/**
 * What a page on any other site could make the person's browser send to local mode while it runs,
 * refused at the workbench (and again at the store behind its proxy); and what the workbench's own
 * pages send, still served.
 */

const personWith = (email: string): DemoPerson => DEMO_PEOPLE.filter((person) => person.email === email)[0];
const JAN = personWith('jan.coles@powys.example');
/** The site's owner: the person the workbench shows a visitor with no cookie. */
const LEAD = personWith('sep.coordinator@powys.example');
const ITEMS = "/sites/tracker/_api/web/lists/getByTitle('Plans')/items";
const PLAN = { Title: 'Plan', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' };
const ATTACKER = 'http://attacker.example';
const cookieOf = (email: string): string => `tracker-user=${encodeURIComponent(email)}`;

describe('the workbench refuses what is not from its own pages', () => {
  let store: SharePointStore;
  let workbench: Workbench;
  let origin: string;

  const planTitles = async (): Promise<string[]> => (await new TrackerRepository(createSiteSp({ siteUrl: store.siteUrl })).listPlans()).map((plan) => plan.value.title);
  const userEmails = async (): Promise<string[]> => (await rawHttp(`http://127.0.0.1:${store.port}/_admin/users`)).json.map((user: { email: string }) => user.email);

  beforeAll(async () => {
    store = await startTrackerSite({ memory: true, port: 0, quiet: true, people: DEMO_PEOPLE });
    workbench = await startWorkbench({ siteUrl: store.siteUrl, people: DEMO_PEOPLE, port: 0, clock: DemoClock.open(undefined, '2018-05-01') });
    origin = new URL(workbench.url).origin;
  });

  afterAll(async () => {
    await workbench.close();
    await store.close();
  });

  test.each([
    ['without the cookie', {}],
    ['with the person\'s cookie (a same-site page on another port of localhost sends it)', { Cookie: cookieOf(LEAD.email) }]
  ])('a text/plain POST from another site to /_admin/users through the workbench is refused, %s, and adds nobody', async (_case, cookie) => {
    const body = JSON.stringify({ email: 'intruder@attacker.example', title: 'Intruder', role: 'owner' });
    const answer = await rawHttp(`${workbench.url}/_admin/users`, { method: 'POST', headers: { ...crossSite(ATTACKER), ...cookie }, body });
    expect(answer.status).toBe(403);
    expect(await userEmails()).not.toContain('intruder@attacker.example');
  });

  test.each([
    ['without the cookie', {}],
    ['with the person\'s cookie', { Cookie: cookieOf(LEAD.email) }]
  ])('a text/plain POST from another site to a list\'s items through the workbench is refused, %s, and adds nothing', async (_case, cookie) => {
    const answer = await rawHttp(`${workbench.url}${ITEMS}`, { method: 'POST', headers: { ...crossSite(ATTACKER), ...cookie }, body: JSON.stringify({ ...PLAN, Title: 'Planted' }) });
    expect(answer.status).toBe(403);
    expect(await planTitles()).not.toContain('Planted');
  });

  test.each(['/', '/updates', '/sites/tracker/_api/web', '/_admin/users', '/workbench/my-updates.js'])('a GET of %s with Host: attacker.example is refused with 421', async (path) => {
    const answer = await rawHttp(`${workbench.url}${path}`, { headers: { Host: 'attacker.example', Accept: 'application/json' } });
    expect([answer.status, answer.text]).toEqual([421, 'This server answers only requests addressed to localhost, 127.0.0.1 or [::1].']);
  });

  test.each([
    ['/sign-in', `user=${encodeURIComponent(LEAD.email)}`],
    ['/language', 'language=cy-gb'],
    ['/theme', 'theme=dark']
  ])('a form POST from another site to %s is refused and sets no cookie', async (path, body) => {
    const answer = await rawHttp(`${workbench.url}${path}`, { method: 'POST', headers: { ...crossSite(ATTACKER), 'Content-Type': 'application/x-www-form-urlencoded' }, body });
    expect(answer.status).toBe(403);
    expect(answer.headers['set-cookie']).toBeUndefined();
  });

  test('the workbench\'s own form still signs a person in', async () => {
    const answer = await rawHttp(`${workbench.url}/sign-in`, {
      method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded', Referer: `${origin}/` }, body: `user=${encodeURIComponent(LEAD.email)}`
    });
    expect(answer.status).toBe(303);
    expect(String(answer.headers['set-cookie'])).toMatch(/^tracker-user=sep\.coordinator%40powys\.example;/);
  });

  test('through the proxy a write authenticated by the cookie needs the digest, and with it is made as that person', async () => {
    const sameOrigin = { Origin: origin, 'Sec-Fetch-Site': 'same-origin', Cookie: cookieOf(LEAD.email), Accept: 'application/json' };
    const write = (digest: Record<string, string>, title: string) =>
      rawHttp(`${workbench.url}${ITEMS}`, { method: 'POST', headers: { ...sameOrigin, ...digest, 'Content-Type': 'application/json' }, body: JSON.stringify({ ...PLAN, Title: title }) });

    const withoutDigest = await write({}, 'No digest');
    expect([withoutDigest.status, withoutDigest.json['odata.error'].code]).toEqual([403, '-2130575251, Microsoft.SharePoint.SPException']);

    const info = await rawHttp(`${workbench.url}/sites/tracker/_api/contextinfo`, { method: 'POST', headers: sameOrigin });
    const withDigest = await write({ 'X-RequestDigest': info.json.FormDigestValue }, 'With digest');
    expect(withDigest.status).toBe(201);
    const me = await rawHttp(`${workbench.url}/sites/tracker/_api/web/currentuser`, { headers: sameOrigin });
    expect(withDigest.json.AuthorId).toBe(me.json.Id);
    expect(me.json.Email).toBe(LEAD.email);
    expect(await planTitles()).toEqual(expect.arrayContaining(['With digest']));
    expect(await planTitles()).not.toContain('No digest');
  });

  test('a browser request through the proxy without the cookie acts as nobody: it may not write as a default person', async () => {
    const answer = await rawHttp(`${workbench.url}${ITEMS}`, {
      method: 'POST', headers: { Origin: origin, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ ...PLAN, Title: 'Nobody' })
    });
    expect(answer.status).toBe(401);
    expect(await planTitles()).not.toContain('Nobody');
  });

  test('the web part page signs a visitor with no cookie in as the person it shows; a signed-in visitor keeps theirs', async () => {
    const visitor = await rawHttp(`${workbench.url}/updates`);
    expect(String(visitor.headers['set-cookie'])).toMatch(/^tracker-user=sep\.coordinator%40powys\.example; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(visitor.text).toContain('"email":"sep.coordinator@powys.example"');
    const signedIn = await rawHttp(`${workbench.url}/updates`, { headers: { Cookie: cookieOf(JAN.email) } });
    expect(signedIn.headers['set-cookie']).toBeUndefined();
  });
});
