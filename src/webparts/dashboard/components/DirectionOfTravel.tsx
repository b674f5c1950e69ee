import * as React from 'react';
import { QuarterGlance } from '../../../report/dashboardTypes';
import { DashboardStrings } from './IDashboardProps';
import { bucketLabel, periodLabel } from './labels';
import { ACTION_BUCKETS, AtAGlance, MEASURE_BUCKETS } from './reportParts';
import { GlanceChart } from './GlanceChart';
import { useClasses } from './styles';

/** The plan's last quarters side by side: each quarter's status at a glance totals, as that quarter's report judged them. */
export function DirectionOfTravel({ quarters, strings }: { quarters: readonly QuarterGlance[]; strings: DashboardStrings }): JSX.Element {
  const classes = useClasses();
  // Each quarter as one bar of its total row: the same picture as status at a glance, over time.
  const last = quarters[quarters.length - 1].atAGlance;
  const byQuarter: AtAGlance = {
    rows: quarters.map((quarter) => ({
      objectiveRef: periodLabel(quarter.period, strings), objective: '', actions: quarter.atAGlance.total.actions, measures: quarter.atAGlance.total.measures,
      percent: quarter.atAGlance.percent
    })),
    total: last.total, percent: last.percent, exact: last.exact
  };
  return (
    <>
      <div className={classes.twoColumns}>
        <GlanceChart glance={byQuarter} kind="actions" strings={strings} id="dashboard-travel-actions" title={strings.Glance.ActionsChart} />
        <GlanceChart glance={byQuarter} kind="measures" strings={strings} id="dashboard-travel-measures" title={strings.Glance.MeasuresChart} />
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
              <tr key={`${quarter.period.financialYear}-${quarter.period.quarter}`}>
                <th scope="row">{periodLabel(quarter.period, strings)}</th>
                {ACTION_BUCKETS.map((bucket) => <td key={`a-${bucket}`} className={classes.number}>{quarter.atAGlance.total.actions[bucket]} ({quarter.atAGlance.percent.actions[bucket]}%)</td>)}
                {MEASURE_BUCKETS.map((bucket) => <td key={`m-${bucket}`} className={classes.number}>{quarter.atAGlance.total.measures[bucket]} ({quarter.atAGlance.percent.measures[bucket]}%)</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
