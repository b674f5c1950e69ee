import * as React from 'react';
import { StatusBadge } from '../../../components/StatusBadge';
import { SafeText } from '../../../components/SafeText';
import { formatDay } from '../../../components/dates';
import { LoadedReport } from '../../../report/loadReport';
import { DrillTarget, drilledActions, drilledMeasures, measureBucketOf } from './drill';
import { DashboardStrings, IDashboardServices } from './IDashboardProps';
import { HistoryView } from './HistoryView';
import { actionBucketOfStatus } from './reportParts';
import { bucketLabel, bucketTone, format, periodLabel } from './labels';
import { Button } from './Controls';
import { useClasses } from './styles';

export interface IDrillDownProps {
  report: LoadedReport;
  target: DrillTarget;
  strings: DashboardStrings;
  history: IDashboardServices['history'];
  onClose(): void;
}

/**
 * The items behind a count (the report's own action rows and measures), in a region that takes
 * focus when it opens and gives it back to the count when it closes.
 */
export function DrillDown({ report, target, strings, history, onClose }: IDrillDownProps): JSX.Element {
  const classes = useClasses();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const [item, setItem] = React.useState<{ itemType: 'action' | 'measure'; ref: string } | undefined>(undefined);
  const historyButtons = React.useRef<Record<string, HTMLElement | null>>({});
  React.useEffect(() => { setItem(undefined); if (heading.current) heading.current.focus(); }, [target]);
  const back = (ref: string): void => {
    setItem(undefined);
    window.setTimeout(() => { const button = historyButtons.current[ref]; if (button) button.focus(); }, 0);
  };
  const historyButton = (itemType: 'action' | 'measure', ref: string): JSX.Element => (
    <Button text={strings.Drill.History} ariaLabel={format(strings.Drill.HistoryButton, ref)} onClick={() => setItem({ itemType, ref })}
      elementRef={(element: HTMLElement | null) => { historyButtons.current[ref] = element; }} />
  );
  if (item) {
    return (
      <section className={classes.drill} data-testid="drill-down">
        <HistoryView plan={report.plan.title} itemType={item.itemType} itemRef={item.ref} load={history} strings={strings} onBack={() => back(item.ref)} />
      </section>
    );
  }
  const row = target.objectiveRef ? report.document.atAGlance.rows.filter((candidate) => candidate.objectiveRef === target.objectiveRef)[0] : undefined;
  const rowName = target.quarter ? periodLabel(report.document.period, strings) : row ? `${row.objectiveRef} ${row.objective}`.trim() : strings.Glance.AllObjectives;
  const kindName = target.kind === 'actions' ? strings.Drill.Actions : strings.Drill.Measures;
  const column = target.bucket ? `${kindName} ${bucketLabel(target.bucket, strings)}` : kindName;
  const quarter = report.document.period.quarter;
  const actions = target.kind === 'actions' ? drilledActions(report, target) : [];
  const measures = target.kind === 'measures' ? drilledMeasures(report, target) : [];
  const count = actions.length + measures.length;

  return (
    <section className={classes.drill} aria-labelledby="dashboard-drill-heading" data-testid="drill-down">
      <h3 id="dashboard-drill-heading" className={classes.subheading} tabIndex={-1} ref={heading}>
        {format(strings.Drill.Heading, column, rowName)} ({count})
      </h3>
      {count === 0 && <p>{strings.Drill.None}</p>}
      {actions.length > 0 && (
        <ul className={classes.plainList}>
          {actions.map((action) => (
            <li key={action.ref} className={classes.card} data-item={action.ref}>
              <strong>{action.ref}</strong> <SafeText text={action.title} />
              <div className={classes.meta}>
                <StatusBadge tone={bucketTone(actionBucketOfStatus(action.status))} label={bucketLabel(actionBucketOfStatus(action.status), strings)} />
                <span>{strings.Section.Owner}: <SafeText text={action.owner} /></span>
                {action.dueDate && <span>{strings.Section.Due}: {formatDay(action.dueDate, strings.Dates)}</span>}
                {historyButton('action', action.ref)}
              </div>
            </li>
          ))}
        </ul>
      )}
      {measures.length > 0 && (
        <ul className={classes.plainList}>
          {measures.map((measure) => (
            <li key={measure.ref} className={classes.card} data-item={measure.ref}>
              <strong>{measure.ref}</strong> <SafeText text={measure.title} />
              <div className={classes.meta}>
                <StatusBadge tone={bucketTone(measureBucketOf(measure, quarter))} label={bucketLabel(measureBucketOf(measure, quarter), strings)} />
                {historyButton('measure', measure.ref)}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Button text={strings.General.Close} onClick={onClose} />
    </section>
  );
}
