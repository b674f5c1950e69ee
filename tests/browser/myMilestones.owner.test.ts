/**
 * @jest-environment node
 */
import { Page } from 'playwright-core';
import { localModeSession } from './support/localModeSession';
import { screenshot } from './support/browser';
import { dashboardReady } from './support/dashboardFixture';
import { daysBetween, DEMO_DAY, JAN, londonDay, myMilestonesStrings, openMilestones, row, rowHeadings, storedMilestones } from './support/milestonesFixture';

/**
 * My milestones in local mode, for an action owner on the demo's day (SPEC §5.3, issue 14): the
 * store's overdue milestones in order of days overdue with the right counts, then what is due in
 * 30 days; marking one done takes it off here and off the dashboard's overdue list, and the store
 * has it done; a reminder's deep link highlights and focuses its items, a stale one says so; the
 * update form opens from an owed update and submits; a failed read says so, with Try again.
 */

jest.setTimeout(180_000);

const en = myMilestonesStrings('en-gb');
const fill = (template: string, ...values: Array<string | number>): string => values.reduce<string>((text, value, index) => text.split(`{${index}}`).join(String(value)), template);
const daysOverdue = (days: number): string => fill(days === 1 ? en.DueList.DaysOverdue.one as string : en.DueList.DaysOverdue.other, days);

