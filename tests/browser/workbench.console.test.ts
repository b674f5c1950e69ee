/**
 * @jest-environment node
 */
import { Page } from 'playwright-core';
import { DEMO_PEOPLE } from '../../src/local/demoData/demoOverlay';
import { LANGUAGE_COOKIE, USER_COOKIE } from '../../src/local/workbench/startWorkbench';
import { myUpdatesStrings } from '../support/loadStrings';
import { localModeSession } from './support/localModeSession';
import { screenshot } from './support/browser';

/**
 * Local mode works offline and quietly: every workbench page, in English and Welsh, as an action
 * owner and as a plan lead, logs no error or warning to the console, asks nothing of any other
 * origin, gets no failed or refused answer, and draws every Fluent icon it shows instead of an
 * empty box. SharePoint registers Fluent's icons for a web part's page; in local mode the
 * workbench client does (src/local/workbench/client/workbenchIcons.ts), from icon fonts the
 * workbench serves itself.
 */

jest.setTimeout(120_000);

type Language = 'en-gb' | 'cy-gb';

const SEP = 'Powys County Council Strategic Equality Plan 2016-20';
const PAGES: [string, string][] = [
  ['home', '/'],
  ['plan', `/plan?title=${encodeURIComponent(SEP)}&year=2017-18&quarter=Q4`],
  ['My updates', '/updates'],
  ['Tracker setup', '/setup'],
  ['My milestones', '/milestones']
];
/** What shows once a page's web part has read the site; the dashboard's glance for the rest. */
const READY: Record<string, string> = {
  '/updates': 'section[aria-labelledby="my-updates-title"][aria-busy="false"]',
  '/setup': '[data-testid="list-health"]',
  '/milestones': 'section[aria-labelledby="my-milestones-title"][aria-busy="false"]'
};
const OWNER = 'jan.coles@powys.example';
const LEAD = 'chief.education.officer@powys.example';
const LANGUAGES: Language[] = ['en-gb', 'cy-gb'];

const person = (email: string): { email: string; title: string } => {
  const found = DEMO_PEOPLE.filter((candidate) => candidate.email === email)[0];
  if (!found) throw new Error(`${email} is not one of the demo's people`);
  return found;
};

/** What a page did that a person would see in the console or the network panel. */
interface Watched {
  problems: string[];
  responses: { url: string; status: number; type: string }[];
}

function watch(page: Page, origin: string): Watched {
  const watched: Watched = { problems: [], responses: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watched.problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) watched.problems.push(`asked another origin: ${request.url()}`);
  });
  page.on('requestfailed', (request) => watched.problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    watched.responses.push({ url: response.url(), status: response.status(), type: response.headers()['content-type'] });
    if (response.status() >= 400) watched.problems.push(`${response.status()}: ${response.url()}`);
  });
  return watched;
}

/**
 * Each icon Fluent drew: its name, and what is wrong with it ('' when it shows). An icon shows when
 * it holds an SVG, or a glyph whose font has loaded; an unregistered one is an empty <i>.
 */
async function icons(page: Page): Promise<{ name: string; fault: string }[]> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.$$eval('i[data-icon-name]', (elements) =>
    elements.map((element) => {
      const name = element.getAttribute('data-icon-name') || '';
      if (element.querySelector('svg')) return { name, fault: '' };
      const glyph = element.textContent || '';
      if (!glyph) return { name, fault: 'empty (not registered)' };
      const family = getComputedStyle(element).fontFamily;
      return { name, fault: document.fonts.check(`16px ${family}`, glyph) ? '' : `its font ${family} has not loaded` };
    }));
}

/** Names that start with `words` (a button's "Write update: 1.a.", a required field's "Reason *"). */
const startingWith = (words: string): RegExp => new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

const faults = (drawn: { name: string; fault: string }[]): string[] => drawn.filter((icon) => icon.fault).map((icon) => `${icon.name}: ${icon.fault}`);

