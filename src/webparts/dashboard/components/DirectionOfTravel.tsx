import * as React from 'react';
import { QuarterGlance } from '../../../report/dashboardTypes';
import { DashboardStrings } from './IDashboardProps';
import { bucketLabel, periodLabel } from './labels';
import { ACTION_BUCKETS, MEASURE_BUCKETS } from './reportParts';
import { useClasses } from './styles';

/** The plan's last quarters side by side: each quarter's status at a glance totals, as that quarter's report judged them. */
export function DirectionOfTravel({ quarters, strings }: { quarters: readonly QuarterGlance[]; strings: DashboardStrings }): JSX.Element {
  const classes = useClasses();
  return (
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
  );
}
