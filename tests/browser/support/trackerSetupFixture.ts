import { Browser, BrowserContext, Page } from 'playwright-core';
import { LANGUAGE_COOKIE, THEME_COOKIE, USER_COOKIE } from '../../../src/local/workbench/startWorkbench';
import { loadStrings } from '../../support/loadStrings';

/** The demo's plan lead who owns the site: the person the Tracker setup page is for. */
export const SITE_OWNER = 'sep.coordinator@powys.example';

export type Language = 'en-gb' | 'cy-gb';
export type Theme = 'default' | 'dark' | 'contrast';

/** Tracker setup's strings in one language, as its web part class passes them (no common strings). */
export function setupStrings(language: Language): ITrackerSetupWebPartStrings {
  return loadStrings<ITrackerSetupWebPartStrings>(`src/webparts/trackerSetup/loc/${language}.js`);
}

export interface SetupOptions {
  email?: string;
  language?: Language;
  theme?: Theme;
  width?: number;
}

/** A fresh context signed in (the workbench's cookies), on /setup, once the site's lists are checked. */
export async function openSetup(browser: Browser, url: string, options: SetupOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: options.width || 1280, height: 900 }, locale: 'en-GB' });
  await context.addCookies([
    { name: USER_COOKIE, value: encodeURIComponent(options.email || SITE_OWNER), url },
    { name: LANGUAGE_COOKIE, value: options.language || 'en-gb', url },
    { name: THEME_COOKIE, value: options.theme || 'default', url }
  ]);
  const page = await context.newPage();
  await page.goto(`${url}/setup`);
  await setupReady(page);
  return { context, page };
}

export async function setupReady(page: Page): Promise<void> {
  await page.locator('[data-testid="tracker-setup"][aria-busy="false"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="list-health"]').waitFor();
}

/** One row of the list health table as a person reads it. */
export interface SetupRow {
  list: string;
  status: string;
  items: string;
  details: string;
}

/** Words as a person reads them: an icon's glyph (a private-use character, hidden from screen readers) is not among them. */
const withoutGlyphs = (text: string): string => text.replace(/[\uE000-\uF8FF]/g, '').trim();

export async function setupRows(page: Page): Promise<SetupRow[]> {
  const rows = await page.$$eval('[data-testid="list-health"] tbody tr', (elements) => elements.map((row) =>
    [row.querySelector('th'), ...Array.from(row.querySelectorAll('td'))].map((cell) => (cell as HTMLElement).innerText)));
  return rows.map((cells) => {
    const [list, status, items, details] = cells.map(withoutGlyphs);
    return { list, status, items, details };
  });
}

/** The summary above the table: the Fluent MessageBar's words. */
export async function setupSummary(page: Page): Promise<string> {
  return withoutGlyphs(await page.locator('[data-testid="tracker-setup"] .ms-MessageBar').first().innerText());
}

/**
 * The store's SharePoint REST API through the workbench's proxy, as a Node client calls it: the
 * caller named in `X-Tracker-User` (SharePoint Online's bearer token), so writes need no digest.
 */
export function storeApi(url: string, email = SITE_OWNER): (path: string, init?: { method?: string; body?: object }) => Promise<Response> {
  return async (path, init = {}) => {
    const response = await fetch(path.indexOf('http') === 0 ? path : `${url}/sites/tracker/_api/${path}`, {
      method: init.method || 'GET',
      headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-Tracker-User': email },
      body: init.body ? JSON.stringify(init.body) : undefined
    });
    if (!response.ok) throw new Error(`${init.method || 'GET'} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
}

const listPath = (title: string): string => `web/lists/getByTitle('${title.replace(/'/g, "''")}')`;

/** How many items the store holds in a list, counted item by item (every page of them), not from its ItemCount. */
export async function storedItemCount(url: string, title: string): Promise<number> {
  const api = storeApi(url);
  let count = 0;
  let next: string | undefined = `${listPath(title)}/items?$select=Id&$top=5000`;
  while (next) {
    const page = (await (await api(next)).json()) as { value: unknown[]; 'odata.nextLink'?: string };
    count += page.value.length;
    next = page['odata.nextLink'];
  }
  return count;
}

/** Deletes one of a list's columns, as a site owner could on the list's settings page. */
export async function deleteColumn(url: string, list: string, column: string): Promise<void> {
  await storeApi(url)(`${listPath(list)}/fields/getByInternalNameOrTitle('${column}')`, { method: 'DELETE' });
}

/** Removes the index on one of a list's columns. */
export async function dropIndex(url: string, list: string, column: string): Promise<void> {
  await storeApi(url)(`${listPath(list)}/fields/getByInternalNameOrTitle('${column}')`, { method: 'MERGE', body: { Indexed: false } });
}
