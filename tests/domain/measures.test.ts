import { Measure, MeasureValue, Rag, Target, Tolerance, Trend, ValuePeriod } from '../../src/domain/model';
import { measureRag, measureTrend, toleranceAmount } from '../../src/domain/measures';

const exactly = (figure: number): Target => ({ lower: figure, upper: figure });
const band = (lower: number, upper: number): Target => ({ lower, upper });
const percent = (amount: number): Tolerance => ({ kind: 'percent', amount });
const absolute = (amount: number): Tolerance => ({ kind: 'absolute', amount });

function measure(fields: Partial<Measure>): Measure {
  return {
    ref: 'M1',
    objectiveRef: '1',
    title: 'A measure',
    financialYear: '2017-18',
    unit: '%',
    polarity: 'High',
    frequency: 'Quarterly',
    aggregation: 'InQuarter',
    target: exactly(82),
    tolerance: percent(10),
    ...fields
  };
}

function value(financialYear: string, period: ValuePeriod, figure: number | undefined, measureRef: string = 'M1'): MeasureValue {
  return { measureRef, financialYear, period, value: figure };
}

describe('measureRag (SPEC §4.3)', () => {
  // Seed 000: FSM pupils attaining the Foundation Phase Indicator, target 82%, higher is better,
  // default tolerance 10% of 82 = 8.2, so Amber runs from 73.8 up to (not including) 82.
  const fsmFoundationPhase = measure({ polarity: 'High', target: exactly(82) });

  test.each<[string, number, Rag]>([
    ['above target → Green', 90, 'Green'],
    ['exactly on target → Green', 82, 'Green'],
    ['7 short (within 8.2) → Amber', 75, 'Amber'],
    ['exactly at the tolerance edge, 73.8 → Amber', 73.8, 'Amber'],
    ['0.01 beyond the tolerance edge, 73.79 → Red', 73.79, 'Red'],
    ['seed 000 actual 68.6 misses by 13.4 > 8.2 → Red', 68.6, 'Red']
  ])('High, target 82, default tolerance: %s', (_name, figure, expected) => {
    expect(measureRag(fsmFoundationPhase, 'Q4', figure)).toBe(expected);
  });

  // Seed 000: Year 11 pupils in LA care leaving without a recognised qualification, target 0.0%,
  // lower is better, actual 0.325%.
  test.each<[string, Tolerance, number, Rag]>([
    ['seed 000 actual 0.325 against 0 with the default tolerance (10% of 0 = 0) → Red', percent(10), 0.325, 'Red'],
    ['0 against 0 → Green', percent(10), 0, 'Green'],
    ['a tiny value above 0 is still above 0 → Red', percent(10), 1e-12, 'Red'],
    ['0.325 with an absolute tolerance of 0.5 → Amber', absolute(0.5), 0.325, 'Amber'],
    ['0.325 with an absolute tolerance of exactly 0.325 → Amber', absolute(0.325), 0.325, 'Amber'],
    ['0.325 with an absolute tolerance of 0.3 → Red', absolute(0.3), 0.325, 'Red']
  ])('Low, target 0: %s', (_name, tolerance, figure, expected) => {
    expect(measureRag(measure({ polarity: 'Low', target: exactly(0), tolerance }), 'Q4', figure)).toBe(expected);
  });

  // SPEC §6 example: HR1 days lost, lower is better, target 10 days; 10% of 10 = 1 day.
  test.each<[number, Rag]>([
    [9.8, 'Green'],
    [10, 'Green'],
    [10.4, 'Amber'],
    [11, 'Amber'],
    [11.01, 'Red'],
    [-1, 'Green']
  ])('Low, target 10 days, default tolerance: %p → %s', (figure, expected) => {
    expect(measureRag(measure({ polarity: 'Low', unit: 'days', target: exactly(10) }), 'Q2', figure)).toBe(expected);
  });

  // Seed 001: Year 11 NEET 0.9%, lower is better. Target 0.8% (Ceredigion's figure) is illustrative.
  test.each<[string, Tolerance, Rag]>([
    ['default tolerance 10% of 0.8 = 0.08; misses by 0.1 → Red', percent(10), 'Red'],
    ['absolute tolerance 0.1; misses by exactly 0.1 → Amber', absolute(0.1), 'Amber'],
    ['absolute tolerance 0.09 → Red', absolute(0.09), 'Red']
  ])('Year 11 NEET 0.9 against 0.8: %s', (_name, tolerance, expected) => {
    expect(measureRag(measure({ polarity: 'Low', target: exactly(0.8), tolerance }), 'Annual', 0.9)).toBe(expected);
  });

  test.each<[string, Measure, number, Rag]>([
    ['High: 0.1 + 0.2 meets a target of 0.3', measure({ polarity: 'High', target: exactly(0.3) }), 0.1 + 0.2, 'Green'],
    ['Low: 0.1 + 0.2 meets a target of 0.3', measure({ polarity: 'Low', target: exactly(0.3) }), 0.1 + 0.2, 'Green'],
    ['High: 0.27 against 0.3 misses by exactly 10% → Amber', measure({ polarity: 'High', target: exactly(0.3) }), 0.27, 'Amber'],
    ['High: 1.0 against 1.1 misses by exactly the absolute 0.1 → Amber', measure({ target: exactly(1.1), tolerance: absolute(0.1) }), 1.0, 'Amber']
  ])('floating point never flips a boundary: %s', (_name, subject, figure, expected) => {
    expect(measureRag(subject, 'Q1', figure)).toBe(expected);
  });

  // Band 60–80, midpoint 70, so the default tolerance is 7 either side of the band.
  test.each<[string, Target, Tolerance, number, Rag]>([
    ['on the lower bound → Green', band(60, 80), percent(10), 60, 'Green'],
    ['inside → Green', band(60, 80), percent(10), 70, 'Green'],
    ['on the upper bound → Green', band(60, 80), percent(10), 80, 'Green'],
    ['1 below → Amber', band(60, 80), percent(10), 59, 'Amber'],
    ['7 below (the tolerance edge) → Amber', band(60, 80), percent(10), 53, 'Amber'],
    ['7.01 below → Red', band(60, 80), percent(10), 52.99, 'Red'],
    ['7 above → Amber', band(60, 80), percent(10), 87, 'Amber'],
    ['7.01 above → Red', band(60, 80), percent(10), 87.01, 'Red'],
    ['absolute tolerance 2: 2 above → Amber', band(60, 80), absolute(2), 82, 'Amber'],
    ['absolute tolerance 2: 2.01 above → Red', band(60, 80), absolute(2), 82.01, 'Red'],
    ['absolute tolerance 2: 2 below → Amber', band(60, 80), absolute(2), 58, 'Amber'],
    ['bounds given the wrong way round are read in order', band(80, 60), percent(10), 87, 'Amber'],
    ['equal bounds (exact target 5): on it → Green', band(5, 5), percent(10), 5, 'Green'],
    ['equal bounds: 0.5 above (10% of 5) → Amber', band(5, 5), percent(10), 5.5, 'Amber'],
    ['equal bounds: 0.5 below → Amber', band(5, 5), percent(10), 4.5, 'Amber'],
    ['equal bounds: 0.6 below → Red', band(5, 5), percent(10), 4.4, 'Red'],
    ['band around zero, midpoint 0, percent tolerance is 0: 2.5 → Red', band(-2, 2), percent(10), 2.5, 'Red'],
    ['band around zero, absolute 1: 2.5 → Amber', band(-2, 2), absolute(1), 2.5, 'Amber'],
    ['band around zero, absolute 1: -3 → Amber', band(-2, 2), absolute(1), -3, 'Amber'],
    ['band around zero, absolute 1: -3.1 → Red', band(-2, 2), absolute(1), -3.1, 'Red']
  ])('Band: %s', (_name, target, tolerance, figure, expected) => {
    expect(measureRag(measure({ polarity: 'Band', target, tolerance }), 'Q3', figure)).toBe(expected);
  });

  // A budget variance (%) that must be no worse than -5: the tolerance is 10% of |-5| = 0.5.
  test.each<[string, Target, Tolerance, number, Rag]>([
    ['-4 against -5 → Green', exactly(-5), percent(10), -4, 'Green'],
    ['-5 against -5 → Green', exactly(-5), percent(10), -5, 'Green'],
    ['-5.5 against -5 → Amber', exactly(-5), percent(10), -5.5, 'Amber'],
    ['-5.6 against -5 → Red', exactly(-5), percent(10), -5.6, 'Red'],
    ['-0.01 against 0 with a percent tolerance → Red', exactly(0), percent(10), -0.01, 'Red'],
    ['-0.01 against 0 with an absolute tolerance of 1 → Amber', exactly(0), absolute(1), -0.01, 'Amber'],
    ['a zero tolerance makes any miss Red', exactly(82), percent(0), 81.9, 'Red'],
    ['a negative tolerance counts as none', exactly(82), absolute(-1), 81, 'Red']
  ])('High with negative or zero figures: %s', (_name, target, tolerance, figure, expected) => {
    expect(measureRag(measure({ polarity: 'High', target, tolerance }), 'Q1', figure)).toBe(expected);
  });

  test.each<[string, Measure, ValuePeriod, number | undefined, Rag]>([
    ['no value → NoData', measure({}), 'Q2', undefined, 'NoData'],
    ['NaN → NoData', measure({}), 'Q2', NaN, 'NoData'],
    ['a value without a target is not rated → NoTarget', measure({ target: undefined }), 'Q2', 75, 'NoTarget'],
    ['a value of 0 without a target is still a value → NoTarget', measure({ polarity: 'Low', target: undefined }), 'Q3', 0, 'NoTarget'],
    ['a Band measure without a band → NoTarget', measure({ polarity: 'Band', target: undefined }), 'Q1', 12, 'NoTarget'],
    ['no value and no target → NoData, not NoTarget', measure({ target: undefined }), 'Q2', undefined, 'NoData'],
    ['an annual measure without a target, with its outturn at Q4 → NoTarget', measure({ frequency: 'Annual', target: undefined }), 'Q4', 71.7, 'NoTarget'],
    ['an annual measure without a target before Q4 → NotDue', measure({ frequency: 'Annual', target: undefined }), 'Q2', 71.7, 'NotDue'],
    ['an annual measure in Q1 → NotDue', measure({ frequency: 'Annual' }), 'Q1', 75, 'NotDue'],
    ['an annual measure in Q2 → NotDue', measure({ frequency: 'Annual' }), 'Q2', undefined, 'NotDue'],
    ['an annual measure in Q3 → NotDue', measure({ frequency: 'Annual' }), 'Q3', 90, 'NotDue'],
    ['an annual measure in Q4 is judged', measure({ frequency: 'Annual' }), 'Q4', 75, 'Amber'],
    ['an annual measure’s Annual value is judged', measure({ frequency: 'Annual' }), 'Annual', 68.6, 'Red'],
    ['an annual measure with no outturn at Q4 → NoData', measure({ frequency: 'Annual' }), 'Q4', undefined, 'NoData'],
    ['a quarterly measure’s Annual value is judged', measure({}), 'Annual', 82, 'Green'],
    ['a missing tolerance means the default 10%', measure({ tolerance: undefined as unknown as Tolerance }), 'Q1', 73.8, 'Amber']
  ])('%s', (_name, subject, period, figure, expected) => {
    expect(measureRag(subject, period, figure)).toBe(expected);
  });
});

