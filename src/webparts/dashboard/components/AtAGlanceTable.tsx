import * as React from 'react';
import { ACTION_BUCKETS, AtAGlance, AtAGlanceRow, MEASURE_BUCKETS } from './reportParts';
import { CountButton } from './CountButton';
import { DrillTarget } from './drill';
import { DashboardStrings } from './IDashboardProps';
import { bucketLabel, format, Bucket } from './labels';
import { useClasses } from './styles';

export interface IAtAGlanceTableProps {
  glance: AtAGlance;
  /** The editor's objective: only its row. */
  objective?: string;
  strings: DashboardStrings;
  onDrill(target: DrillTarget, origin: HTMLElement): void;
}

type Counts = Record<string, number>;

/**
 * Status at a glance (SPEC §4.4) exactly as the report counts it: one row per objective, the total
 * row and the percentage row. Each count is a button to the items behind it. The table scrolls in
 * a box of its own, reachable by keyboard, when the column is narrower than it.
 */
export function AtAGlanceTable({ glance, objective, strings, onDrill }: IAtAGlanceTableProps): JSX.Element {
  const classes = useClasses();
  const rows = objective ? glance.rows.filter((row) => row.objectiveRef === objective) : glance.rows;
  const rowName = (row?: AtAGlanceRow): string => (row ? `${row.objectiveRef} ${row.objective}`.trim() : strings.Glance.AllObjectives);

  const countCell = (kind: DrillTarget['kind'], bucket: Bucket | 'total', counts: Counts, row?: AtAGlanceRow): JSX.Element => {
    const count = counts[bucket];
    const column = bucket === 'total' ? (kind === 'actions' ? strings.Glance.Actions : strings.Glance.Measures) : `${kind === 'actions' ? strings.Glance.Actions : strings.Glance.Measures} ${bucketLabel(bucket, strings)}`;
    const target: DrillTarget = { kind, bucket: bucket === 'total' ? undefined : bucket, objectiveRef: row ? row.objectiveRef : undefined };
    return (
      <td key={`${kind}-${bucket}`} className={classes.number} data-count={`${kind}.${bucket}`}>
        <CountButton count={count} label={format(strings.Glance.CountButton, count, column, rowName(row))} target={target} onDrill={onDrill} />
      </td>
    );
  };

  const countRow = (key: string, header: React.ReactNode, actions: Counts, measures: Counts, row?: AtAGlanceRow): JSX.Element => (
    <tr key={key}>
      <th scope="row">{header}</th>
      {ACTION_BUCKETS.map((bucket) => countCell('actions', bucket, actions, row))}
      {countCell('actions', 'total', actions, row)}
      {MEASURE_BUCKETS.map((bucket) => countCell('measures', bucket, measures, row))}
      {countCell('measures', 'total', measures, row)}
    </tr>
  );

  const percent = objective && rows[0] ? rows[0].percent : glance.percent;
  // The exact share on hover (SPEC §4.4): the rounded figures add up, the fraction is kept.
  const exact = (share: { count: number; of: number; percent: number } | undefined): string | undefined =>
    (share && share.of ? `${share.count}/${share.of} = ${share.percent.toLocaleString(strings.Locale, { maximumFractionDigits: 2 })}%` : undefined);
  return (
    <div className={classes.scroll} role="region" aria-labelledby="dashboard-glance-caption" tabIndex={0}>
      <table className={classes.table} data-testid="at-a-glance">
        <caption id="dashboard-glance-caption">{strings.Glance.Caption}</caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={ACTION_BUCKETS.length + 1}>{strings.Glance.Actions}</th>
            <th scope="colgroup" colSpan={MEASURE_BUCKETS.length + 1}>{strings.Glance.Measures}</th>
          </tr>
          <tr>
            <th scope="col">{strings.Glance.Objective}</th>
            {ACTION_BUCKETS.map((bucket) => <th scope="col" key={`a-${bucket}`}>{bucketLabel(bucket, strings)}</th>)}
            <th scope="col">{strings.Glance.Total}</th>
            {MEASURE_BUCKETS.map((bucket) => <th scope="col" key={`m-${bucket}`}>{bucketLabel(bucket, strings)}</th>)}
            <th scope="col">{strings.Glance.Total}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => countRow(row.objectiveRef, <>{row.objectiveRef} {row.objective}</>, row.actions, row.measures, row))}
        </tbody>
        <tfoot>
          {!objective && countRow('total', strings.Glance.Total, glance.total.actions, glance.total.measures)}
          <tr data-row="percent">
            <th scope="row">{strings.Glance.Percent}</th>
            {ACTION_BUCKETS.map((bucket) => <td key={`pa-${bucket}`} className={classes.number} title={objective ? undefined : exact(glance.exact.actions[bucket])}>{percent.actions[bucket]}%</td>)}
            <td className={classes.number}>{percentTotal(percent.actions)}</td>
            {MEASURE_BUCKETS.map((bucket) => <td key={`pm-${bucket}`} className={classes.number} title={objective ? undefined : exact(glance.exact.measures[bucket])}>{percent.measures[bucket]}%</td>)}
            <td className={classes.number}>{percentTotal(percent.measures)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** 100% when the row has anything to share out, else 0%: the report's own rounding makes the row add up. */
function percentTotal(percent: Record<string, number>): string {
  return `${Object.keys(percent).reduce((sum, key) => sum + percent[key], 0)}%`;
}
