/**
 * @jest-environment node
 */
import { LocalMode, startLocalMode } from '../../support/localMode';
import { temporaryDir } from '../../cli/support';
import { loadStrings } from '../../support/loadStrings';
import { WorkbenchPageConfig } from '../../../src/local/workbench/client/pageConfig';

/** The props the /updates page hands the client bundle, read from the page as the bundle reads them. */
function pageConfigOf(html: string): WorkbenchPageConfig {
  const match = /<script type="application\/json" id="workbench-config">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no workbench-config in the page');
  return JSON.parse(match[1]);
}

jest.setTimeout(120_000);

const SEP = 'Powys County Council Strategic Equality Plan 2016-20';
describe('local mode (tracker serve)', () => {
  const dir = temporaryDir();
  let first: LocalMode;

  beforeAll(async () => {
    first = await startLocalMode(dir.path);
  });

  afterAll(async () => {
    await first.stop();
    dir.remove();
  });

  test('the first run creates the lists and imports the demo plans', () => {
    expect(first.lines[0]).toMatch(/^First run: creating the tracker's lists/);
    expect(first.lines.some((line) => /sep-2016-20-actions-2017-18\.csv: 34 actions/.test(line))).toBe(true);
  });

  test('the home page is the dashboard web part, on the demo\'s day, leaving the plan and quarter to the web part', async () => {
    const response = await fetch(`${first.url}/`, { headers: { Cookie: 'tracker-user=cabinet.member%40powys.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<script src="/workbench/dashboard.js"></script>');
    const config = pageConfigOf(html);
    expect(config.properties).toEqual({ plan: '', objective: '', period: '' });
    expect(config.today).toBe('2020-04-06');
    expect(config.user.email).toBe('cabinet.member@powys.example');
    expect(config.strings).toEqual({ ...loadStrings<object>('src/webparts/dashboard/loc/en-gb.js'), ...loadStrings<object>('src/components/loc/en-gb.js') });
    const bundle = await fetch(`${first.url}/workbench/dashboard.js`);
    expect(bundle.headers.get('content-type')).toContain('text/javascript');
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });

  test.each([
    [`/plan?title=${encodeURIComponent(SEP)}&year=2017-18&quarter=Q4`, { plan: SEP, objective: '', period: '2017-18 Q4' }],
    [`/plan?title=${encodeURIComponent(SEP)}&period=2018-19%20Q2`, { plan: SEP, objective: '', period: '2018-19 Q2' }],
    [`/plan?title=${encodeURIComponent(SEP)}`, { plan: SEP, objective: '', period: '' }]
  ])('an old plan page address, %s, opens the dashboard on that plan and quarter', async (path, properties) => {
    const response = await fetch(`${first.url}${path}`);
    expect(response.status).toBe(200);
    expect(pageConfigOf(await response.text()).properties).toEqual(properties);
  });

  test('an address the workbench does not have is a page that says so', async () => {
    const response = await fetch(`${first.url}/no-such-page`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('There is no page at this address.');
  });

  test('"sign in as" switches the person the store sees', async () => {
    const signIn = await fetch(`${first.url}/sign-in`, {
      method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Referer: `${first.url}/` },
      body: 'user=cabinet.member%40powys.example'
    });
    expect(signIn.status).toBe(303);
    const cookie = (signIn.headers.get('set-cookie') || '').split(';')[0];
    expect(cookie).toBe('tracker-user=cabinet.member%40powys.example');
    const me = await (await fetch(`${first.url}/sites/tracker/_api/web/currentuser`, { headers: { Cookie: cookie, Accept: 'application/json' } })).json();
    expect(me.Email).toBe('cabinet.member@powys.example');
    const page = await (await fetch(`${first.url}/`, { headers: { Cookie: cookie } })).text();
    expect(page).toMatch(/<option value="cabinet.member@powys.example" selected>Cabinet Member \(Executive\)/);
  });

  test('My updates opens on the demo\'s day, Monday 6 April 2020, as the signed-in person, leaving the quarter to the web part', async () => {
    const response = await fetch(`${first.url}/updates`, { headers: { Cookie: 'tracker-user=jan.coles%40powys.example' } });
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('<script src="/workbench/my-updates.js"></script>');
    const config = pageConfigOf(html);
    expect(config.properties).toEqual({ defaultPlan: '', openPeriod: '' });
    expect(config.today).toBe('2020-04-06');
    expect(config.user.email).toBe('jan.coles@powys.example');
    expect(config.strings).toEqual({ ...loadStrings<object>('src/webparts/myUpdates/loc/en-gb.js'), ...loadStrings<object>('src/components/loc/en-gb.js') });
    const bundle = await fetch(`${first.url}/workbench/my-updates.js`);
    expect(bundle.headers.get('content-type')).toContain('text/javascript');
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });

  test('the language switch gives the page the Welsh strings and lang="cy"', async () => {
    const switched = await fetch(`${first.url}/language`, {
      method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Referer: `${first.url}/updates` },
      body: 'language=cy-gb'
    });
    expect(switched.status).toBe(303);
    expect(switched.headers.get('location')).toBe('/updates');
    const cookie = (switched.headers.get('set-cookie') || '').split(';')[0];
    const html = await (await fetch(`${first.url}/updates`, { headers: { Cookie: cookie } })).text();
    expect(html).toContain('<html lang="cy">');
    expect(pageConfigOf(html).strings).toEqual({ ...loadStrings<object>('src/webparts/myUpdates/loc/cy-gb.js'), ...loadStrings<object>('src/components/loc/cy-gb.js') });
  });

  test('a second start reuses the data and imports nothing', async () => {
    const exit = await first.stop();
    expect(exit).toBe(0);
    const started = Date.now();
    first = await startLocalMode(dir.path);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(first.lines.some((line) => /First run/.test(line))).toBe(false);
  });
});