describe('toleranceAmount', () => {
  test.each<[string, Measure['polarity'], Target, Tolerance | undefined, number]>([
    ['10% of a High target of 82 is 8.2', 'High', exactly(82), percent(10), 8.2],
    ['the default is 10%', 'High', exactly(82), undefined, 8.2],
    ['10% of a Low target of 0 is 0', 'Low', exactly(0), percent(10), 0],
    ['10% of a negative target uses its size', 'High', exactly(-5), percent(10), 0.5],
    ['10% of a 60–80 band is 10% of its midpoint 70', 'Band', band(60, 80), percent(10), 7],
    ['an absolute amount is used as it is', 'Low', exactly(0), absolute(0.5), 0.5]
  ])('%s', (_name, polarity, target, tolerance, expected) => {
    expect(toleranceAmount(polarity, target, tolerance)).toBeCloseTo(expected, 12);
  });
});

describe('measureTrend: annual measures compare outturns', () => {
  // Seed 001: FSM pupils attaining the Foundation Phase Indicator, 71.7% against 79.4% last year.
  const fsm = measure({ ref: 'FSM-FPI', frequency: 'Annual', polarity: 'High', priorYearActual: 79.4 });
  const fsmValue = (year: string, period: ValuePeriod, figure: number | undefined): MeasureValue =>
    value(year, period, figure, 'FSM-FPI');

  test.each<[string, Measure, ValuePeriod, MeasureValue[], Trend]>([
    ['seed 001: 71.7 against last year’s 79.4 → worsening', fsm, 'Annual', [fsmValue('2017-18', 'Annual', 71.7)], 'worsening'],
    ['the Q4 column holds the outturn', fsm, 'Q4', [fsmValue('2017-18', 'Q4', 71.7)], 'worsening'],
    ['last year’s outturn from its recorded value', { ...fsm, priorYearActual: undefined }, 'Q4',
      [fsmValue('2016-17', 'Annual', 79.4), fsmValue('2017-18', 'Annual', 71.7)], 'worsening'],
    ['last year’s recorded value wins over priorYearActual', fsm, 'Annual',
      [fsmValue('2016-17', 'Annual', 70), fsmValue('2017-18', 'Annual', 71.7)], 'improving'],
    ['last year’s Q4 stands in for its outturn', fsm, 'Annual',
      [fsmValue('2016-17', 'Q4', 70), fsmValue('2017-18', 'Annual', 71.7)], 'improving'],
    ['this year’s Annual value wins over its Q4 value', fsm, 'Q4',
      [fsmValue('2017-18', 'Q4', 80), fsmValue('2017-18', 'Annual', 71.7)], 'worsening'],
    ['Q2 of an annual measure has no trend', fsm, 'Q2', [fsmValue('2017-18', 'Q2', 71.7)], null],
    ['no outturn this year → no trend', fsm, 'Annual', [fsmValue('2017-18', 'Annual', undefined)], null],
    ['no previous outturn and no prior-year actual → no trend', { ...fsm, priorYearActual: undefined }, 'Annual',
      [fsmValue('2017-18', 'Annual', 71.7)], null],
    // Seed 001: FSM pupils attaining the CSI at Key Stage 2 "increased from 68.3% to 73.2%".
    ['seed 001: KS2 CSI 73.2 against 68.3 → improving', { ...fsm, priorYearActual: 68.3 }, 'Annual',
      [fsmValue('2017-18', 'Annual', 73.2)], 'improving'],
    // Seed 001: Year 11 NEET 0.9% (lower is better) with no earlier figure recorded.
    ['seed 001: NEET 0.9 with nothing to compare → no trend', { ...fsm, polarity: 'Low', priorYearActual: undefined }, 'Annual',
      [fsmValue('2017-18', 'Annual', 0.9)], null],
    ['Low: 0.9 against 1.2 → improving', { ...fsm, polarity: 'Low', priorYearActual: 1.2 }, 'Annual',
      [fsmValue('2017-18', 'Annual', 0.9)], 'improving']
  ])('%s', (_name, subject, period, values, expected) => {
    expect(measureTrend(subject, period, values)).toBe(expected);
  });
});

