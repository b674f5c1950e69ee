import { MeasurePeriodCell, ReportDocument, ReportMeasure } from '../../src/domain/reporting';
import { emptyActionCounts, emptyMeasureCounts, rowPercentages } from '../../src/domain/reporting/atAGlance';
import { exactSharesByKey } from '../../src/domain/reporting/largestRemainder';
import { ACTION_BUCKETS, MEASURE_BUCKETS } from '../../src/domain/reporting/reportDocument';
import { formatHtml } from '../../src/report/formats/formatHtml';

/** The HTML report's measures table: what a person reads in each quarter's cell. */

function cell(value: number | null, rag: MeasurePeriodCell['rag'], trend: MeasurePeriodCell['trend'] = null, note: string | null = null): MeasurePeriodCell {
  return { value, rag, trend, note };
}

function measureRow(ref: string, q4: MeasurePeriodCell): ReportMeasure {
  return {
    ref, title: `Measure ${ref}`, objectiveRef: '1', polarity: 'High', unit: '%', target: null, priorYearActual: null,
    comparator: null, frequency: 'Annual', aggregation: 'InQuarter', periods: { Q4: q4 }
  };
}

function documentWith(measures: ReportMeasure[]): ReportDocument {
  const actions = emptyActionCounts();
  const counts = emptyMeasureCounts();
  return {
    period: { financialYear: '2017-18', quarter: 'Q4' },
    plan: { title: 'SEP', type: 'Strategic Equality Plan', years: { first: '2016-17', last: '2019-20' } },
    asOf: '2018-08-28',
    atAGlance: {
      rows: [],
      total: { actions, measures: counts },
      percent: rowPercentages(actions, counts),
      exact: { actions: exactSharesByKey(actions, ACTION_BUCKETS), measures: exactSharesByKey(counts, MEASURE_BUCKETS) }
    },
    headlines: [],
    measures,
    challenges: [],
    overdue: [],
    risks: []
  };
}

/** The measures table's Q4 cell as text, line breaks shown as " / ". */
function q4Text(q4: MeasurePeriodCell): string {
  const html = formatHtml(documentWith([measureRow('M1', q4)]), 'SEP');
  const table = html.slice(html.indexOf('id="table-measures"'));
  const match = new RegExp(`<td class="(?:${MEASURE_BUCKETS.join('|')})">(.*?)</td>`).exec(table);
  return match ? match[1].replace(/<br>/g, ' / ').replace(/<[^>]+>/g, '') : '(no cell)';
}

describe('the measures table cells', () => {
  test.each<[string, MeasurePeriodCell, string]>([
    ['no value, no note: its label once', cell(null, 'NoData'), 'No data'],
    ['not due: its label once', cell(null, 'NotDue'), 'Not due'],
    ['no value with a note: the label, then the note', cell(null, 'NoData', null, 'Not yet available'), 'No data / Not yet available'],
    ['a note that only repeats the label is not said twice', cell(null, 'NoData', null, ' no data '), 'No data'],
    ['a value with no target: the value, "Not rated" and its trend', cell(71.7, 'NoTarget', 'worsening'), '71.7 / Not rated ↓ worsening'],
    ['a value with no target and no trend', cell(0.9, 'NoTarget', null, '11 young people'), '0.9 / Not rated / 11 young people'],
    ['a rated value: the value, its RAG and trend', cell(85, 'Green', 'improving'), '85 / Green ↑ improving'],
    ['a Red value with a note', cell(1173, 'Red', null, 'provisional'), '1173 / Red / provisional']
  ])('%s', (_name, q4, expected) => {
    expect(q4Text(q4)).toBe(expected);
  });

  test('the cell carries its RAG as its class', () => {
    const html = formatHtml(documentWith([measureRow('M1', cell(71.7, 'NoTarget'))]), 'SEP');
    expect(html).toContain('<td class="NoTarget">');
  });
});

test('status at a glance has a "Not rated" measures column', () => {
  const html = formatHtml(documentWith([]), 'SEP');
  expect(html).toContain('<th scope="col">Measures: Not rated</th>');
  expect(html.indexOf('Measures: Red')).toBeLessThan(html.indexOf('Measures: Not rated'));
  expect(html.indexOf('Measures: Not rated')).toBeLessThan(html.indexOf('Measures: No data'));
});

test('the date the status is as at is written as people write it, not as ISO', () => {
  expect(formatHtml(documentWith([]), 'SEP')).toContain('<p>Status as at 28 August 2018.</p>');
});
