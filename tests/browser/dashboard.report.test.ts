/**
 * @jest-environment node
 */
import { readFileSync } from 'fs';
import { createSiteSp } from '../../src/data/createSp';
import { localModeSession } from './support/localModeSession';
import { screenshot } from './support/browser';
import { CABINET, cliReport, csvRows, dashboardReady, ESTYN, glanceOfJson, glanceOnScreen, openDashboard, SEP, SEP_LEAD } from './support/dashboardFixture';

/**
 * The dashboard in local mode shows the quarterly report's own numbers: its status at a glance is
 * the CLI's JSON report for the same plan, quarter and day; a count opens the very items the
 * CLI's data export counts; the CSV it downloads is the CLI's.
 */

jest.setTimeout(180_000);

describe('the dashboard web part on local mode\'s home', () => {
  const session = localModeSession();
  const site = (): string => `${session.dir.path}/.tracker`;

  test('the home opens on the plan collecting on the demo\'s day, Estyn\'s Q4 2019-20, with the CLI\'s status at a glance and headlines', async () => {
    const opened = await openDashboard(session.browser(), session.local().url);
    session.keep(opened.context);
    const { page } = opened;
    expect(await page.locator('#dashboard-title + p').innerText()).toBe(`${ESTYN}: Q4 2019-20`);
    const json = JSON.parse(await cliReport(site(), ESTYN, '2019-20', 'Q4'));
    expect(json.asOf).toBe('2020-04-06');
    expect(await glanceOnScreen(page)).toEqual(glanceOfJson(json));
    expect(await page.locator('[data-section="headlines"] li').allInnerTexts()).toEqual(json.headlines);
    const percent = (await page.locator('[data-testid="at-a-glance"] tr[data-row="percent"] td').allInnerTexts()).map((text) => text.trim());
    const { actions, measures } = json.atAGlance.percent;
    expect(percent).toEqual([
      ...['Blue', 'Green', 'Amber', 'Red', 'NoUpdate', 'NotDue', 'Withdrawn'].map((bucket) => `${actions[bucket]}%`), '100%',
      ...['Green', 'Amber', 'Red', 'NoTarget', 'NoData', 'NotDue'].map((bucket) => `${measures[bucket]}%`), expect.stringMatching(/^(100|0)%$/)
    ]);
    expect(await page.getByTestId('as-of').innerText()).toMatch(/^Figures as of \d\d:\d\d on 6 April 2020$/);
  });

  test('an old plan page address opens the dashboard on that plan and quarter, with the CLI\'s numbers', async () => {
    const opened = await openDashboard(session.browser(), session.local().url, { path: `/plan?title=${encodeURIComponent(SEP)}&year=2017-18&quarter=Q4` });
    session.keep(opened.context);
    const { page } = opened;
    expect(await page.locator('#dashboard-title + p').innerText()).toBe(`${SEP}: Q4 2017-18`);
    const json = JSON.parse(await cliReport(site(), SEP, '2017-18', 'Q4'));
    expect(await glanceOnScreen(page)).toEqual(glanceOfJson(json));
    expect(await page.locator('[data-section="challenges"] [data-challenge]').evaluateAll((items) => items.map((item) => item.getAttribute('data-challenge'))))
      .toEqual(json.challenges.map((challenge: { ref: string }) => challenge.ref));
    await screenshot(page, 'dashboard-sep-2017-18-q4-1280');
  });

  test('choosing another plan and quarter shows its figures, and coming back shows the first from the cache at once', async () => {
    const opened = await openDashboard(session.browser(), session.local().url);
    session.keep(opened.context);
    const { page } = opened;
    const asOf = await page.getByTestId('as-of').innerText();
    await page.getByLabel('Plan', { exact: true }).selectOption(SEP);
    await page.getByLabel('Quarter', { exact: true }).selectOption('2018-19 Q2');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.locator('#dashboard-title + p', { hasText: `${SEP}: Q2 2018-19` }).waitFor();
    await dashboardReady(page);
    const json = JSON.parse(await cliReport(site(), SEP, '2018-19', 'Q2'));
    expect(await glanceOnScreen(page)).toEqual(glanceOfJson(json));

    let reads = 0;
    page.on('request', (request) => { if (request.url().indexOf('/_api/') >= 0) reads++; });
    await page.getByLabel('Plan', { exact: true }).selectOption(ESTYN);
    await page.getByLabel('Quarter', { exact: true }).selectOption('2019-20 Q4');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.locator('#dashboard-title + p', { hasText: `${ESTYN}: Q4 2019-20` }).waitFor();
    expect(reads).toBe(0);
    expect(await page.getByTestId('as-of').innerText()).toBe(asOf);
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await page.locator('[data-testid="dashboard"][aria-busy="false"]').waitFor();
    await dashboardReady(page);
    expect(reads).toBeGreaterThan(0);
  });

  test('a count in the table, chosen with the keyboard alone, lists the actions the CLI\'s data counts, and closing gives focus back', async () => {
    const opened = await openDashboard(session.browser(), session.local().url, { path: `/plan?title=${encodeURIComponent(SEP)}&year=2017-18&quarter=Q4` });
    session.keep(opened.context);
    const { page } = opened;
    const csv = csvRows(await cliReport(site(), SEP, '2017-18', 'Q4', 'csv'));
    const expected = csv.filter((row) => row.Type === 'Action' && row['Objective Ref'] === '1' && row.Status === 'Green').map((row) => row.Ref);
    expect(expected.length).toBeGreaterThan(0);

    const name = `${expected.length} Actions Green, 1 `;
    // The charts come first, then the table: the table's button, a real <button>, is the one wanted.
    let focused = '';
    for (let presses = 0; presses < 120 && focused.indexOf(`BUTTON ${name}`) !== 0; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement ? `${document.activeElement.tagName} ${document.activeElement.getAttribute('aria-label') || ''}` : ''));
    }
    focused = focused.slice('BUTTON '.length);
    expect(focused.indexOf(name)).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as Element).tagName)).toBe('BUTTON');
    await page.keyboard.press('Enter');
    const drill = page.getByTestId('drill-down');
    await drill.waitFor();
    expect(await page.evaluate(() => (document.activeElement as Element).id)).toBe('dashboard-drill-heading');
    expect(await drill.locator('[data-item]').evaluateAll((items) => items.map((item) => item.getAttribute('data-item')))).toEqual(expected);
    await screenshot(page, 'dashboard-drill-down-1280');

    // Past each item's History button to Close.
    let label = '';
    for (let presses = 0; presses < expected.length + 2 && label !== 'Close'; presses++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => (document.activeElement as Element).textContent || '');
    }
    expect(label).toBe('Close');
    await page.keyboard.press('Enter');
    await drill.waitFor({ state: 'detached' });
    await page.waitForFunction((label) => document.activeElement !== null && document.activeElement.tagName === 'BUTTON' && (document.activeElement.getAttribute('aria-label') || '').indexOf(label) === 0, name);
  });

  test('a part of a chart bar lists the measures behind it, as the CLI\'s data rates them this quarter', async () => {
    const opened = await openDashboard(session.browser(), session.local().url, { path: `/plan?title=${encodeURIComponent(SEP)}&year=2017-18&quarter=Q4` });
    session.keep(opened.context);
    const { page } = opened;
    const csv = csvRows(await cliReport(site(), SEP, '2017-18', 'Q4', 'csv'));
    const expected = csv.filter((row) => row.Type === 'Measure' && row['Objective Ref'] === '1' && (row['Q4 RAG'] || 'NoData') === 'NoTarget').map((row) => row.Ref);
    expect(expected.length).toBeGreaterThan(0);
    const segment = page.locator('figure').filter({ hasText: 'Measures' }).getByRole('button', { name: new RegExp(`^${expected.length} Measures Not rated, 1 `) });
    await segment.focus();
    await page.keyboard.press('Enter');
    const drill = page.getByTestId('drill-down');
    await drill.waitFor();
    expect(await drill.locator('[data-item]').evaluateAll((items) => items.map((item) => item.getAttribute('data-item')))).toEqual(expected);
  });

  test('a count in the direction of travel lists that quarter\'s items as its own report judged them, the CLI\'s report at its report day', async () => {
    const opened = await openDashboard(session.browser(), session.local().url, { path: `/plan?title=${encodeURIComponent(SEP)}&year=2017-18&quarter=Q4` });
    session.keep(opened.context);
    const { page } = opened;
    // 2017-18 Q3 ended on Sunday 31 December 2017; its updates were due ten working days later, Monday 15 January 2018
    // (New Year's Day and the weekends skipped): its report is judged on the day after, 16 January 2018.
    const json = JSON.parse(await cliReport(site(), SEP, '2017-18', 'Q3', 'json', '2018-01-16'));
    const row = page.locator('[data-testid="direction-of-travel"] tr[data-quarter="2017-18 Q3"]');
    const shown = await row.locator('td[data-count]').evaluateAll((cells) => cells.map((cell) => [cell.getAttribute('data-count'), cell.textContent]));
    const { actions, measures } = json.atAGlance.total;
    const { actions: actionShares, measures: measureShares } = json.atAGlance.percent;
    expect(shown).toEqual([
      ...['Blue', 'Green', 'Amber', 'Red', 'NoUpdate', 'NotDue', 'Withdrawn'].map((bucket) => [`actions.${bucket}`, `${actions[bucket]} (${actionShares[bucket]}%)`]),
      ...['Green', 'Amber', 'Red', 'NoTarget', 'NoData', 'NotDue'].map((bucket) => [`measures.${bucket}`, `${measures[bucket]} (${measureShares[bucket]}%)`])
    ]);

    const csv = csvRows(await cliReport(site(), SEP, '2017-18', 'Q3', 'csv', '2018-01-16'));
    const bucket = ['Green', 'Amber', 'Red', 'Blue', 'NoUpdate'].filter((candidate) => actions[candidate] > 0)[0];
    const expected = csv.filter((line) => line.Type === 'Action' && (line.Status || 'NoUpdate').replace(/ /g, '') === bucket).map((line) => line.Ref);
    expect(expected).toHaveLength(actions[bucket]);
    await row.locator(`td[data-count="actions.${bucket}"] button`).focus();
    await page.keyboard.press('Enter');
    const drill = page.getByTestId('drill-down');
    await drill.waitFor();
    expect(await drill.locator('#dashboard-drill-heading').innerText()).toMatch(new RegExp(`: Q3 2017-18 \\(${expected.length}\\)$`));
    expect(await drill.locator('[data-item]').evaluateAll((items) => items.map((item) => item.getAttribute('data-item')))).toEqual(expected);
    await screenshot(page, 'dashboard-travel-drill-down-1280');
    await drill.getByRole('button', { name: 'Close', exact: true }).click();
    await drill.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (document.activeElement as Element).closest('tr')?.getAttribute('data-quarter'))).toBe('2017-18 Q3');
  });

  test('the measures table filters by service area once measures have one, showing that area\'s measures only', async () => {
    const sp = createSiteSp({ siteUrl: `${session.local().url}/sites/tracker`, localUser: SEP_LEAD, organisation: 'Test Council' });
    const measures = sp.web.lists.getByTitle('Measures');
    const sepMeasures: Array<{ Id: number; Ref: string }> = await measures.items.filter("FinancialYear eq '2017-18'").select('Id', 'Ref').orderBy('Ref')();
    const schools = sepMeasures.slice(0, 2).map((measure) => measure.Ref);
    for (const measure of sepMeasures.slice(0, 2)) {
      await measures.items.getById(measure.Id).update({ ServiceArea: 'Schools Service' });
    }
    await measures.items.getById(sepMeasures[2].Id).update({ ServiceArea: 'Housing' });

    const opened = await openDashboard(session.browser(), session.local().url, { path: `/plan?title=${encodeURIComponent(SEP)}&year=2017-18&quarter=Q4` });
    session.keep(opened.context);
    const { page } = opened;
    const filter = page.getByLabel('Service area', { exact: true });
    expect(await filter.locator('option').allInnerTexts()).toEqual(['All', 'Housing', 'Schools Service']);
    await filter.selectOption('Schools Service');
    const shown = page.locator('[data-section="measures"] tr[data-measure]');
    await page.waitForFunction((count) => document.querySelectorAll('[data-section="measures"] tr[data-measure]').length === count, schools.length);
    expect((await shown.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-measure')))).sort()).toEqual([...schools].sort());
  });

  test('the CSV export, started with the keyboard, downloads the CLI\'s CSV for the same quarter', async () => {
    const opened = await openDashboard(session.browser(), session.local().url, { email: CABINET, path: `/plan?title=${encodeURIComponent(SEP)}&year=2017-18&quarter=Q4` });
    session.keep(opened.context);
    const { page } = opened;
    const scripts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(request.url()); });
    const button = page.getByRole('button', { name: 'CSV data' });
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`${SEP} 2017-18 Q4.csv`);
    const file = readFileSync(await download.path() as string, 'utf8');
    expect(csvRows(file)).toEqual(csvRows(await cliReport(site(), SEP, '2017-18', 'Q4', 'csv')));
  });

  test('the figures are drawn within 1 s of the last answer from SharePoint arriving', async () => {
    const opened = await openDashboard(session.browser(), session.local().url);
    session.keep(opened.context);
    const { page } = opened;
    await page.addInitScript(() => {
      const win = window as unknown as { glanceShownAt?: number };
      new MutationObserver(() => {
        if (!win.glanceShownAt && document.querySelector('[data-testid="at-a-glance"]')) win.glanceShownAt = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await dashboardReady(page);
    const timing = await page.evaluate(() => {
      const reads = performance.getEntriesByType('resource').filter((entry) => entry.name.indexOf('/_api/') >= 0) as PerformanceResourceTiming[];
      return { lastAnswer: Math.max(...reads.map((entry) => entry.responseEnd)), shown: (window as unknown as { glanceShownAt: number }).glanceShownAt };
    });
    expect(timing.shown - timing.lastAnswer).toBeLessThan(1000);
  });
});
