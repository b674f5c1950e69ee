/**
 * @jest-environment node
 */
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { tracker, temporaryDir } from '../cli/support';
import { LocalMode, startLocalMode } from '../support/localMode';
import { launchBrowser, screenshot } from './support/browser';

jest.setTimeout(180_000);

/**
 * Local mode as its demo people use it (SPEC §5.6), one after another on the one clock (Monday
 * 6 April 2020, collecting 2019-20 Q4 updates, due Thursday 16 April: the tenth working day after
 * 31 March, skipping Good Friday and Easter Monday). What one person does is what the next one
 * sees, so the steps run in order: the objective lead sees what waits for her; the plan lead
 * returns one update, approves another and agrees a deadline; the owner finds the return comment,
 * edits and reloads without losing it, and marks a milestone done and undoes it; the other owner
 * finds his update approved and changing it deliberate; the executive and the visitor read the
 * report, whose numbers are the CLI's for the same plan, quarter and day.
 */

const ESTYN = 'Powys Education Services: Post Inspection Action Plan 2019';
const JAN = 'jan.coles@powys.example';
const ALEC = 'alec.clark@powys.example';
const CAROLINE = 'caroline.rees@powys.example';
const CHIEF = 'chief.education.officer@powys.example';
const CABINET = 'cabinet.member@powys.example';
const VISITOR = 'visitor@powys.example';
const RETURN_COMMENT = 'Say which schools the audit covers, and when the April report goes to the panel.';

/** An action card, a review item or a deadline request, by its reference (the heading that names the item). */
const itemOf = (scope: Page | Locator, ref: string): Locator =>
  scope.getByRole('listitem', { name: new RegExp(`^${ref.replace(/\./g, '\\.')}( |$)`) });

