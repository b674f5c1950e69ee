/**
 * @jest-environment node
 */
import { Page } from 'playwright-core';
import { checkAccessibility } from './support/axe';
import { screenshot } from './support/browser';
import { localModeSession } from './support/localModeSession';
import { Language, openSetup, setupRows, setupStrings, Theme } from './support/trackerSetupFixture';

/**
 * Tracker setup for everyone (WCAG 2.2 AA): no axe violation in the light, dark and
 * high-contrast themes, in English and Welsh; at 320 px nothing scrolls sideways but the table,
 * in a box of its own; every control reachable with the keyboard.
 */

jest.setTimeout(240_000);

describe('Tracker setup, accessible in every theme, language and width', () => {
  const session = localModeSession();

  async function open(options: Parameters<typeof openSetup>[2]): Promise<Page> {
    const opened = await openSetup(session.browser(), session.local().url, options);
    session.keep(opened.context);
    return opened.page;
  }

  /** The background each theme gives the web part: white, Teams' dark grey, black. */
  const BACKGROUND: Record<Theme, string> = { default: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 31)', contrast: 'rgb(0, 0, 0)' };

  const cases: Array<[Theme, Language]> = [['default', 'en-gb'], ['dark', 'en-gb'], ['contrast', 'en-gb'], ['default', 'cy-gb'], ['dark', 'cy-gb'], ['contrast', 'cy-gb']];

  test.each(cases)('in the %s theme, in %s, the web part takes the theme\'s colours and axe finds nothing', async (theme, language) => {
    const page = await open({ theme, language });
    expect(await page.getByTestId('tracker-setup').evaluate((section) => getComputedStyle(section).backgroundColor)).toBe(BACKGROUND[theme]);
    const { summary } = await checkAccessibility(page);
    expect(summary).toBe('no accessibility violations');
    await screenshot(page, `tracker-setup-${theme}-${language}`);
  });

  test('in Welsh the page says lang="cy", and the web part\'s words are the Welsh strings', async () => {
    const strings = setupStrings('cy-gb');
    const page = await open({ language: 'cy-gb' });
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator('#tracker-setup-title').innerText()).toBe(strings.Title);
    expect((await page.locator('[data-testid="list-health"] thead').innerText()).trim()).toBe([strings.ColumnList, strings.ColumnStatus, strings.ColumnItems, strings.ColumnDetails].join('\t'));
    expect(new Set((await setupRows(page)).map((row) => row.status))).toEqual(new Set([strings.HealthOk]));
  });

  test('at 320 px nothing scrolls sideways but the table, which scrolls inside its own box', async () => {
    const page = await open({ width: 320 });
    const layout = await page.evaluate(() => ({
      page: (document.scrollingElement as Element).scrollWidth,
      overflowing: Array.from(document.querySelectorAll('[data-testid="tracker-setup"] *'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((element) => !element.closest('[role="region"][tabindex="0"]'))
        .map((element) => `${element.tagName}.${element.className}`)
        .slice(0, 5)
    }));
    expect(layout).toEqual({ page: 320, overflowing: [] });

    const box = page.getByRole('region', { name: setupStrings('en-gb').TableCaption });
    await box.focus();
    expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await page.keyboard.press('ArrowRight');
    // Chromium scrolls a box smoothly: wait for it to move rather than read it at once.
    await box.evaluate((element) => new Promise<void>((resolve) => {
      const moved = (): void => (element.scrollLeft > 0 ? resolve() : void requestAnimationFrame(moved));
      moved();
    }));
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    await screenshot(page, 'tracker-setup-320');
  });

  test('the keyboard reaches the workbench\'s controls and then the table\'s scroll box, each with a visible focus', async () => {
    const page = await open({});
    const reached: string[] = [];
    for (let presses = 0; presses < 30 && reached.indexOf('region') < 0; presses++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        return active.getAttribute('role') || active.id || active.tagName.toLowerCase();
      }));
    }
    expect(reached).toEqual(expect.arrayContaining(['user', 'language', 'theme', 'region']));
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as HTMLElement).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
