/**
 * @jest-environment node
 */
import { Page } from 'playwright-core';
import { localModeSession } from './support/localModeSession';
import { checkAccessibility } from './support/axe';
import { screenshot } from './support/browser';
import { JAN, Language, milestonesReady, myMilestonesStrings, openMilestones, PLAN_LEAD } from './support/milestonesFixture';

/**
 * My milestones for everyone (SPEC §5: WCAG 2.2 AA, English and Welsh, 320 px up), in each theme
 * Teams can give it: axe finds no violation with the list loaded and with each quick action's
 * panel open; at 320 px nothing scrolls sideways; in Welsh the page's words are Welsh; and a
 * milestone can be marked done with the keyboard alone.
 */

jest.setTimeout(240_000);

const CLEAN = 'no accessibility violations';
type Theme = 'default' | 'dark' | 'contrast';

describe('My milestones, accessible in every theme, width and language', () => {
  const session = localModeSession();

  async function open(options: Parameters<typeof openMilestones>[2]): Promise<Page> {
    const opened = await openMilestones(session.browser(), session.local().url, options);
    session.keep(opened.context);
    return opened.page;
  }

  const expectClean = async (page: Page): Promise<void> => {
    expect((await checkAccessibility(page)).summary).toBe(CLEAN);
  };

  const scrollsSideways = (page: Page): Promise<boolean> => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

  const cases: Array<[Theme, Language]> = [['default', 'en-gb'], ['dark', 'en-gb'], ['contrast', 'en-gb'], ['default', 'cy-gb'], ['dark', 'cy-gb'], ['contrast', 'cy-gb']];

  test.each(cases)('in the %s theme, in %s: the lead\'s list, each quick action open, and a reminder\'s highlight, axe finds nothing', async (theme, language) => {
    const strings = myMilestonesStrings(language);
    const page = await open({ email: PLAN_LEAD, theme, language, subEntityId: 'updateOverdue;a=1' });
    await expectClean(page);
    await screenshot(page, `my-milestones-${theme}-${language}`);
    for (const [kind, button] of [['changeRequest', strings.QuickAction.Decide], ['actionEnd', strings.QuickAction.AskDeadline], ['updateOwed', strings.QuickAction.WriteUpdate]]) {
      const row = page.locator(`li[data-kind="${kind}"]`).first();
      await row.getByRole('button', { name: new RegExp(`^${button}: `) }).click();
      await row.locator('form, ul').first().waitFor();
      await expectClean(page);
    }
  });

  test.each(cases.filter(([theme]) => theme !== 'contrast'))('at 320 px in the %s theme, in %s, nothing scrolls sideways and axe finds nothing', async (theme, language) => {
    const page = await open({ email: JAN, theme, language, width: 320 });
    expect(await scrollsSideways(page)).toBe(false);
    await expectClean(page);
    await screenshot(page, `my-milestones-320-${theme}-${language}`);
    const owed = page.locator('li[data-kind="updateOwed"]').first();
    await owed.getByRole('button', { name: new RegExp(`^${myMilestonesStrings(language).QuickAction.WriteUpdate}: `) }).click();
    await owed.locator('form').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
  });

  test('in Welsh the page says lang="cy" and the list\'s words are the Welsh strings', async () => {
    const cy = myMilestonesStrings('cy-gb');
    const page = await open({ email: JAN, language: 'cy-gb' });
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator('#my-milestones-title').innerText()).toBe(cy.DueList.Title);
    expect(await page.locator('section[data-section$="-overdue"] > :is(h3, h4)').first().innerText()).toBe(cy.DueList.Overdue);
    expect(await page.locator('section[data-section$="-soon"] > :is(h3, h4)').first().innerText()).toBe(cy.DueList.DueSoon);
    const text = await page.locator('#web-part').innerText();
    const en = myMilestonesStrings('en-gb');
    [en.DueList.Overdue, en.DueList.DueSoon, en.QuickAction.MarkDone, en.QuickAction.WriteUpdate, en.DueKind.Milestone].forEach((english) => expect(text).not.toContain(english));
    expect(text).toMatch(/\d+ diwrnod yn hwyr/);
  });

  test('with the keyboard alone, a milestone is marked done, focus goes to its done note, and Undo brings it back with focus on its button', async () => {
    const en = myMilestonesStrings('en-gb');
    const page = await open({ email: JAN });
    const first = page.locator('li[data-kind="milestone"]').first();
    const heading = (await first.locator(':is(h4, h5)').innerText()).trim();
    const button = first.getByRole('button', { name: `${en.QuickAction.MarkDone}: ${heading}` });
    let presses = 0;
    while (!(await button.evaluate((element) => element === document.activeElement)) && presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeLessThan(40);
    await page.keyboard.press('Enter');
    const undo = page.getByRole('button', { name: new RegExp(`^${en.Milestone.Undo}`) });
    await undo.waitFor();
    await page.waitForFunction(() => !!document.activeElement && !!document.activeElement.closest('li') && document.activeElement.closest('li')?.textContent?.indexOf('Done on') !== -1);
    await page.keyboard.press('Tab');
    expect(await undo.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    // Due again: back on the list, with focus on its Mark done button.
    await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, `${en.QuickAction.MarkDone}: ${heading}`);
    await milestonesReady(page);
  });
});
