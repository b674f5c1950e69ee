/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { Page } from 'playwright-core';
import { createSiteSp } from '../../src/data/createSp';
import { checkAccessibility } from './support/axe';
import { screenshot } from './support/browser';
import { milestonesReady } from './support/milestonesFixture';
import { RemindersFixture, startRemindersFixture } from './support/remindersFixture';

/**
 * Local mode's Reminders page (SPEC §4.5, §5.6) on the demo's day, Monday 6 April 2020 at 09:00:
 * "Run reminders now" runs the job on the demo clock against the store and the local Graph outbox;
 * the outbox shows each Teams notification as the notifier app's template words it, in the
 * person's language, with its link into My milestones, and each e-mail on its own page with no
 * script. The tests run in order on one site: the first run, what it sent, a second run, a Saturday.
 */

jest.setTimeout(240_000);

const JAN = 'jan.coles@powys.example';
const ALEC = 'alec.clark@powys.example';
const CAROLINE = 'caroline.rees@powys.example';
const OWNER = 'sep.coordinator@powys.example';

/**
 * SPEC §5.6's dry run on the demo: alec.clark updateDue14 (1) + milestoneOverdue (1); caroline.rees
 * updateDue14 + milestoneOverdue; chief.education.officer updateDue14; jan.coles updateDue14 +
 * milestoneOverdue. Alec has no Teams app (demoOverlay.json): his two go by e-mail.
 */
const DIGESTS = { alec: 2, caroline: 2, chief: 1, jan: 2 };
const SENT = DIGESTS.alec + DIGESTS.caroline + DIGESTS.chief + DIGESTS.jan; // 7
const BY_EMAIL = DIGESTS.alec; // 2
const IN_TEAMS = SENT - BY_EMAIL; // 5

/** The demo's Q4 2019-20 updates are due on Thursday 16 April 2020 (README, "One demo clock"). */
const JAN_UPDATES_LINE = 'Q4 2019-20 updates are due by 16 April 2020: 4 still to write'; // manifest: "{period} updates are due by {dueDate}: {count} still to write"
const JAN_OWED = ['1.d.', '4.x.', 'R1.e.1', 'R1.f.1'];
/** cy-gb.json's updateDueSoon and milestoneOverdue templates with Caroline's 8 updates and 5 milestones. */
const CAROLINE_WELSH = ['Mae diweddariadau Ch4 2019-20 i\'w cyflwyno erbyn 16 Ebrill 2020: 8 heb eu hysgrifennu', 'Cerrig milltir sydd wedi mynd heibio\'u dyddiad: 5'];

const INJECTED = 'Evaluate OLEVI <img src=x onerror="window.__xss=1"> programme';

/** Each message card on the page: its heading, and its whole text. */
const message = (page: Page, heading: RegExp, text?: string) => {
  const cards = page.locator('li.message').filter({ has: page.getByRole('heading', { name: heading }) });
  return text ? cards.filter({ hasText: text }) : cards;
};

/** My milestones' highlighted rows (a reminder's deep link marks them focusable), as "kind ref", sorted. */
async function highlightedRows(page: Page): Promise<string[]> {
  await milestonesReady(page);
  await page.waitForFunction(() => document.activeElement && document.activeElement.matches('li[data-kind]'));
  return page.locator('li[data-kind][tabindex="-1"]').evaluateAll((rows) => rows.map((row) => {
    const heading = row.querySelector(':scope > h4, :scope > h5');
    return `${row.getAttribute('data-kind')} ${((heading && heading.textContent) || '').trim().split(' ')[0]}`;
  }).sort());
}

async function noSideScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

