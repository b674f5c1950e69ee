import { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'papaparse';
import { tracker } from '../../cli/support';
import { loadStrings } from '../../support/loadStrings';
import { DashboardStrings } from '../../../src/webparts/dashboard/components/IDashboardProps';

/** The demo's plans and people the dashboard tests read. */
export const ESTYN = 'Powys Education Services: Post Inspection Action Plan 2019';
export const SEP = 'Powys County Council Strategic Equality Plan 2016-20';
export const CABINET = 'cabinet.member@powys.example';
export const SEP_LEAD = 'sep.coordinator@powys.example';

export const ACTION_COLUMNS = ['Blue', 'Green', 'Amber', 'Red', 'NoUpdate', 'NotDue', 'Withdrawn', 'total'];
export const MEASURE_COLUMNS = ['Green', 'Amber', 'Red', 'NoTarget', 'NoData', 'NotDue', 'total'];

export type Language = 'en-gb' | 'cy-gb';

/** The dashboard's strings in one language, merged as its web part class merges them. */
export function dashboardStrings(language: Language): DashboardStrings {
  return { ...loadStrings<object>(`src/webparts/dashboard/loc/${language}.js`), ...loadStrings<object>(`src/components/loc/${language}.js`) } as DashboardStrings;
}

export interface OpenOptions {
  email?: string;
  language?: Language;
  theme?: 'default' | 'dark' | 'contrast';
  width?: number;
  path?: string;
}

/** A fresh context signed in (the workbench's cookies), on the dashboard, once its figures are shown. */
export async function openDashboard(browser: Browser, url: string, options: OpenOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: options.width || 1280, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  await context.addCookies([
    { name: 'tracker-user', value: encodeURIComponent(options.email || CABINET), url },
    { name: 'tracker-language', value: options.language || 'en-gb', url },
    { name: 'tracker-theme', value: options.theme || 'default', url }
  ]);
  const page = await context.newPage();
  await page.goto(`${url}${options.path || '/'}`);
  await dashboardReady(page);
  return { context, page };
}

export async function dashboardReady(page: Page): Promise<void> {
  await page.locator('[data-testid="dashboard"][aria-busy="false"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="at-a-glance"]').waitFor();
}

/** The at-a-glance table as shown: per row header, the counts by `kind.bucket`. */
export async function glanceOnScreen(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.$$eval('[data-testid="at-a-glance"] tbody tr, [data-testid="at-a-glance"] tfoot tr:not([data-row])', (rows) => {
    const table: Record<string, Record<string, number>> = {};
    rows.forEach((row) => {
      const header = (row.querySelector('th') as HTMLElement).innerText.trim();
      const ref = header.split(/\s+/)[0];
      const counts: Record<string, number> = {};
      row.querySelectorAll('td[data-count]').forEach((cell) => { counts[cell.getAttribute('data-count') as string] = Number((cell as HTMLElement).innerText.trim()); });
      table[ref] = counts;
    });
    return table;
  });
}

/** The CLI's JSON report for the same plan, quarter and site (no --as-of: the demo's day kept there). */
export async function cliReport(site: string, plan: string, year: string, quarter: string, format: 'json' | 'csv' = 'json', asOf?: string): Promise<string> {
  const args = ['report', '--site', site, '--plan', plan, '--year', year, '--quarter', quarter, '--format', format, ...(asOf ? ['--as-of', asOf] : [])];
  const run = await tracker(args, {}, new Date('2026-12-05T12:00:00Z'));
  if (run.code !== 0) throw new Error(`tracker report failed: ${run.stderr.join('\n')}`);
  return run.stdout;
}

/** The CLI's at-a-glance rows in the shape glanceOnScreen reads (Total for the total row). */
export function glanceOfJson(json: { atAGlance: { rows: Array<{ objectiveRef: string; actions: Record<string, number>; measures: Record<string, number> }>; total: { actions: Record<string, number>; measures: Record<string, number> } } }): Record<string, Record<string, number>> {
  const table: Record<string, Record<string, number>> = {};
  const add = (ref: string, actions: Record<string, number>, measures: Record<string, number>): void => {
    const counts: Record<string, number> = {};
    ACTION_COLUMNS.forEach((column) => { counts[`actions.${column}`] = actions[column]; });
    MEASURE_COLUMNS.forEach((column) => { counts[`measures.${column}`] = measures[column]; });
    table[ref] = counts;
  };
  json.atAGlance.rows.forEach((row) => add(row.objectiveRef, row.actions, row.measures));
  add('Total', json.atAGlance.total.actions, json.atAGlance.total.measures);
  return table;
}

/** The CLI's CSV data rows, as objects by header. */
export function csvRows(text: string): Array<Record<string, string>> {
  return parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
}
