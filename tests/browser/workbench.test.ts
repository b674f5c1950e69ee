/**
 * @jest-environment node
 */
import { Browser, Page } from 'playwright-core';
import { temporaryDir } from '../cli/support';
import { checkAccessibility } from './support/axe';
import { launchBrowser, openPage, screenshot, TestPage } from './support/browser';
import { LocalMode, startLocalMode } from '../support/localMode';
import { dashboardReady } from './support/dashboardFixture';
import { setupReady } from './support/trackerSetupFixture';

jest.setTimeout(120_000);

const SEP = 'Powys County Council Strategic Equality Plan 2016-20';
const PAGES: [string, string][] = [
  ['home', '/'],
  ['plan', `/plan?title=${encodeURIComponent(SEP)}&year=2017-18&quarter=Q4`],
  ['Tracker setup', '/setup']
];
const WIDTHS = [1280, 320];

/** Waits for the web part on `path` to have read the site. */
const ready = (page: Page, path: string): Promise<void> => (path === '/setup' ? setupReady(page) : dashboardReady(page));

describe('the local workbench in Chromium', () => {
  const dir = temporaryDir();
  let local: LocalMode;
  let browser: Browser;
  let open: TestPage | undefined;

  beforeAll(async () => {
    local = await startLocalMode(dir.path);
    browser = await launchBrowser();
  });

  afterEach(async () => {
    if (open) await open.context.close();
    open = undefined;
  });

  afterAll(async () => {
    if (browser) await browser.close();
    if (local) await local.stop();
    dir.remove();
  });

  const cases = PAGES.flatMap(([name, path]) => WIDTHS.map((width): [string, number, string] => [name, width, path]));

  test.each(cases)('the %s page at %i px wide has no WCAG 2.2 AA violations', async (name, width, path) => {
    open = await openPage(browser, width);
    await open.page.goto(`${local.url}${path}`);
    await ready(open.page, path);
    await screenshot(open.page, `${name}-${width}`);
    const { summary } = await checkAccessibility(open.page);
    expect(summary).toBe('no accessibility violations');
  });

  test.each(PAGES)('the %s page does not scroll sideways at 320 px; every table scrolls in a box of its own', async (_name, path) => {
    open = await openPage(browser, 320);
    await open.page.goto(`${local.url}${path}`);
    await ready(open.page, path);
    const layout = await open.page.evaluate(() => ({
      page: (document.scrollingElement as Element).scrollWidth,
      tables: Array.from(document.querySelectorAll('table')).map((table) => {
        const box = table.parentElement as HTMLElement;
        return {
          caption: table.caption ? table.caption.textContent : '',
          box: [getComputedStyle(box).overflowX, box.getAttribute('tabindex'), box.getAttribute('role')],
          right: box.getBoundingClientRect().right
        };
      })
    }));
    expect(layout.page).toBeLessThanOrEqual(320);
    expect(layout.tables.length).toBeGreaterThan(0);
    layout.tables.forEach((table) => {
      expect([table.caption, ...table.box]).toEqual([table.caption, 'auto', '0', 'region']);
      expect(table.right).toBeLessThanOrEqual(320);
    });
  });

  test('the status at a glance table is wider than a phone and scrolls inside its box, not the page', async () => {
    open = await openPage(browser, 320);
    await open.page.goto(`${local.url}${PAGES[1][1]}`);
    await dashboardReady(open.page);
    const glance = open.page.getByRole('region', { name: 'Status at a glance: actions and measures by objective' });
    await glance.focus();
    await open.page.keyboard.press('ArrowRight');
    await open.page.keyboard.press('End');
    const scrolled = await glance.evaluate((box) => ({ scrollWidth: box.scrollWidth, clientWidth: box.clientWidth, scrollLeft: box.scrollLeft, pageX: window.scrollX }));
    expect(scrolled.scrollWidth).toBeGreaterThan(320);
    expect(scrolled.clientWidth).toBeLessThanOrEqual(320);
    expect(scrolled.scrollLeft).toBeGreaterThan(0);
    expect(scrolled.pageX).toBe(0);
    await screenshot(open.page, 'plan-320-at-a-glance-scrolled');
  });

  test('"sign in as" works with the keyboard alone', async () => {
    open = await openPage(browser, 1280);
    const { page } = open;
    await page.goto(`${local.url}/`);
    expect(await page.inputValue('#user')).toBe('sep.coordinator@powys.example');

    for (let presses = 0; presses < 18 && (await page.evaluate(() => document.activeElement && document.activeElement.id)) !== 'user'; presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement && document.activeElement.id)).toBe('user');
    await page.keyboard.type('Cabinet');
    expect(await page.inputValue('#user')).toBe('cabinet.member@powys.example');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement && document.activeElement.textContent)).toBe('Switch');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);

    expect(await page.inputValue('#user')).toBe('cabinet.member@powys.example');
    expect(await page.locator('#user option[selected]').textContent()).toBe('Cabinet Member (Executive)');
    await screenshot(page, 'home-signed-in-as-executive');
  });
});
