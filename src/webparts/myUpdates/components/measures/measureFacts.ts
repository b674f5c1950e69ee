import { BadgeTone } from '../../../../components/StatusBadge';
import { formatString } from '../../../../components/formatString';
import { FinancialYearLabel, Measure, Rag, Trend, ValuePeriod } from '../../../../domain/model';
import { MyUpdatesStrings } from '../IMyUpdatesProps';
import { periodLabel } from '../shared/periodLabel';
import { ragTone } from '../shared/statusTone';

/** What a measure card says about a measure, its figures and their standing, in the page's language. */

/** A figure as the page's language writes numbers (`1,234.5`), with a `%` unit kept beside it. */
export function figureText(value: number, unit: string, strings: MyUpdatesStrings): string {
  const figure = value.toLocaleString(strings.Locale, { maximumFractionDigits: 6 });
  return unit.trim() === '%' ? `${figure}%` : figure;
}

/** `Q4 2017-18`; an Annual value is named by its year alone. */
export function periodText(financialYear: FinancialYearLabel, period: ValuePeriod, strings: MyUpdatesStrings): string {
  return period === 'Annual' ? financialYear : periodLabel({ financialYear, quarter: period }, strings);
}

/** The target in the measure's polarity: one figure, a band "{0} to {1}", or "No target set". */
export function targetText(measure: Measure, strings: MyUpdatesStrings): string {
  const target = measure.target;
  if (!target) {
    return strings.Measure.NoTarget;
  }
  const lower = Math.min(target.lower, target.upper);
  const upper = Math.max(target.lower, target.upper);
  if (measure.polarity === 'Band' && lower !== upper) {
    return formatString(strings.Measure.Band, figureText(lower, measure.unit, strings), figureText(upper, measure.unit, strings));
  }
  return figureText(measure.polarity === 'Low' ? upper : lower, measure.unit, strings);
}

export function polarityText(measure: Measure, strings: MyUpdatesStrings): string {
  return measure.polarity === 'High' ? strings.Measure.High : measure.polarity === 'Low' ? strings.Measure.Low : strings.Measure.BandPolarity;
}

export function ragBadge(rag: Rag, strings: IMyUpdatesMeasureStrings): { tone: BadgeTone; label: string } {
  const labels: Record<Rag, string> = {
    Green: strings.RagGreen,
    Amber: strings.RagAmber,
    Red: strings.RagRed,
    NoTarget: strings.RagNoTarget,
    NoData: strings.RagNoData,
    NotDue: strings.RagNotDue
  };
  return { tone: ragTone(rag), label: labels[rag] };
}

export function trendText(trend: Trend, strings: IMyUpdatesMeasureStrings): string {
  switch (trend) {
    case 'improving':
      return strings.TrendImproving;
    case 'worsening':
      return strings.TrendWorsening;
    case 'unchanged':
      return strings.TrendUnchanged;
    default:
      return strings.TrendNone;
  }
}
