import * as React from 'react';
import { periodKey } from '../../../domain/periods';
import { QuarterGlance } from '../../../report/dashboardTypes';
import { DashboardStrings } from './IDashboardProps';
import { Bucket, bucketLabel, format, periodLabel } from './labels';
import { ACTION_BUCKETS, AtAGlance, MEASURE_BUCKETS } from './reportParts';
import { CountButton } from './CountButton';
import { DrillTarget } from './drill';
import { GlanceChart } from './GlanceChart';
import { useClasses } from './styles';

export interface IDirectionOfTravelProps {
  quarters: readonly QuarterGlance[];
  strings: DashboardStrings;
  /** Opens the items behind a quarter's count, as that quarter's report judged them. */
  onDrill(target: DrillTarget, origin: Element): void;
}

/** The plan's last quarters side by side: each quarter's status at a glance totals, as that quarter's report judged them. */
export function DirectionOfTravel({ quarters, strings, onDrill }: IDirectionOfTravelProps): JSX.Element {
  const classes = useClasses();
  // Each quarter as one bar of its total row, named by the quarter: the same picture as status at a glance, over time.
  const byLabel: Record<string, string> = {};
  quarters.forEach((quarter) => (byLabel[periodLabel(quarter.period, strings)] = periodKey(quarter.period)));
  const last = quarters[quarters.length - 1].report.document.atAGlance;
  const byQuarter: AtAGlance = {
    rows: quarters.map(({ period, report }) => ({
      objectiveRef: periodLabel(period, strings), objective: '', actions: report.document.atAGlance.total.actions, measures: report.document.atAGlance.total.measures,
      percent: report.document.atAGlance.percent
    })),
    total: last.total, percent: last.percent, exact: last.exact
  };
  const chartDrill = (target: DrillTarget, origin: Element): void =>
    onDrill({ kind: target.kind, bucket: target.bucket, quarter: byLabel[target.objectiveRef || ''] }, origin);
  const countCell = (quarter: QuarterGlance, kind: DrillTarget['kind'], bucket: Bucket): JSX.Element => {
    const glance = quarter.report.document.atAGlance;
    const count = (glance.total[kind] as unknown as Record<Bucket, number>)[bucket];
    const column = `${kind === 'actions' ? strings.Glance.Actions : strings.Glance.Measures} ${bucketLabel(bucket, strings)}`;
    return (
      <td key={`${kind}-${bucket}`} className={classes.number} data-count={`${kind}.${bucket}`}>
        <CountButton count={count} label={format(strings.Glance.CountButton, count, column, periodLabel(quarter.period, strings))}
          target={{ kind, bucket, quarter: periodKey(quarter.period) }} onDrill={onDrill} />
        {' '}({(glance.percent[kind] as unknown as Record<Bucket, number>)[bucket]}%)
      </td>
    );
  };
  return (
    <>
      <div className={classes.twoColumns}>
        <GlanceChart glance={byQuarter} kind="actions" strings={strings} id="dashboard-travel-actions" title={strings.Glance.ActionsChart} hint={strings.Glance.TravelChartHint} onDrill={chartDrill} />
        <GlanceChart glance={byQuarter} kind="measures" strings={strings} id="dashboard-travel-measures" title={strings.Glance.MeasuresChart} hint={strings.Glance.TravelChartHint} onDrill={chartDrill} />
      </div>
      <div className={classes.scroll} role="region" aria-labelledby="dashboard-travel-caption" tabIndex={0}>
        <table className={classes.table} data-testid="direction-of-travel">
          <caption id="dashboard-travel-caption">{strings.Section.DirectionOfTravel}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.General.Quarter}</th>
              {ACTION_BUCKETS.map((bucket) => <th scope="col" key={`a-${bucket}`}>{strings.Glance.Actions}: {bucketLabel(bucket, strings)}</th>)}
              {MEASURE_BUCKETS.map((bucket) => <th scope="col" key={`m-${bucket}`}>{strings.Glance.Measures}: {bucketLabel(bucket, strings)}</th>)}
            </tr>
          </thead>
          <tbody>
            {quarters.map((quarter) => (
              <tr key={periodKey(quarter.period)} data-quarter={periodKey(quarter.period)}>
                <th scope="row">{periodLabel(quarter.period, strings)}</th>
                {ACTION_BUCKETS.map((bucket) => countCell(quarter, 'actions', bucket))}
                {MEASURE_BUCKETS.map((bucket) => countCell(quarter, 'measures', bucket))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
