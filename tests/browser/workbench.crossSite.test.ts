/**
 * @jest-environment node
 */
import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { Browser, Page } from 'playwright-core';
import { USER_COOKIE } from '../../src/local/workbench/startWorkbench';
import { launchBrowser } from './support/browser';
import { LEAD, startUpdatesFixture, UpdatesFixture } from './support/updatesFixture';

jest.setTimeout(90_000);

/**
 * Local mode while any other site is open in the same browser: a page on another origin posts a
 * form (text/plain, the "simple" request no preflight stops) to a list's items through the
 * workbench, and a no-cors fetch to /_admin/users. The person is signed in to the workbench; from
 * another port of localhost (the same site) the browser even sends their cookie. Nothing is added.
 */

const INTRUDER = 'intruder@attacker.example';

/** A page that fires both requests at the workbench as soon as it loads. */
function attackPage(workbenchUrl: string): string {
  const items = `${workbenchUrl}/sites/tracker/_api/web/lists/getByTitle('Plans')/items`;
  const plan = '{"Title":"Planted","PlanType":"Other","FirstYear":"2017-18","LastYear":"2018-19","Padding":"';
  const user = JSON.stringify({ email: INTRUDER, title: 'Intruder', role: 'owner' });
  return `<!doctype html><html><body>
<form id="plant" method="post" enctype="text/plain" action="${items}"><input name='${plan}' value='"}'></form>
<script>
fetch(${JSON.stringify(`${workbenchUrl}/_admin/users`)}, { method: 'POST', mode: 'no-cors', credentials: 'include', body: ${JSON.stringify(user)} })
  .catch(function () {})
  .then(function () { document.getElementById('plant').submit(); });
</script></body></html>`;
}

function startAttacker(workbenchUrl: string): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(attackPage(workbenchUrl));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('a page on another site cannot write to local mode', () => {
  let fixture: UpdatesFixture;
  let browser: Browser;
  let attacker: Server;

  beforeAll(async () => {
    [fixture, browser] = await Promise.all([startUpdatesFixture({ actions: [], measures: [], milestones: [] }), launchBrowser()]);
    attacker = await startAttacker(fixture.url);
  });

  afterAll(async () => {
    await new Promise((resolve) => attacker.close(resolve));
    if (browser) await browser.close();
    if (fixture) await fixture.close();
  });

  /** Opens the attacker's page at `host` in a browser signed in to the workbench; the statuses the workbench answered with. */
  async function visitAttacker(host: string): Promise<{ items: number; admin: number }> {
    const context = await browser.newContext();
    try {
      await context.addCookies([{ name: USER_COOKIE, value: encodeURIComponent(LEAD.email), url: fixture.url }]);
      const page: Page = await context.newPage();
      const admin = page.waitForResponse((response) => response.url().endsWith('/_admin/users'));
      const items = page.waitForResponse((response) => response.url().endsWith('/items'));
      await page.goto(`http://${host}:${(attacker.address() as AddressInfo).port}/`);
      return { admin: (await admin).status(), items: (await items).status() };
    } finally {
      await context.close();
    }
  }

  test.each([
    ['another site (127.0.0.1)', '127.0.0.1'],
    ['another port of localhost, which sends the person\'s cookie', 'localhost']
  ])('from %s both requests are refused and the store has no new item or user', async (_case, host) => {
    expect(await visitAttacker(host)).toEqual({ admin: 403, items: 403 });
    const plans = await fixture.repositoryAs(LEAD).listPlans();
    expect(plans.map((plan) => plan.value.title)).not.toContain('Planted');
    const users = await (await fetch(`${fixture.store.siteUrl.replace('/sites/tracker', '')}/_admin/users`)).json();
    expect(users.map((user: { email: string }) => user.email)).not.toContain(INTRUDER);
  });
});