describe('measureTrend: in-quarter measures compare with the previous period', () => {
  // SPEC §6 example: HR1 days lost, lower is better, prior-year actual 11.2.
  const hr1 = measure({ polarity: 'Low', unit: 'days', target: exactly(10), priorYearActual: 11.2 });
  const thisYear = [value('2017-18', 'Q1', 10.4), value('2017-18', 'Q2', 9.8), value('2017-18', 'Q3', 9.8), value('2017-18', 'Q4', 10.1)];

  test.each<[ValuePeriod, Trend]>([
    ['Q1', 'improving'],
    ['Q2', 'improving'],
    ['Q3', 'unchanged'],
    ['Q4', 'worsening'],
    ['Annual', 'improving']
  ])('HR1 10.4, 9.8, 9.8, 10.1 after 11.2 last year: %s → %s', (period, expected) => {
    expect(measureTrend(hr1, period, thisYear)).toBe(expected);
  });

  test.each<[string, MeasureValue[], Trend]>([
    ['Q1 against last year’s Q4 (10.0) rather than priorYearActual → worsening', [value('2016-17', 'Q4', 10), value('2017-18', 'Q1', 10.4)], 'worsening'],
    ['Q1 against last year’s Annual outturn (10.9) before its Q4 → improving',
      [value('2016-17', 'Q4', 10), value('2016-17', 'Annual', 10.9), value('2017-18', 'Q1', 10.4)], 'improving'],
    ['last year written 2016/17 is still last year', [value('2016/17', 'Q4', 10), value('2017-18', 'Q1', 10.4)], 'worsening'],
    ['last year recorded as no data falls back to priorYearActual', [value('2016-17', 'Q4', undefined), value('2017-18', 'Q1', 10.4)], 'improving'],
    ['another measure’s values are ignored', [value('2016-17', 'Q4', 10, 'HR2'), value('2017-18', 'Q1', 10.4)], 'improving']
  ])('Q1: %s', (_name, values, expected) => {
    expect(measureTrend(hr1, 'Q1', values)).toBe(expected);
  });

  test.each<[string, MeasureValue[], Trend]>([
    ['no Q1 value → no trend', [value('2017-18', 'Q2', 9.8)], null],
    ['Q1 recorded as no data → no trend', [value('2017-18', 'Q1', undefined), value('2017-18', 'Q2', 9.8)], null],
    ['no Q2 value → no trend', [value('2017-18', 'Q1', 10.4)], null],
    ['a period recorded twice: the later record counts', [value('2017-18', 'Q1', 10.4), value('2017-18', 'Q1', 9.5), value('2017-18', 'Q2', 9.8)], 'worsening'],
    ['last year’s Q2 is not used for an in-quarter measure', [value('2016-17', 'Q2', 12), value('2017-18', 'Q1', 9), value('2017-18', 'Q2', 9.8)], 'worsening']
  ])('Q2: %s', (_name, values, expected) => {
    expect(measureTrend(hr1, 'Q2', values)).toBe(expected);
  });

  test('Q1 with no previous year and no priorYearActual has no trend', () => {
    expect(measureTrend({ ...hr1, priorYearActual: undefined }, 'Q1', [value('2017-18', 'Q1', 10.4)])).toBeNull();
  });

  test.each<[string, Measure['polarity'], number, number, Trend]>([
    ['High: up → improving', 'High', 70, 72, 'improving'],
    ['High: down → worsening', 'High', 72, 70, 'worsening'],
    ['High: equal → unchanged', 'High', 72, 72, 'unchanged'],
    ['High: 0.3 then 0.1 + 0.2 → unchanged', 'High', 0.3, 0.1 + 0.2, 'unchanged'],
    ['High: -3 then -1 → improving', 'High', -3, -1, 'improving'],
    ['Low: -3 then -1 → worsening', 'Low', -3, -1, 'worsening'],
    ['Low: down → improving', 'Low', 5, 4, 'improving'],
    ['Low: equal → unchanged', 'Low', 0, 0, 'unchanged']
  ])('%s', (_name, polarity, q1, q2, expected) => {
    const values = [value('2017-18', 'Q1', q1), value('2017-18', 'Q2', q2)];
    expect(measureTrend(measure({ polarity }), 'Q2', values)).toBe(expected);
  });
});

