import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { formatCount } from '../../../components/formatCount';
import { SafeText } from '../../../components/SafeText';
import { Sparkline } from '../../../components/Sparkline';
import { StatusBadge } from '../../../components/StatusBadge';
import { TrendArrow } from '../../../components/TrendArrow';
import { Measure, QUARTERS } from '../../../domain/model';
import { LoadedReport } from '../../../report/loadReport';
import { measureBucketOf } from './drill';
import { DashboardStrings } from './IDashboardProps';
import { bucketLabel, bucketTone, format, formatNumber, trendLabel } from './labels';
import { MEASURE_BUCKETS, ReportMeasure } from './reportParts';
import { useClasses } from './styles';

export interface IMeasuresTableProps {
  report: LoadedReport;
  objective?: string;
  strings: DashboardStrings;
}

function targetText(measure: ReportMeasure, strings: DashboardStrings): string {
  if (measure.target === null) return '–';
  return typeof measure.target === 'number'
    ? formatNumber(measure.target, strings)
    : `${formatNumber(measure.target.lower, strings)}–${formatNumber(measure.target.upper, strings)}`;
}

/** A text of each measure the report shows (its owner, its service area), by reference; measures without one are left out. */
function byMeasureRef(report: LoadedReport, textOf: (measure: Measure) => string | undefined): Record<string, string> {
  const byRef: Record<string, string> = {};
  report.tracker.measures.forEach((stored) => {
    const text = textOf(stored.value);
    if (text) byRef[stored.value.ref] = text;
  });
  return byRef;
}

/** A filter's choices: the distinct texts, sorted, each its own value. */
function choicesOf(byRef: Record<string, string>): Array<[string, string]> {
  return Object.keys(byRef).map((ref) => byRef[ref]).filter((text, index, all) => all.indexOf(text) === index).sort().map((text) => [text, text]);
}

/**
 * The measures table (SPEC §4.4): polarity, comparator, prior year, target, Q1–Q4 with RAG and a
 * trend arrow each, a sparkline; filtered by objective, this quarter's status, owner and service area.
 */
export function MeasuresTable({ report, objective, strings }: IMeasuresTableProps): JSX.Element {
  const classes = useClasses();
  const theme = useTheme();
  const [filters, setFilters] = React.useState({ objective: objective || '', rag: '', owner: '', serviceArea: '' });
  const quarter = report.document.period.quarter;
  const owners = React.useMemo(() => byMeasureRef(report, (measure) => (measure.owner ? measure.owner.name : undefined)), [report]);
  const serviceAreas = React.useMemo(() => byMeasureRef(report, (measure) => measure.serviceArea), [report]);
  const all = report.document.measures;
  const shown = all.filter((measure) =>
    (!filters.objective || measure.objectiveRef === filters.objective) &&
    (!filters.rag || measureBucketOf(measure, quarter) === filters.rag) &&
    (!filters.owner || owners[measure.ref] === filters.owner) &&
    (!filters.serviceArea || serviceAreas[measure.ref] === filters.serviceArea));
  const polarity = { High: strings.Measure.PolarityHigh, Low: strings.Measure.PolarityLow, Band: strings.Measure.PolarityBand };

  const filter = (key: keyof typeof filters, label: string, options: Array<[string, string]>): JSX.Element => (
    <div className={classes.field}>
      <label htmlFor={`dashboard-filter-${key}`}>{label}</label>
      <select id={`dashboard-filter-${key}`} className={classes.select} value={filters[key]} onChange={(event) => setFilters({ ...filters, [key]: event.target.value })}>
        <option value="">{strings.Measure.FilterAll}</option>
        {options.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
      </select>
    </div>
  );

  return (
    <>
      <div className={classes.filters}>
        {!objective && filter('objective', strings.Measure.FilterObjective, report.document.atAGlance.rows.map((row) => [row.objectiveRef, `${row.objectiveRef} ${row.objective}`.trim()]))}
        {filter('rag', strings.Measure.FilterRag, MEASURE_BUCKETS.map((bucket) => [bucket, bucketLabel(bucket, strings)]))}
        {choicesOf(owners).length > 0 && filter('owner', strings.Section.Owner, choicesOf(owners))}
        {choicesOf(serviceAreas).length > 0 && filter('serviceArea', strings.Measure.FilterServiceArea, choicesOf(serviceAreas))}
      </div>
      <p className={classes.meta} role="status">{formatCount(strings.Locale, strings.Measure.Shown, shown.length, shown.length, all.length)}</p>
      {shown.length === 0 ? <p>{strings.Section.MeasuresNone}</p> : (
        <div className={classes.scroll} role="region" aria-labelledby="dashboard-measures-caption" tabIndex={0}>
          <table className={classes.table}>
            <caption id="dashboard-measures-caption">{strings.Section.Measures}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.Section.Ref}</th>
                <th scope="col">{strings.Section.Item}</th>
                <th scope="col">{strings.Measure.Polarity}</th>
                <th scope="col">{strings.Measure.Comparator}</th>
                <th scope="col">{strings.Measure.PriorYear}</th>
                <th scope="col">{strings.Measure.Target}</th>
                {QUARTERS.map((q, index) => <th scope="col" key={q}>{strings.Quarters[index]}</th>)}
                <th scope="col">{strings.Measure.Sparkline}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((measure) => {
                const values = QUARTERS.map((q) => { const cell = measure.periods[q]; return cell ? cell.value : null; });
                const words = values.map((value) => (value === null ? strings.Measure.NoValue : formatNumber(value, strings))).join(', ');
                return (
                  <tr key={measure.ref} data-measure={measure.ref}>
                    <th scope="row">{measure.ref}</th>
                    <td><SafeText text={measure.title} />{measure.unit && <> ({measure.unit})</>}</td>
                    <td>{polarity[measure.polarity]}</td>
                    <td>{measure.comparator ? <><SafeText text={measure.comparator.label} />: {formatNumber(measure.comparator.value, strings)}</> : '–'}</td>
                    <td className={classes.number}>{measure.priorYearActual === null ? '–' : formatNumber(measure.priorYearActual, strings)}</td>
                    <td className={classes.number}>{targetText(measure, strings)}</td>
                    {QUARTERS.map((q) => {
                      const cell = measure.periods[q];
                      return (
                        <td key={q}>
                          {cell ? (
                            <div className={classes.buttons}>
                              <span>{cell.value === null ? '–' : formatNumber(cell.value, strings)}</span>
                              <StatusBadge tone={bucketTone(cell.rag)} label={bucketLabel(cell.rag, strings)} />
                              <TrendArrow trend={cell.trend} label={trendLabel(cell.trend, strings)} />
                            </div>
                          ) : ''}
                        </td>
                      );
                    })}
                    <td>
                      {values.some((value) => value !== null)
                        ? <Sparkline values={values} label={format(strings.Measure.SparklineText, words)} color={theme.semanticColors.bodyText} />
                        : '–'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