describe('My milestones for an action owner on the demo clock', () => {
  const session = localModeSession();

  async function open(options: Parameters<typeof openMilestones>[2] = {}): Promise<Page> {
    const opened = await openMilestones(session.browser(), session.local().url, options);
    session.keep(opened.context);
    return opened.page;
  }

  /** Jan's milestones not done and past their due date on the demo's day, most days overdue first, from the store. */
  async function overdueInStore(page: Page): Promise<Array<{ id: number; heading: string; days: number }>> {
    return (await storedMilestones(page, JAN))
      .filter((milestone) => !milestone.DoneDate && londonDay(milestone.DueDate) < DEMO_DAY)
      .map((milestone) => ({ id: milestone.Id, heading: `${milestone.Action.Ref} ${milestone.Title}`, days: daysBetween(londonDay(milestone.DueDate), DEMO_DAY) }))
      .sort((a, b) => b.days - a.days);
  }

  test('overdue milestones come first, in the store\'s order of days overdue with its counts, then what is due within 30 days, each counted to its date', async () => {
    const page = await open();
    const expected = await overdueInStore(page);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(await rowHeadings(page, 'overdue', 'milestone')).toEqual(expected.map((milestone) => milestone.heading));
    for (const milestone of expected) {
      expect(await row(page, milestone.heading).innerText()).toContain(daysOverdue(milestone.days));
    }
    // Overdue above due soon, in every plan's part of the page.
    const sections = await page.locator('section[data-section]').evaluateAll((all) => all.map((section) => section.getAttribute('data-section')));
    expect(sections.indexOf('due-plan-0-overdue')).toBeLessThan(sections.indexOf('due-plan-0-soon'));
    // Due soon: the quarter's updates owed, each "due in N days" from the demo's day to the date it shows.
    const soon = page.locator('section[data-section$="-soon"] li[data-kind]');
    expect(await soon.count()).toBeGreaterThan(0);
    for (const text of await soon.allInnerTexts()) {
      const shown = /Due (\d+ \w+ \d{4})/.exec(text) as RegExpExecArray;
      const day = new Date(`${shown[1]} 12:00Z`).toISOString().slice(0, 10);
      const days = daysBetween(DEMO_DAY, day);
      expect(days).toBeGreaterThanOrEqual(0);
      expect(days).toBeLessThanOrEqual(30);
      expect(text).toContain(days === 0 ? en.DueList.DueToday : fill(days === 1 ? en.DueList.DueInDays.one as string : en.DueList.DueInDays.other, days));
    }
    await screenshot(page, 'my-milestones-owner-1280');
  });

  test('a reminder\'s deep link highlights its milestone, scrolls to it and gives it focus, and says how many of its items are shown', async () => {
    const first = (await overdueInStore(await open()))[0];
    const page = await open({ subEntityId: `milestoneOverdue;m=${first.id}` });
    const named = row(page, first.heading);
    await page.getByText(fill(en.DeepLink.Showing.one as string, 1)).waitFor();
    await page.waitForFunction(() => document.activeElement && document.activeElement.matches('li[data-kind="milestone"]'));
    expect(await named.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await named.evaluate((element) => getComputedStyle(element).borderLeftWidth)).toBe('6px');
    expect(await page.locator('li[data-kind][tabindex="-1"]').count()).toBe(1);
    await screenshot(page, 'my-milestones-deep-link-1280');
  });

  test('a deep link whose items are no longer due gets a sentence, not an error', async () => {
    const page = await open({ subEntityId: 'milestoneOverdue;m=99999;a=99998' });
    await page.getByText(en.DeepLink.Stale).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('li[data-kind][tabindex="-1"]').count()).toBe(0);
  });

  test('the update form opens from an owed update\'s row, as My updates\' form, and once submitted the row has gone', async () => {
    const page = await open();
    const owed = page.locator('li[data-kind="updateOwed"]').first();
    const heading = (await owed.locator(':is(h4, h5)').innerText()).trim();
    const ref = heading.split(' ')[0];
    await owed.getByRole('button', { name: `${en.QuickAction.WriteUpdate}: ${ref}` }).click();
    const form = owed.locator('form');
    await form.waitFor();
    await form.locator(`label[for="${await form.getByRole('radio', { name: new RegExp(`^${en.Status.Green}\\.`) }).getAttribute('id')}"]`).click();
    await form.getByRole('textbox', { name: new RegExp(`^${en.Form.Progress}`) }).fill('Attendance officers visited every quartile 4 school this term.');
    await form.getByRole('button', { name: en.Form.Submit }).click();
    await page.getByRole('status').filter({ hasText: fill(en.QuickAction.UpdateSent, ref) }).waitFor();
    // The list is read again: the update is in, so the row has gone.
    await page.locator('li[data-kind="updateOwed"]').filter({ has: page.locator(':is(h4, h5)', { hasText: heading }) }).waitFor({ state: 'detached', timeout: 15_000 });
  });

  test('when the list cannot be read the page says so in a sentence with Try again, which reads it again', async () => {
    const context = session.keep(await session.browser().newContext({ viewport: { width: 1280, height: 900 } }));
    const { url } = session.local();
    await context.addCookies([{ name: 'tracker-user', value: encodeURIComponent(JAN), url }]);
    const page = await context.newPage();
    await page.route('**/_api/**', (route) => route.fulfill({ status: 503, body: 'Service unavailable' }));
    await page.goto(`${url}/milestones`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.innerText()).not.toMatch(/503|undefined|\[object/);
    await page.unroute('**/_api/**');
    await page.getByRole('button', { name: en.DueList.Retry }).click();
    await page.locator('li[data-kind]').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  test('marking a milestone done takes it off the overdue list here and off the dashboard\'s, and the store has it done today', async () => {
    const dashboard = await open();
    const target = (await overdueInStore(dashboard))[0];
    await dashboard.goto(`${session.local().url}/`);
    await dashboardReady(dashboard);
    const overdueOnDashboard = dashboard.locator('[data-section="overdue"]');
    const title = target.heading.slice(target.heading.indexOf(' ') + 1);
    expect(await overdueOnDashboard.innerText()).toContain(title);

    const page = await open();
    await row(page, target.heading).getByRole('button', { name: `${en.QuickAction.MarkDone}: ${target.heading}` }).click();
    await page.getByText(fill(en.Milestone.Done, '6 April 2020')).waitFor();
    // The re-read takes its row off the list.
    await page.locator('li[data-kind="milestone"]').filter({ has: page.locator(':is(h4, h5)', { hasText: target.heading }) }).waitFor({ state: 'detached' });
    expect(await rowHeadings(page, 'overdue', 'milestone')).not.toContain(target.heading);
    expect(await page.getByRole('button', { name: new RegExp(`^${en.Milestone.Undo}`) }).count()).toBe(1);
    const stored = (await storedMilestones(page, JAN)).filter((milestone) => milestone.Id === target.id)[0];
    expect(stored.DoneDate && londonDay(stored.DoneDate)).toBe(DEMO_DAY);

    await page.goto(`${session.local().url}/`);
    await dashboardReady(page);
    expect(await page.locator('[data-section="overdue"]').innerText()).not.toContain(title);
  });
  test('marking done a milestone someone else has just marked done says so, as My updates does, and the row goes on the re-read', async () => {
    const mine = await open();
    const target = (await overdueInStore(mine))[0];
    const theirs = await openMilestones(session.browser(), session.local().url, {});
    await row(theirs.page, target.heading).getByRole('button', { name: `${en.QuickAction.MarkDone}: ${target.heading}` }).click();
    await theirs.page.getByText(fill(en.Milestone.Done, '6 April 2020')).waitFor();
    await theirs.context.close();

    await row(mine, target.heading).getByRole('button', { name: `${en.QuickAction.MarkDone}: ${target.heading}` }).click();
    await mine.getByRole('status').filter({ hasText: en.Errors.Conflict }).waitFor();
    await mine.locator('li[data-kind="milestone"]').filter({ has: mine.locator(':is(h4, h5)', { hasText: target.heading }) }).waitFor({ state: 'detached' });
    expect(await mine.getByRole('button', { name: new RegExp(`^${en.Milestone.Undo}`) }).count()).toBe(0);
  });
});
