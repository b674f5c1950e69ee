import { Measure, Quarter } from '../../../src/domain/model';
import { measureCell, reportedQuarters, reportMeasureRow, reportTarget } from '../../../src/domain/reporting/measureRows';
import { measure, value } from './reportBuilders';

describe('the measures table', () => {
  test('SPEC §6 example: HR1, lower is better, target 10 days, prior year 11.2', () => {
    const hr1 = measure('HR1', '2', { title: 'Days lost to sickness', polarity: 'Low', unit: 'days', target: { lower: 10, upper: 10 }, priorYearActual: 11.2 });
    const values = [value('HR1', '2017-18', 'Q1', 10.4), value('HR1', '2017-18', 'Q2', 9.8)];
    // Q1 10.4 misses 10 by 0.4, within 10% (1 day): Amber; below last year's 11.2: improving.
    // Q2 9.8 meets 10: Green; below Q1's 10.4: improving.
    expect(reportMeasureRow(hr1, 'Q2', values)).toEqual({
      ref: 'HR1',
      title: 'Days lost to sickness',
      objectiveRef: '2',
      polarity: 'Low',
      unit: 'days',
      target: 10,
      priorYearActual: 11.2,
      comparator: null,
      frequency: 'Quarterly',
      aggregation: 'InQuarter',
      periods: {
        Q1: { value: 10.4, rag: 'Amber', trend: 'improving', note: null },
        Q2: { value: 9.8, rag: 'Green', trend: 'improving', note: null }
      }
    });
  });

  test.each<[Quarter, Quarter[]]>([
    ['Q1', ['Q1']],
    ['Q3', ['Q1', 'Q2', 'Q3']]
  ])('a quarterly measure in a %s report shows %j', (quarter, expected) => {
    expect(reportedQuarters(measure('M', '1'), quarter)).toEqual(expected);
  });

  test('a missing value is no data, with its note kept', () => {
    const cell = measureCell(measure('M', '1'), 'Q1', [value('M', '2017-18', 'Q1', undefined, 'Not yet available')]);
    expect(cell).toEqual({ value: null, rag: 'NoData', trend: null, note: 'Not yet available' });
  });

  test.each<[string, ReturnType<typeof value>[], ReturnType<typeof measureCell>]>([
    ['a value is shown with its trend, not rated', [value('M', '2017-18', 'Q1', 30), value('M', '2017-18', 'Q2', 34)],
      { value: 34, rag: 'NoTarget', trend: 'improving', note: null }],
    ['a value with nothing before it: not rated, no trend', [value('M', '2017-18', 'Q2', 34)],
      { value: 34, rag: 'NoTarget', trend: null, note: null }],
    ['no value: no data, whatever the target', [value('M', '2017-18', 'Q2', undefined, 'Not yet available')],
      { value: null, rag: 'NoData', trend: null, note: 'Not yet available' }]
  ])('a measure with no target: %s', (_name, values, expected) => {
    expect(measureCell(measure('M', '1', { target: undefined }), 'Q2', values)).toEqual(expected);
  });

  test('an annual measure has only Q4, not due before year end', () => {
    const annual = measure('A', '1', { frequency: 'Annual' });
    expect(reportMeasureRow(annual, 'Q2', [value('A', '2017-18', 'Annual', 100)]).periods).toEqual({
      Q4: { value: null, rag: 'NotDue', trend: null, note: null }
    });
  });

  test("an annual measure's Q4 column holds the year's outturn", () => {
    const annual = measure('A', '1', { frequency: 'Annual', priorYearActual: 90 });
    // 95 against 100 higher-is-better: Amber; up from last year's 90: improving.
    expect(reportMeasureRow(annual, 'Q4', [value('A', '2017-18', 'Annual', 95, 'Provisional')]).periods).toEqual({
      Q4: { value: 95, rag: 'Amber', trend: 'improving', note: 'Provisional' }
    });
  });

  test('an annual outturn typed in the Q4 column is used and its note kept', () => {
    const annual = measure('A', '1', { frequency: 'Annual' });
    expect(measureCell(annual, 'Q4', [value('A', '2017-18', 'Q4', 100, 'From the return')])).toEqual({
      value: 100, rag: 'Green', trend: null, note: 'From the return'
    });
  });

  test('the comparator is carried with its label', () => {
    const row = reportMeasureRow(measure('M', '1', { comparator: { label: 'Welsh average', value: 57.8 } }), 'Q1', []);
    expect(row.comparator).toEqual({ label: 'Welsh average', value: 57.8 });
  });
});

describe('the target column', () => {
  test.each<[string, Partial<Measure>, ReturnType<typeof reportTarget>]>([
    ['higher is better: the least that meets it', { polarity: 'High', target: { lower: 80, upper: 80 } }, 80],
    ['lower is better: the most that meets it', { polarity: 'Low', target: { lower: 8, upper: 10 } }, 10],
    ['a band: both bounds', { polarity: 'Band', target: { lower: 12, upper: 9 } }, { lower: 9, upper: 12 }],
    ['no target set', { target: undefined }, null]
  ])('%s', (_name, extra, expected) => {
    expect(reportTarget(measure('M', '1', extra))).toEqual(expected);
  });
});