describe('local mode in Chromium: no console errors or warnings, no failed requests, no empty icons', () => {
  const session = localModeSession();

  /**
   * A fresh context signed in as `email`, in `language` (the cookies the workbench's sign-in and
   * language forms set), on `path`, watched from before the first request.
   */
  async function open(email: string, language: Language, path: string): Promise<{ page: Page; watched: Watched }> {
    const context = session.keep(await session.browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' }));
    await context.addCookies([
      { name: USER_COOKIE, value: encodeURIComponent(email), url: session.local().url },
      { name: LANGUAGE_COOKIE, value: language, url: session.local().url }
    ]);
    const page = await context.newPage();
    const watched = watch(page, new URL(session.local().url).origin);
    await page.goto(`${session.local().url}${path}`);
    await page.locator(READY[path] || '[data-testid="at-a-glance"]').waitFor();
    return { page, watched };
  }

  // [page, person, language, path, e-mail]: the title names the first three.
  const cases = PAGES.flatMap(([name, path]) =>
    [OWNER, LEAD].flatMap((email) => LANGUAGES.map((language): [string, string, Language, string, string] => [name, person(email).title, language, path, email])));

  test.each(cases)('the %s page as %s in %s', async (_name, _title, language, path, email) => {
    const { page, watched } = await open(email, language, path);
    const drawn = faults(await icons(page));
    // The page names its icon, so the browser asks for no /favicon.ico that is not there.
    const favicon = await page.evaluate(() => { const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]'); return link ? link.href : ''; });
    expect(favicon).toBe(`${session.local().url}/favicon.svg`);
    expect((await page.request.get(favicon)).status()).toBe(200);
    expect({ icons: drawn, problems: watched.problems }).toEqual({ icons: [], problems: [] });
  });

  test.each(LANGUAGES)('in %s, the owner\'s forms draw their icons: the error, the tick, the sent request and its close button', async (language) => {
    const strings = myUpdatesStrings(language);
    const { page, watched } = await open(OWNER, language, '/updates');
    // An update submitted empty: MessageBar's error icon.
    await page.getByRole('button', { name: startingWith(`${strings.Action.WriteUpdate}:`) }).first().click();
    await page.getByRole('button', { name: strings.Form.Submit }).click();
    await page.locator('.ms-MessageBar i[data-icon-name="ErrorBadge"]').first().waitFor({ state: 'attached' });
    // "No data this period" ticked: Checkbox's check mark.
    await page.getByText(strings.Measure.NoValue, { exact: true }).first().click();
    // A deadline change sent (to this test's own copy of the demo): the success icon and the close button's.
    await page.getByRole('button', { name: startingWith(`${strings.ChangeRequest.Ask}:`) }).first().click();
    await page.getByRole('textbox', { name: startingWith(strings.ChangeRequest.RequestedDate) }).fill('2021-11-30');
    await page.getByRole('textbox', { name: startingWith(strings.ChangeRequest.Reason) }).fill('The inspection moved to the spring term.');
    await page.getByRole('button', { name: strings.ChangeRequest.Send }).click();
    await page.getByText(strings.ChangeRequest.Sent).waitFor();

    const drawn = await icons(page);
    await screenshot(page, `updates-icons-${language}`);
    expect({ icons: faults(drawn), problems: watched.problems }).toEqual({ icons: [], problems: [] });
    expect(drawn.map((icon) => icon.name)).toEqual(expect.arrayContaining(['CheckMark', 'Clear', 'Completed', 'ErrorBadge']));
  });

  test.each(LANGUAGES)('in %s, the plan lead\'s review queue draws its icons: an approved update\'s success', async (language) => {
    const strings = myUpdatesStrings(language);
    const { page, watched } = await open(LEAD, language, '/updates');
    await page.getByRole('tab', { name: startingWith(strings.General.TabReviewCount.split(' (')[0]) }).click();
    // Approving the first update waiting (in this test's own copy of the demo): MessageBar's success icon.
    await page.getByRole('button', { name: startingWith(`${strings.Review.Approve}:`) }).first().click();
    await page.locator('.ms-MessageBar i[data-icon-name="Completed"]').first().waitFor({ state: 'attached' });

    const drawn = await icons(page);
    await screenshot(page, `updates-review-queue-${language}`);
    expect({ icons: faults(drawn), problems: watched.problems }).toEqual({ icons: [], problems: [] });
    expect(drawn.map((icon) => icon.name)).toContain('Completed');
  });

  test('the icon fonts come from the workbench, which serves only the font files there', async () => {
    // The owner's page draws check marks (Checkbox): the icon font holding them is fetched as it loads.
    const { page, watched } = await open(OWNER, 'en-gb', '/updates');
    await icons(page);
    expect(watched.responses.filter((response) => response.url.indexOf('/workbench/icon-fonts/') >= 0))
      .toEqual([{ url: expect.stringMatching(/\/workbench\/icon-fonts\/fabric-icons-[0-9a-f]+\.woff$/), status: 200, type: 'font/woff' }]);
    for (const path of ['..%2F..%2Fpackage.json', 'fabric-icons.js', '']) {
      expect([path, (await page.request.get(`${session.local().url}/workbench/icon-fonts/${path}`)).status()]).toEqual([path, 404]);
    }
    expect(watched.problems).toEqual([]);
  });
});