describe('measureTrend: Band measures improve by moving towards the band (60–80)', () => {
  test.each<[string, number, number, Trend]>([
    ['55 → 58, closer from below', 55, 58, 'improving'],
    ['58 → 55, further below', 58, 55, 'worsening'],
    ['65 → 75, both inside', 65, 75, 'unchanged'],
    ['75 → 85, leaves the band', 75, 85, 'worsening'],
    ['85 → 70, enters the band', 85, 70, 'improving'],
    ['50 → 85, from 10 below to 5 above', 50, 85, 'improving'],
    ['85 → 55, 5 away on either side', 85, 55, 'unchanged'],
    ['85 → 85, no change', 85, 85, 'unchanged']
  ])('%s → %s', (_name, q1, q2, expected) => {
    const values = [value('2017-18', 'Q1', q1), value('2017-18', 'Q2', q2)];
    expect(measureTrend(measure({ polarity: 'Band', target: band(60, 80) }), 'Q2', values)).toBe(expected);
  });

  test('a Band measure without a band has no trend', () => {
    const values = [value('2017-18', 'Q1', 55), value('2017-18', 'Q2', 58)];
    expect(measureTrend(measure({ polarity: 'Band', target: undefined }), 'Q2', values)).toBeNull();
  });
});

describe('measureTrend: cumulative measures compare like with like', () => {
  // Illustrative: % of invoices paid within 30 days, year to date, higher is better.
  const invoices = measure({ aggregation: 'Cumulative', polarity: 'High', target: exactly(95), priorYearActual: 92 });

  test.each<[string, ValuePeriod, MeasureValue[], Trend]>([
    ['Q2 92.0 against last year’s Q2 90.5 → improving, though down on Q1', 'Q2',
      [value('2016-17', 'Q2', 90.5), value('2017-18', 'Q1', 93), value('2017-18', 'Q2', 92)], 'improving'],
    ['Q2 without last year’s Q2 falls back to Q1 (93.0) → worsening', 'Q2',
      [value('2017-18', 'Q1', 93), value('2017-18', 'Q2', 92)], 'worsening'],
    ['Q2 with last year’s Q2 recorded as no data falls back to Q1', 'Q2',
      [value('2016-17', 'Q2', undefined), value('2017-18', 'Q1', 93), value('2017-18', 'Q2', 92)], 'worsening'],
    ['Q1 93.0 against last year’s Q1 95.0 → worsening', 'Q1', [value('2016-17', 'Q1', 95), value('2017-18', 'Q1', 93)], 'worsening'],
    ['Q1 without last year’s Q1 falls back to last year’s outturn (priorYearActual 92) → improving', 'Q1',
      [value('2017-18', 'Q1', 93)], 'improving'],
    ['Q4 92.5 against last year’s Q4 92.0 → improving, though down on Q3 94', 'Q4',
      [value('2016-17', 'Q4', 92), value('2017-18', 'Q3', 94), value('2017-18', 'Q4', 92.5)], 'improving'],
    ['Q4 without last year’s values uses priorYearActual 92 (the same point) → improving', 'Q4',
      [value('2017-18', 'Q3', 94), value('2017-18', 'Q4', 92.5)], 'improving']
  ])('%s', (_name, period, values, expected) => {
    expect(measureTrend(invoices, period, values)).toBe(expected);
  });

  test('Q4 with nothing from last year falls back to Q3', () => {
    const values = [value('2017-18', 'Q3', 94), value('2017-18', 'Q4', 92.5)];
    expect(measureTrend({ ...invoices, priorYearActual: undefined }, 'Q4', values)).toBe('worsening');
  });
});

describe('measureTrend: rolling 12-month measures compare with the previous period', () => {
  // Illustrative: re-referrals to children's services in the last 12 months (%), lower is better.
  const reReferrals = measure({ aggregation: 'Rolling12Months', polarity: 'Low', target: exactly(18) });

  test('Q3 18 against Q2 20 → improving, whatever last year’s Q3 (15) was', () => {
    const values = [value('2016-17', 'Q3', 15), value('2017-18', 'Q2', 20), value('2017-18', 'Q3', 18)];
    expect(measureTrend(reReferrals, 'Q3', values)).toBe('improving');
  });
});
