/**
 * @jest-environment node
 */
import { Browser, Page } from 'playwright-core';
import { MeasurePeriodCell, ReportDocument, ReportMeasure } from '../../src/domain/reporting';
import { emptyActionCounts, emptyMeasureCounts, rowPercentages } from '../../src/domain/reporting/atAGlance';
import { exactSharesByKey } from '../../src/domain/reporting/largestRemainder';
import { ACTION_BUCKETS, MEASURE_BUCKETS } from '../../src/domain/reporting/reportDocument';
import { formatHtml } from '../../src/report/formats/formatHtml';
import { launchBrowser } from '../browser/support/browser';

jest.setTimeout(120_000);

/** The HTML report printed from Chromium (print media, and as a PDF): what a performance officer hands to cabinet. */

const cell: MeasurePeriodCell = { value: 71.7, rag: 'Red', trend: 'worsening', note: null };
const measure = (n: number): ReportMeasure => ({
  ref: `M${n}`, title: `Measure ${n} with a title long enough to wrap onto a second line in its cell`, objectiveRef: '1', polarity: 'High', unit: '%',
  target: 80, priorYearActual: 75, comparator: null, frequency: 'Quarterly', aggregation: 'InQuarter', periods: { Q1: cell, Q2: cell, Q3: cell, Q4: cell }
});

/** A report whose measures table runs over several pages. */
function longReport(): ReportDocument {
  const actions = emptyActionCounts();
  const measures = emptyMeasureCounts();
  return {
    period: { financialYear: '2017-18', quarter: 'Q4' },
    plan: { title: 'SEP', type: 'Strategic Equality Plan', years: { first: '2016-17', last: '2019-20' } },
    asOf: '2018-08-28',
    atAGlance: {
      rows: [], total: { actions, measures }, percent: rowPercentages(actions, measures),
      exact: { actions: exactSharesByKey(actions, ACTION_BUCKETS), measures: exactSharesByKey(measures, MEASURE_BUCKETS) }
    },
    headlines: ['A headline'],
    measures: Array.from({ length: 80 }, (_, index) => measure(index + 1)),
    challenges: [],
    overdue: [],
    risks: []
  };
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 400, height: 800 } });
  await page.setContent(formatHtml(longReport(), 'SEP'));
});

afterAll(() => browser.close());

const styleOf = (selector: string, property: string): Promise<string> =>
  page.$eval(selector, (element, name) => getComputedStyle(element).getPropertyValue(name), property);

test('on screen a wide table scrolls in its own box; printed, the box does not scroll and nothing is cut off', async () => {
  await page.emulateMedia({ media: 'screen' });
  expect(await styleOf('.table-scroll', 'overflow-x')).toBe('auto');
  await page.emulateMedia({ media: 'print' });
  expect(await styleOf('.table-scroll', 'overflow-x')).toBe('visible');
});

test('printed, no table row splits across pages, and a heading stays with what follows it', async () => {
  await page.emulateMedia({ media: 'print' });
  expect(await styleOf('.table-scroll tbody tr', 'break-inside')).toBe('avoid');
  expect(await styleOf('h2', 'break-after')).toBe('avoid');
});

test('printed, the RAG shading is kept rather than dropped to save ink', async () => {
  await page.emulateMedia({ media: 'print' });
  expect(await styleOf('td.Red', 'print-color-adjust')).toBe('exact');
});

test('as a PDF it is A4 landscape, over several pages', async () => {
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const boxes = Array.from(pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g));
  expect(boxes.length).toBeGreaterThan(1);
  const [width, height] = [Number(boxes[0][1]), Number(boxes[0][2])];
  // A4 is 297 × 210 mm: 841.89 × 595.28 points.
  expect(width).toBeCloseTo(841.89, 0);
  expect(height).toBeCloseTo(595.28, 0);
});
