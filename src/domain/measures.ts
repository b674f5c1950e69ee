import {
  DEFAULT_TOLERANCE,
  Measure,
  MeasureValue,
  Polarity,
  QUARTERS,
  Rag,
  Target,
  Tolerance,
  Trend,
  ValuePeriod
} from './model';
import { financialYearLabel, startYearOf } from './periods';
import { measureOutturn, measureValueAt, previousYearOutturn } from './measureValues';

/**
 * Measures against target and over time (SPEC §4.3): the RAG of one value and its trend.
 *
 * Figures arrive as decimals (73.8, 0.325), which binary floating point cannot hold exactly:
 * 82 - 73.8 is 8.200000000000003. So comparisons allow a difference of one part in 10^10 of
 * the figures involved, far below anything a council records, so that a value exactly on the
 * target or on the tolerance edge is judged as a person would judge it.
 */

const RELATIVE_NOISE = 1e-10;

function noiseFor(figures: number[]): number {
  return RELATIVE_NOISE * figures.reduce((largest, figure) => Math.max(largest, Math.abs(figure)), 0);
}

function isNumber(value: number | undefined): value is number {
  return typeof value === 'number' && isFinite(value);
}

/** The target's bounds in order. High and Low measures hold one number in both bounds. */
function orderedBounds(target: Target): Target {
  return { lower: Math.min(target.lower, target.upper), upper: Math.max(target.lower, target.upper) };
}

/**
 * How far the value falls short of the target in the measure's polarity (zero or less = met).
 * Should a High or Low target hold two different bounds, High needs the lower one (the least that
 * meets it) and Low the upper one (the most that meets it). A Band misses by the distance to
 * the nearest bound.
 */
function shortfall(polarity: Polarity, target: Target, value: number): number {
  switch (polarity) {
    case 'High':
      return target.lower - value;
    case 'Low':
      return value - target.upper;
    default:
      return value < target.lower ? target.lower - value : value > target.upper ? value - target.upper : 0;
  }
}

/**
 * The amber tolerance in the measure's unit: a percentage of the target (for a Band, of the
 * band's midpoint) or an absolute amount. A negative amount is treated as no tolerance.
 */
export function toleranceAmount(polarity: Polarity, target: Target, tolerance: Tolerance = DEFAULT_TOLERANCE): number {
  const bounds = orderedBounds(target);
  if (tolerance.kind === 'absolute') {
    return Math.max(0, tolerance.amount);
  }
  const reference =
    polarity === 'High' ? bounds.lower : polarity === 'Low' ? bounds.upper : (bounds.lower + bounds.upper) / 2;
  return Math.max(0, (Math.abs(reference) * tolerance.amount) / 100);
}

/**
 * SPEC §4.3 RAG of one value: Green when it meets the target in the measure's polarity, Amber
 * when it misses by no more than the tolerance, Red beyond. `value` undefined → NoData; an
 * Annual measure in Q1–Q3 → NotDue (its outturn is the Q4/Annual value). A value with no target
 * for its year → NoTarget ("Not rated"): there is a figure to show, but nothing to meet or miss,
 * so it is neither a colour nobody set nor a gap in the data.
 */
export function measureRag(measure: Measure, period: ValuePeriod, value: number | undefined): Rag {
  if (measure.frequency === 'Annual' && period !== 'Q4' && period !== 'Annual') {
    return 'NotDue';
  }
  if (!isNumber(value)) {
    return 'NoData';
  }
  if (!measure.target) {
    return 'NoTarget';
  }
  const target = orderedBounds(measure.target);
  const tolerance = toleranceAmount(measure.polarity, target, measure.tolerance);
  const noise = noiseFor([value, target.lower, target.upper, tolerance]);
  const miss = shortfall(measure.polarity, target, value);
  if (miss <= noise) {
    return 'Green';
  }
  return miss <= tolerance + noise ? 'Amber' : 'Red';
}

/** Judges the move from `previous` to `current` by polarity; a Band by distance from the band. */
function judgeMove(polarity: Polarity, target: Target | undefined, current: number, previous: number): Trend {
  let gain: number;
  if (polarity === 'Band') {
    if (!target) {
      return null;
    }
    const bounds = orderedBounds(target);
    gain = shortfall('Band', bounds, previous) - shortfall('Band', bounds, current);
  } else {
    gain = polarity === 'High' ? current - previous : previous - current;
  }
  if (Math.abs(gain) <= noiseFor([current, previous])) {
    return 'unchanged';
  }
  return gain > 0 ? 'improving' : 'worsening';
}

/** The value a period is compared with, per the measure's frequency and aggregation. */
function comparisonValue(measure: Measure, period: ValuePeriod, values: readonly MeasureValue[]): number | undefined {
  const { ref, financialYear } = measure;
  const lastYearOutturn = previousYearOutturn(values, ref, financialYear, measure.priorYearActual);
  if (measure.frequency === 'Annual' || period === 'Annual') {
    return lastYearOutturn;
  }
  if (measure.aggregation === 'Cumulative') {
    // Like with like: at Q4 the year to date is the whole year, so last year's outturn is the same point.
    const lastYear = financialYearLabel(startYearOf(financialYear) - 1);
    const samePointLastYear = period === 'Q4' ? lastYearOutturn : measureValueAt(values, ref, lastYear, period);
    if (samePointLastYear !== undefined) {
      return samePointLastYear;
    }
  }
  if (period === 'Q1') {
    return lastYearOutturn;
  }
  return measureValueAt(values, ref, financialYear, QUARTERS[QUARTERS.indexOf(period) - 1]);
}

/**
 * SPEC §4.3 trend of the value for `period` (in the measure's financial year): compared with the
 * previous period's value, Q1 with the previous year's outturn (its Annual or Q4 value, else the
 * measure's priorYearActual). Cumulative measures compare with the same quarter last year when
 * that value exists, otherwise the previous period; Annual measures compare outturns (Q1–Q3 have
 * no trend); rolling-12-month and in-quarter measures compare with the previous period.
 * No current or previous value, or a Band measure without a band → `null`.
 * @param values - every value of this measure, this year and earlier (others are ignored).
 */
export function measureTrend(measure: Measure, period: ValuePeriod, values: readonly MeasureValue[]): Trend {
  if (measure.frequency === 'Annual' && period !== 'Q4' && period !== 'Annual') {
    return null;
  }
  const current =
    measure.frequency === 'Annual' || period === 'Annual'
      ? measureOutturn(values, measure.ref, measure.financialYear)
      : measureValueAt(values, measure.ref, measure.financialYear, period);
  const previous = current === undefined ? undefined : comparisonValue(measure, period, values);
  if (current === undefined || previous === undefined) {
    return null;
  }
  return judgeMove(measure.polarity, measure.target, current, previous);
}
