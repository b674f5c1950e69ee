/**
 * @jest-environment node
 */
import { Page } from 'playwright-core';
import { localModeSession } from './support/localModeSession';
import { checkAccessibility } from './support/axe';
import { screenshot } from './support/browser';
import { dashboardStrings, Language, openDashboard, SEP } from './support/dashboardFixture';

/**
 * The dashboard for everyone (WCAG 2.2 AA): no axe violation in any state (loaded, a drill-down
 * open, filtered measures), in the light, dark and high-contrast themes, in English and Welsh;
 * readable without sideways scrolling at 320 px and in a one-third column.
 */

jest.setTimeout(240_000);

const SEP_Q4 = `/plan?title=${encodeURIComponent(SEP)}&year=2017-18&quarter=Q4`;

describe('the dashboard, accessible in every state, theme, width and language', () => {
  const session = localModeSession();

  async function open(options: Parameters<typeof openDashboard>[2]): Promise<Page> {
    const opened = await openDashboard(session.browser(), session.local().url, { path: SEP_Q4, ...options });
    session.keep(opened.context);
    return opened.page;
  }

  const expectNoViolations = async (page: Page): Promise<void> => {
    const { summary } = await checkAccessibility(page);
    expect(summary).toBe('no accessibility violations');
  };

  const themes: Array<['default' | 'dark' | 'contrast', Language]> = [['default', 'en-gb'], ['dark', 'en-gb'], ['contrast', 'en-gb'], ['default', 'cy-gb'], ['dark', 'cy-gb']];

  test.each(themes)('in the %s theme, in %s: loaded, with a drill-down open from the glance and from the direction of travel, and with measures filtered, axe finds nothing', async (theme, language) => {
    const strings = dashboardStrings(language);
    const page = await open({ theme, language });
    await expectNoViolations(page);
    await screenshot(page, `dashboard-${theme}-${language}`);

    await page.locator('[data-testid="at-a-glance"] button').first().click();
    await page.getByTestId('drill-down').waitFor();
    await expectNoViolations(page);

    await page.locator('[data-testid="direction-of-travel"] button').first().click();
    await page.locator('[data-section="travel"] [data-testid="drill-down"]').waitFor();
    await expectNoViolations(page);

    await page.locator('#dashboard-filter-rag').selectOption('NoTarget');
    await page.getByRole('status').filter({ hasText: new RegExp(strings.Measure.Shown.other.replace('{0}', '\\d+').replace('{1}', '\\d+')) }).waitFor();
    await expectNoViolations(page);
  });

  test('in Welsh the page says lang="cy", and the dashboard\'s words are the Welsh strings', async () => {
    const strings = dashboardStrings('cy-gb');
    const page = await open({ language: 'cy-gb' });
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator('#dashboard-title').innerText()).toBe(strings.General.Title);
    expect(await page.locator('#dashboard-glance').innerText()).toBe(strings.Glance.Heading);
    expect(await page.locator('#dashboard-title + p').innerText()).toBe(`${SEP}: Ch4 2017-18`);
    expect(await page.getByTestId('as-of').innerText()).toMatch(/ar 6 Ebrill 2020$/);
  });

  test.each([[320, 'phone'], [427, 'one-third column of a 1280 px page'], [1280, 'full width']])('at %i px (%s) nothing scrolls sideways but a table inside its own box', async (width) => {
    const page = await open({ width });
    const layout = await page.evaluate(() => ({
      page: (document.scrollingElement as Element).scrollWidth,
      overflowing: Array.from(document.querySelectorAll('[data-testid="dashboard"] *'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((element) => !element.closest('[role="region"][tabindex="0"]'))
        .map((element) => `${element.tagName}.${element.className}`)
        .slice(0, 5)
    }));
    expect(layout).toEqual({ page: width, overflowing: [] });
    await screenshot(page, `dashboard-${width}`);
  });

  test('in a one-third column beside other web parts the dashboard fits its column', async () => {
    const page = await open({ width: 1280 });
    await page.addStyleTag({ content: '#web-part { width: 400px; }' });
    const right = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('[data-testid="dashboard"] *'))
      .filter((element) => !element.closest('[role="region"][tabindex="0"]'))
      .map((element) => element.getBoundingClientRect().right)));
    const column = await page.evaluate(() => (document.getElementById('web-part') as HTMLElement).getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(column + 1);
    await screenshot(page, 'dashboard-one-third-column');
    await expectNoViolations(page);
  });
});
