/**
 * @jest-environment node
 */
import { Page } from 'playwright-core';
import { formatString } from '../../src/components/formatString';
import { LIST_ORDER, LISTS } from '../../src/data/schema';
import { checkAccessibility } from './support/axe';
import { localModeSession, LocalModeSession } from './support/localModeSession';
import { screenshot, SCREENSHOTS } from './support/browser';
import { deleteColumn, dropIndex, openSetup, setupRows, setupStrings, setupSummary, storedItemCount, Theme } from './support/trackerSetupFixture';

/**
 * Tracker setup in local mode, as the plan lead who owns the site opens it (SPEC §5.5): every
 * tracker list the schema names, with what the store holds in it; and, on a copy of the demo
 * where someone has deleted a column and dropped an index, those two lists named as needing
 * attention with what is wrong with each.
 */

jest.setTimeout(240_000);

const strings = setupStrings('en-gb');
const TITLES = LIST_ORDER.map((key) => LISTS[key].title);

async function open(session: LocalModeSession, theme?: Theme): Promise<Page> {
  const opened = await openSetup(session.browser(), session.local().url, { theme });
  session.keep(opened.context);
  return opened.page;
}

describe('Tracker setup on the demo site as provisioned', () => {
  const session = localModeSession();

  test('lists every tracker list as ready, each with as many items as the store holds', async () => {
    const counts: Record<string, number> = {};
    for (const title of TITLES) counts[title] = await storedItemCount(session.local().url, title);
    const page = await open(session);

    const rows = await setupRows(page);
    expect(rows).toEqual(TITLES.map((list) => ({ list, status: strings.HealthOk, items: counts[list].toLocaleString('en-GB'), details: '' })));
    expect(await setupSummary(page)).toBe(formatString(strings.SummaryAllOk, TITLES.length));
    // The demo is not empty: the counts are the demo's plans, not a table of zeros.
    expect(counts.Actions).toBeGreaterThan(0);
    expect(counts.Updates).toBeGreaterThan(0);
    await screenshot(page, 'tracker-setup-ready');
  });
});

describe('Tracker setup on a copy of the demo missing a column and an index', () => {
  const session = localModeSession();

  beforeAll(async () => {
    await deleteColumn(session.local().url, 'Risks', 'Mitigation');
    await dropIndex(session.local().url, 'Updates', 'ReviewState');
  });

  test('names the two lists as needing attention, says what each lacks, and counts them in the summary', async () => {
    const page = await open(session);

    const rows = await setupRows(page);
    const needing = rows.filter((row) => row.status !== strings.HealthOk);
    expect(needing.map(({ list, status, details }) => ({ list, status, details }))).toEqual([
      { list: 'Updates', status: strings.HealthIncomplete, details: formatString(strings.MissingIndexes, 'ReviewState') },
      { list: 'Risks', status: strings.HealthIncomplete, details: formatString(strings.MissingFields, 'Mitigation') }
    ]);
    expect(rows).toHaveLength(TITLES.length);
    const summary = await setupSummary(page);
    expect(summary).toContain(formatString(strings.SummaryProblems, 2, TITLES.length));
    expect(summary).toContain(strings.HowToFix);
    await screenshot(page, 'tracker-setup-needs-attention');
  });

  test.each<Theme>(['default', 'dark', 'contrast'])('with lists needing attention, in the %s theme, axe finds nothing', async (theme) => {
    const page = await open(session, theme);
    const { summary } = await checkAccessibility(page);
    expect(summary).toBe('no accessibility violations');
    await page.getByTestId('tracker-setup').screenshot({ path: `${SCREENSHOTS}/tracker-setup-needs-attention-${theme}.png` });
  });
});