describe('local mode\'s Reminders page on the demo\'s day', () => {
  let fixture: RemindersFixture;

  beforeAll(async () => {
    fixture = await startRemindersFixture();
  });

  afterAll(async () => {
    if (fixture) await fixture.close();
  });

  test('before a run: no violations, nothing in the outbox, nothing scrolls sideways at 320 px', async () => {
    const page = await fixture.open(OWNER, '/reminders');
    expect(await page.getByText('Nothing yet.').count()).toBe(1);
    const axe = await checkAccessibility(page);
    expect(axe.summary).toBe('no accessibility violations');
    const narrow = await fixture.open(OWNER, '/reminders', 320);
    await noSideScroll(narrow);
  });

  test('"Run reminders now" sends the demo\'s 7 digests, 5 in Teams and 2 by e-mail, as the job\'s own plan has them', async () => {
    // An action title with markup, as a council's import might bring: Alec's owed R1.b.1.
    const sp = createSiteSp({ siteUrl: fixture.site.store.siteUrl });
    const actions = sp.web.lists.getByTitle('Actions').items;
    const found = (await actions.select('Id', 'Title').filter("Ref eq 'R1.b.1'")()) as Array<{ Id: number; Title: string }>;
    expect(found).toHaveLength(1);
    await actions.getById(found[0].Id).update({ Title: INJECTED });

    const plan = await fixture.reminders.plan(fixture.site.clock.now());
    expect(plan.quiet).toBeUndefined();
    const teamsPeople = [JAN, CAROLINE, 'chief.education.officer@powys.example'];
    expect(plan.digests).toHaveLength(SENT);
    expect(plan.digests.filter((digest) => teamsPeople.indexOf(digest.recipient.email) >= 0)).toHaveLength(IN_TEAMS);

    const page = await fixture.open(OWNER, '/reminders');
    await page.getByRole('button', { name: 'Run reminders now' }).click();
    const status = page.getByRole('status');
    await status.waitFor();
    expect(await status.innerText()).toContain(`${SENT} reminders sent (${IN_TEAMS} in Teams, ${BY_EMAIL} by e-mail)`);
    expect(await status.innerText()).toContain('0 had gone before');
    expect(await page.locator('ol.outbox > li.message').count()).toBe(SENT);
    expect(await page.locator('li.message[data-kind="activity"]').count()).toBe(IN_TEAMS);
    expect(await page.locator('li.message[data-kind="mail"]').count()).toBe(BY_EMAIL);
    await screenshot(page, 'reminders-after-run-1280');
  });

  test('Jan Coles\'s Teams digest reads as the notifier app\'s template, and its link opens My milestones on her 4 owed updates', async () => {
    const page = await fixture.open(JAN, '/reminders');
    const card = message(page, /^Teams notification to Jan Coles$/, JAN_UPDATES_LINE);
    expect(await card.count()).toBe(1);
    expect(await card.locator('strong').innerText()).toBe(JAN_UPDATES_LINE);
    expect(await card.innerText()).toContain('Tracker reminders');
    expect(await card.innerText()).toContain('in English');
    expect(await message(page, /^Teams notification to Jan Coles$/, 'Milestones past their due date: 1').count()).toBe(1);
    await card.getByRole('link', { name: 'Open My milestones from this notification' }).click();
    await page.waitForURL(/\/milestones\?subEntityId=/);
    const highlighted = await highlightedRows(page);
    // Exactly her four owed updates: a reminder about updates does not light its actions' end dates.
    expect(highlighted).toEqual(JAN_OWED.map((ref) => `updateOwed ${ref}`).sort());
  });

  test('Caroline Rees\'s notifications are in Welsh, her language', async () => {
    const page = await fixture.open(CAROLINE, '/reminders');
    for (const line of CAROLINE_WELSH) {
      const card = message(page, /^Teams notification to Caroline Rees$/, line);
      expect(await card.count()).toBe(1);
      expect(await card.locator('strong').innerText()).toBe(line);
      expect(await card.locator('.feed').getAttribute('lang')).toBe('cy');
      expect(await card.innerText()).toContain('in Welsh');
    }
  });

  test('Alec Clark\'s e-mail: Welsh then English, no script runs, the injected title is text, and its link opens his item in My milestones', async () => {
    const page = await fixture.open(ALEC, '/reminders');
    const dialogs: string[] = [];
    page.context().on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss().catch(() => undefined); });
    const card = message(page, /^E-mail to Alec Clark$/, 'Quarterly updates for Q4 2019-20 due on 16 April 2020');
    expect(await card.count()).toBe(1);
    expect(await card.innerText()).toContain('in Welsh, then English');
    // The injected title is the plain-text part's text, not an element.
    await card.locator('summary').click();
    expect(await card.locator('pre').innerText()).toContain(INJECTED);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

    await card.getByRole('link', { name: /^Read the e-mail as sent/ }).click();
    await page.waitForURL(/\/reminders\/mail\/\d+$/);
    const csp = (await page.request.get(page.url())).headers()['content-security-policy'];
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src/);
    const languages = await page.locator('body [lang]').evaluateAll((all) => all.map((element) => element.getAttribute('lang')));
    expect(languages.map((lang) => (lang || '').slice(0, 2))).toEqual(['cy', 'en']);
    expect(await page.getByText(INJECTED).count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const axe = await checkAccessibility(page);
    expect(axe.summary).toBe('no accessibility violations');
    await screenshot(page, 'reminders-mail-1280');

    const links = page.locator('a[href*="/milestones"]');
    expect(await links.count()).toBe(2);
    const href = (await links.first().getAttribute('href')) as string;
    expect(href.indexOf(`${fixture.workbench.url}/milestones?`)).toBe(0);
    await page.goto(href);
    expect(await highlightedRows(page)).toEqual(['updateOwed R1.b.1']);
  });

  test('after the run: no violations on /reminders, nothing scrolls sideways at 320 px', async () => {
    const page = await fixture.open(OWNER, '/reminders');
    const axe = await checkAccessibility(page);
    expect(axe.summary).toBe('no accessibility violations');
    const narrow = await fixture.open(OWNER, '/reminders', 320);
    await noSideScroll(narrow);
    await screenshot(narrow, 'reminders-after-run-320');
    await narrow.locator('#outbox').scrollIntoViewIfNeeded();
    await narrow.screenshot({ path: (await screenshot(narrow, 'reminders-outbox-320')) });
  });

  test('running again sends nothing: the 7 had gone before, and the outbox still has 7', async () => {
    const page = await fixture.open(OWNER, '/reminders');
    await page.getByRole('button', { name: 'Run reminders now' }).click();
    const status = page.getByRole('status');
    await status.waitFor();
    expect(await status.innerText()).toContain('0 reminders sent (0 in Teams, 0 by e-mail)');
    expect(await status.innerText()).toContain(`${SENT} had gone before`);
    expect(await page.locator('ol.outbox > li.message').count()).toBe(SENT);
  });

  test('on a Saturday the page says nothing is sent at weekends, and when the next time is', async () => {
    const page = await fixture.open(OWNER, '/reminders');
    await page.getByLabel('Change the demo\'s day').fill('2020-04-11');
    await page.getByRole('button', { name: 'Change', exact: true }).click();
    await page.waitForURL(/\/reminders$/);
    await page.getByRole('button', { name: 'Run reminders now' }).click();
    const status = page.getByRole('status');
    await status.waitFor();
    // Saturday 11 April 2020: the next working day is Monday 13 April, Easter Monday, a bank holiday; so Tuesday 14 April, from 08:00.
    expect(await status.innerText()).toContain('Nothing was sent');
    expect(await status.innerText()).toContain('at weekends');
    expect(await status.innerText()).toContain('The next time they may go is Tuesday 14 April 2020 at 08:00');
    expect(await page.locator('ol.outbox > li.message').count()).toBe(SENT);
    const axe = await checkAccessibility(page);
    expect(axe.summary).toBe('no accessibility violations');
    await screenshot(page, 'reminders-weekend-1280');
  });
});