describe('local mode, walked as each demo person on the demo\'s day', () => {
  const dir = temporaryDir();
  let local: LocalMode;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    local = await startLocalMode(dir.path);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    if (browser) await browser.close();
    if (local) await local.stop();
    dir.remove();
  });

  /** A browser signed in as `email` (the workbench's own cookie), on `path`. */
  async function signedIn(email: string, path: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    contexts.push(context);
    await context.addCookies([{ name: 'tracker-user', value: encodeURIComponent(email), url: local.url }]);
    const page = await context.newPage();
    await page.goto(`${local.url}${path}`);
    return page;
  }

  async function myUpdates(email: string): Promise<Page> {
    const page = await signedIn(email, '/updates');
    await page.getByRole('heading', { name: 'My tracker updates: Q4 2019-20' }).waitFor();
    return page;
  }

  const progressLine = (page: Page): Locator => page.getByRole('status').filter({ hasText: /updates? done|All your updates/ });

  test('every page shows the one clock and who is signed in, with their job in the demo', async () => {
    const page = await signedIn(CAROLINE, '/');
    const header = await page.locator('header').innerText();
    expect(header).toContain('Today in the demo: Monday 6 April 2020');
    expect(header).toContain('Leads objectives R2.a to R2.d of the Estyn plan');
    expect(await page.getByLabel('Signed in as').inputValue()).toBe(CAROLINE);
  });

  test('the objective lead has Jan\'s R2.c.1 to review, and her own request to move R2.c.2 waits for the plan lead', async () => {
    const page = await myUpdates(CAROLINE);
    await page.getByRole('tab', { name: 'Review queue (1)' }).click();
    const review = itemOf(page, 'R2.c.1');
    await review.waitFor();
    expect(await review.innerText()).toContain('Submitted by Jan Coles on');
    await page.getByRole('tab', { name: 'My items' }).click();
    expect(await itemOf(page, 'R2.c.2').innerText()).toContain("New deadline of 31 July 2020 asked for: waiting for the plan lead's decision.");
    await screenshot(page, 'walkthrough-objective-lead');
  });

  test('the plan lead returns R2.c.1 with a comment, approves R1.a.1 and agrees the new date for R2.c.2', async () => {
    const page = await myUpdates(CHIEF);
    await page.getByRole('tab', { name: 'Review queue (3)' }).click();
    const returned = itemOf(page, 'R2.c.1');
    await returned.getByRole('textbox', { name: /^Comment for the owner/ }).fill(RETURN_COMMENT);
    await returned.getByRole('button', { name: 'Return to owner: R2.c.1' }).click();
    await page.getByText('Update for R2.c.1 returned to its owner.').waitFor();

    await itemOf(page, 'R1.a.1').getByRole('button', { name: 'Approve: R1.a.1' }).click();
    await page.getByText('Update for R1.a.1 approved.').waitFor();

    await page.getByRole('button', { name: 'Agree the new date: R2.c.2' }).click();
    await page.getByText('The new deadline for R2.c.2 is 31 July 2020.').waitFor();
    await page.getByText('There are no updates waiting for your review.').waitFor();
    await screenshot(page, 'walkthrough-plan-lead');
  });

  test('the owner finds R2.c.1 returned with the comment, and the comment stays after she edits and reloads', async () => {
    const page = await myUpdates(JAN);
    // Of her two submitted updates, the SEP's still counts; the returned one does not.
    expect(await progressLine(page).innerText()).toMatch(/^1 of \d+ updates done — due Thursday 16 April$/);
    const card = itemOf(page, 'R2.c.1');
    expect(await card.innerText()).toContain('Returned to you');
    expect(await card.innerText()).toContain(RETURN_COMMENT);

    await card.getByRole('button', { name: 'Edit update: R2.c.1' }).click();
    await card.getByRole('textbox', { name: /^Progress/ }).fill('The audit covers all 17 special and specialist settings; the April report goes to the panel on 20 April.');
    await card.getByText(/^Draft saved at/).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'My tracker updates: Q4 2019-20' }).waitFor();
    const reloaded = itemOf(page, 'R2.c.1');
    await reloaded.waitFor();
    expect(await reloaded.innerText()).toContain(RETURN_COMMENT);
  });

  test('the owner marks an overdue milestone done: it stays, announced, with Undo, which makes it due again', async () => {
    const page = await myUpdates(JAN);
    const firstOverdue = page.getByRole('listitem').filter({ hasText: /\d+ days? overdue/ }).first();
    const title = ((await firstOverdue.getByRole('button', { name: /^Mark done: / }).getAttribute('aria-label')) as string).replace(/^Mark done: /, '');
    const milestone = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await milestone.getByRole('button', { name: `Mark done: ${title}` }).click();
    await milestone.getByRole('button', { name: 'Confirm done' }).click();
    const note = page.getByRole('status').filter({ hasText: 'Done on 6 April 2020' });
    await note.waitFor();
    await page.getByRole('button', { name: `Undo: not done yet: ${title}` }).click();
    await page.getByRole('button', { name: `Mark done: ${title}` }).waitFor();
    expect(await note.count()).toBe(0);
  });

  test('the other owner finds R1.a.1 approved; changing it is a deliberate step that says it goes back for review', async () => {
    const page = await myUpdates(ALEC);
    const card = itemOf(page, 'R1.a.1');
    expect(await card.innerText()).toContain('Approved');
    await card.getByRole('button', { name: 'Change approved update: R1.a.1' }).click();
    expect(await card.innerText()).toContain('A changed update goes back to the plan lead for review');
    await card.getByRole('button', { name: 'Keep the approved update' }).click();
    expect(await card.getByRole('button', { name: 'Change approved update: R1.a.1' }).count()).toBe(1);
  });

  test('the owner of R2.c.2 sees her request agreed and the new deadline', async () => {
    const page = await myUpdates(CAROLINE);
    const card = itemOf(page, 'R2.c.2');
    expect(await card.innerText()).toContain('Due 31 July 2020');
    expect(await card.innerText()).toContain('Your request to move the deadline to 31 July 2020 was agreed.');
  });

  test.each([CABINET, VISITOR])('%s has nothing to update, and reads the Estyn report with the CLI\'s numbers for the same quarter and day', async (email) => {
    const updates = await myUpdates(email);
    await updates.getByText('You have nothing to update for Q4 2019-20.').waitFor();

    // The home is the dashboard, opening on the plan collecting on the demo's day and its current quarter.
    const page = await signedIn(email, '/');
    await page.locator('[data-testid="at-a-glance"]').waitFor();
    expect(await page.locator('#dashboard-title + p').innerText()).toBe(`${ESTYN}: Q4 2019-20`);
    expect(await page.getByTestId('as-of').innerText()).toMatch(/ on 6 April 2020$/);
    const onScreen = {
      headlines: await page.locator('[data-section="headlines"] li').allInnerTexts(),
      total: (await page.getByRole('region', { name: 'Status at a glance: actions and measures by objective' }).locator('tr', { hasText: /^Total/ }).locator('td').allInnerTexts())
        .filter((_cell, index) => index !== 7 && index !== 14)
    };

    // The CLI against the same folder: no --as-of, so the demo's day kept there.
    const cli = await tracker(['report', '--site', `${dir.path}/.tracker`, '--plan', ESTYN, '--year', '2019-20', '--quarter', 'Q4'], {}, new Date('2026-12-05T12:00:00Z'));
    expect(cli.stderr.filter((line) => /error/i.test(line))).toEqual([]);
    const json = JSON.parse(cli.stdout);
    expect(json.asOf).toBe('2020-04-06');
    const { actions, measures } = json.atAGlance.total;
    expect(onScreen.headlines).toEqual(json.headlines);
    expect(onScreen.total.map(Number)).toEqual([
      actions.Blue, actions.Green, actions.Amber, actions.Red, actions.NoUpdate, actions.NotDue, actions.Withdrawn,
      measures.Green, measures.Amber, measures.Red, measures.NoTarget, measures.NoData, measures.NotDue
    ]);
    await screenshot(page, `walkthrough-report-${email.split('@')[0]}`);
  });
});
