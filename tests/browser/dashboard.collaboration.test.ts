/**
 * @jest-environment node
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';
import { parse } from 'papaparse';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO, temporaryDir } from '../cli/support';
import { LocalMode, startLocalMode } from '../support/localMode';
import { checkAccessibility } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { CABINET, cliReport, openDashboard, SEP, SEP_LEAD } from './support/dashboardFixture';

/**
 * What the dashboard does beyond reading: an item's history across quarters, the plan lead's
 * management responses (and two leads saving the same one), and the Word and Excel exports,
 * whose tables hold the report's numbers.
 */

jest.setTimeout(240_000);

const SEP_Q4 = `/plan?title=${encodeURIComponent(SEP)}&year=2017-18&quarter=Q4`;

describe('the dashboard: history, management responses and exports', () => {
  const dir = temporaryDir();
  let local: LocalMode;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [local, browser] = await Promise.all([startLocalMode(dir.path), launchBrowser()]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    if (browser) await browser.close();
    if (local) await local.stop();
    dir.remove();
  });

  async function open(email: string, path = SEP_Q4): Promise<Page> {
    const opened = await openDashboard(browser, local.url, { email, path });
    contexts.push(opened.context);
    return opened.page;
  }

  test('an action\'s history, opened from a drill-down, shows its update for each quarter the demo tracker holds', async () => {
    // The demo's own SEP trackers: the quarters action 1.d. was updated in.
    const quarters = ['sep-2016-20-actions-2017-18.csv', 'sep-2016-20-actions-2018-19.csv']
      .flatMap((file) => parse<Record<string, string>>(readFileSync(join(DEMO, file), 'utf8'), { header: true, skipEmptyLines: true }).data)
      .filter((row) => row.Ref === '1.d.' && row.Status)
      .map((row) => `${row['Financial Year']} ${row.Quarter}`);
    expect(quarters.length).toBeGreaterThan(1);

    const page = await open(CABINET);
    await page.getByRole('button', { name: /^\d+ Actions, 1 Close attainment gaps in education\.: / }).click();
    await page.getByRole('button', { name: 'History of 1.d.' }).click();
    const history = page.getByTestId('item-history');
    await history.locator('[aria-busy="false"], li').first().waitFor();
    await page.locator('[data-testid="item-history"][aria-busy="false"]').waitFor();
    expect(await page.evaluate(() => (document.activeElement as Element).id)).toBe('dashboard-history-heading');
    const periods = await history.locator('li[data-period]').evaluateAll((items) => items.map((item) => item.getAttribute('data-period')).filter((period) => period));
    expect(periods).toEqual(expect.arrayContaining(quarters));
    expect(await history.locator('li', { hasText: 'Q4 2017-18' }).first().innerText()).toContain('Status');
    const { summary } = await checkAccessibility(page);
    expect(summary).toBe('no accessibility violations');
    await screenshot(page, 'dashboard-history');

    await page.getByRole('button', { name: 'Back to the items' }).click();
    await page.waitForFunction(() => document.activeElement !== null && document.activeElement.getAttribute('aria-label') === 'History of 1.d.');
  });

  test('only the plan lead may write a management response; the executive reads it', async () => {
    const lead = await open(SEP_LEAD);
    const executive = await open(CABINET);
    expect(await lead.getByRole('button', { name: 'Write the response: Q4301' }).count()).toBe(1);
    expect(await executive.getByRole('button', { name: /^Write the response/ }).count()).toBe(0);
  });

  test('the plan lead writes a response in place; a second lead\'s tab saving the same one meets the conflict, chooses, and nothing is lost', async () => {
    const first = await open(SEP_LEAD);
    const second = await open(SEP_LEAD);
    for (const page of [first, second]) {
      await page.getByRole('button', { name: 'Write the response: Q4302' }).click();
    }
    await first.getByLabel('Management response to Q4302').fill('WHQS programme re-phased: completion by March 2019, reported to cabinet in June.');
    await first.getByRole('button', { name: 'Save', exact: true }).click();
    await first.locator('[data-response="Q4302"]', { hasText: 'WHQS programme re-phased' }).waitFor();

    await second.getByLabel('Management response to Q4302').fill('<b>Contractor</b> capacity added; <script>alert(1)</script> monthly monitoring.');
    await second.getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = second.getByTestId('response-conflict');
    await conflict.waitFor();
    expect(await second.evaluate(() => (document.activeElement as Element).textContent)).toBe('Someone else saved a response');
    expect(await conflict.locator('[data-version="theirs"]').innerText()).toBe('WHQS programme re-phased: completion by March 2019, reported to cabinet in June.');
    expect(await conflict.locator('[data-version="mine"]').innerText()).toBe('<b>Contractor</b> capacity added; <script>alert(1)</script> monthly monitoring.');
    const { summary } = await checkAccessibility(second);
    expect(summary).toBe('no accessibility violations');
    await screenshot(second, 'dashboard-response-conflict');

    await second.getByRole('button', { name: 'Use my version' }).click();
    await second.locator('[data-response="Q4302"]', { hasText: 'Contractor' }).waitFor();
    await second.getByRole('status').filter({ hasText: 'Response saved.' }).waitFor({ state: 'attached' });

    // Read afresh (a new tab: nothing cached): the second lead's words, as typed, markup shown and never run.
    const reader = await open(CABINET);
    expect(await reader.locator('[data-response="Q4302"]').innerText()).toContain('<b>Contractor</b> capacity added; <script>alert(1)</script> monthly monitoring.');
    expect(await reader.locator('[data-response="Q4302"] b, [data-response="Q4302"] script').count()).toBe(0);
  });

  test('Word and Excel exports, started with the keyboard, download files whose status at a glance holds the report\'s numbers', async () => {
    const page = await open(CABINET);
    const json = JSON.parse(await cliReport(`${dir.path}/.tracker`, SEP, '2017-18', 'Q4'));
    type Row = { objectiveRef: string; objective: string; actions: Record<string, number>; measures: Record<string, number> };
    const ACTIONS = ['Blue', 'Green', 'Amber', 'Red', 'NoUpdate', 'NotDue', 'Withdrawn'];
    const MEASURES = ['Green', 'Amber', 'Red', 'NoTarget', 'NoData', 'NotDue'];
    const rows: Row[] = json.atAGlance.rows;

    const downloadBy = async (name: string): Promise<{ file: string; bytes: Buffer }> => {
      await page.getByRole('button', { name }).focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      return { file: download.suggestedFilename(), bytes: readFileSync(await download.path() as string) };
    };

    // Word: the status at a glance table's rows, one per objective ("1 Close attainment gaps …"), its counts in the report's column order.
    const word = await downloadBy('Word (.docx)');
    expect(word.file).toBe(`${SEP} 2017-18 Q4.docx`);
    const documentXml = await (await JSZip.loadAsync(word.bytes)).file('word/document.xml')!.async('string');
    const wordRows = Array.from(documentXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)).map((row) =>
      Array.from(row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)).map((cell) => Array.from(cell[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)).map((text) => text[1]).join('')));
    rows.forEach((row) => {
      const cells = wordRows.filter((candidate) => candidate[0] === `${row.objectiveRef} ${row.objective}`.trim().replace(/&/g, '&amp;').replace(/'/g, '&apos;'))[0];
      expect([row.objectiveRef, cells && cells.slice(1).map(Number)]).toEqual([row.objectiveRef, [...ACTIONS.map((b) => row.actions[b]), ...MEASURES.map((b) => row.measures[b])]]);
    });

    // Excel: the status at a glance sheet, one row per objective: ref, objective, the action counts and total, the measure counts and total.
    const excel = await downloadBy('Excel (.xlsx)');
    expect(excel.file).toBe(`${SEP} 2017-18 Q4.xlsx`);
    const workbook = XLSX.read(excel.bytes, { type: 'buffer' });
    expect(workbook.SheetNames).toContain('Status at a glance');
    const lines = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['Status at a glance'], { header: 1 });
    rows.forEach((row) => {
      const line = lines.filter((candidate) => String(candidate[0]) === row.objectiveRef)[0];
      expect([row.objectiveRef, line && line.slice(2, 17)]).toEqual([row.objectiveRef, [
        ...ACTIONS.map((b) => row.actions[b]), row.actions.total, ...MEASURES.map((b) => row.measures[b]), row.measures.total
      ]]);
    });
  });
});
