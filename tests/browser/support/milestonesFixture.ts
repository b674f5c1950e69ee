import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { loadStrings } from '../../support/loadStrings';
import { MyMilestonesStrings } from '../../../src/webparts/myMilestones/components/IMyMilestonesProps';

/** The demo's people and day the My milestones tests read. */
export const JAN = 'jan.coles@powys.example';
export const PLAN_LEAD = 'chief.education.officer@powys.example';
export const DEMO_DAY = '2020-04-06';

export type Language = 'en-gb' | 'cy-gb';

/** My milestones' strings in one language, merged as its web part class merges them (My updates', its own, the common ones). */
export function myMilestonesStrings(language: Language): MyMilestonesStrings {
  return {
    ...loadStrings<object>(`src/webparts/myUpdates/loc/${language}.js`),
    ...loadStrings<object>(`src/webparts/myMilestones/loc/${language}.js`),
    ...loadStrings<object>(`src/components/loc/${language}.js`)
  } as MyMilestonesStrings;
}

export interface OpenOptions {
  email?: string;
  language?: Language;
  theme?: 'default' | 'dark' | 'contrast';
  width?: number;
  /** A Teams deep link's sub-entity id, as the workbench takes it. */
  subEntityId?: string;
}

/** A fresh context signed in (the workbench's cookies), on /milestones, once the list has loaded. */
export async function openMilestones(browser: Browser, url: string, options: OpenOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: options.width || 1280, height: 900 }, locale: 'en-GB' });
  await context.addCookies([
    { name: 'tracker-user', value: encodeURIComponent(options.email || JAN), url },
    { name: 'tracker-language', value: options.language || 'en-gb', url },
    { name: 'tracker-theme', value: options.theme || 'default', url }
  ]);
  const page = await context.newPage();
  await page.goto(`${url}/milestones${options.subEntityId ? `?subEntityId=${encodeURIComponent(options.subEntityId)}` : ''}`);
  await milestonesReady(page);
  return { context, page };
}

export async function milestonesReady(page: Page): Promise<void> {
  await page.locator('section[aria-labelledby="my-milestones-title"][aria-busy="false"]').waitFor({ timeout: 60_000 });
}

/** A list's rows as "ref title" headings, in order: the overdue or due-soon lists, of every plan. */
export async function rowHeadings(page: Page, list: 'overdue' | 'soon', kind?: string): Promise<string[]> {
  const rows = page.locator(`section[data-section$="-${list}"] li${kind ? `[data-kind="${kind}"]` : ''} > :is(h4, h5)`);
  return (await rows.allInnerTexts()).map((text) => text.trim());
}

/** The row whose heading is `ref title`. */
export function row(page: Page, heading: string): Locator {
  return page.locator('li[data-kind]').filter({ has: page.locator(':is(h4, h5)', { hasText: heading }) });
}

export interface StoredMilestone {
  Id: number;
  Title: string;
  DueDate: string;
  DoneDate: string | null;
  Action: { Ref: string };
}

/** The person's milestones as the store holds them, read through the workbench's SharePoint REST proxy. */
export async function storedMilestones(page: Page, email: string): Promise<StoredMilestone[]> {
  const query = `$select=Id,Title,DueDate,DoneDate,Action/Ref&$expand=Owner,Action&$filter=Owner/EMail eq '${email}'`;
  const answer = await page.request.get(`${new URL(page.url()).origin}/sites/tracker/_api/web/lists/getByTitle('Milestones')/items?${query}`, {
    headers: { Accept: 'application/json;odata=nometadata' }
  });
  return ((await answer.json()) as { value: StoredMilestone[] }).value;
}

/** A stored instant's calendar day in the UK, where the councils are (the store keeps UTC). */
export function londonDay(instant: string): string {
  return new Date(instant).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
