import * as React from 'react';
import { formatDay, formatTime } from '../../../components/dates';
import { SafeText } from '../../../components/SafeText';
import { ItemHistory } from '../../../report/dashboardTypes';
import { DashboardStrings, IDashboardServices } from './IDashboardProps';
import { format, periodLabel } from './labels';
import { Button, Message } from './Controls';
import { useClasses } from './styles';

export interface IHistoryViewProps {
  plan: string;
  itemType: 'action' | 'measure';
  itemRef: string;
  load: IDashboardServices['history'];
  strings: DashboardStrings;
  onBack(): void;
}

/** An item's history across quarters, from its list versions: who changed what, when; newest first. */
export function HistoryView({ plan, itemType, itemRef, load, strings, onBack }: IHistoryViewProps): JSX.Element {
  const classes = useClasses();
  const [state, setState] = React.useState<{ history?: ItemHistory; failed?: boolean }>({});
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    let current = true;
    setState({});
    load(plan, itemType, itemRef).then(
      (history) => { if (current) setState({ history }); },
      () => { if (current) setState({ failed: true }); });
    return () => { current = false; };
  }, [plan, itemType, itemRef, load]);
  React.useEffect(() => { if (heading.current) heading.current.focus(); }, []);

  return (
    <section aria-labelledby="dashboard-history-heading" data-testid="item-history" aria-busy={!state.history && !state.failed}>
      <h4 id="dashboard-history-heading" ref={heading} tabIndex={-1} className={classes.subheading}>
        {format(strings.Drill.HistoryOf, itemRef)}{state.history ? <>: <SafeText text={state.history.title} /></> : ''}
      </h4>
      {!state.history && !state.failed && <p role="status">{strings.Drill.Loading}</p>}
      {state.failed && <Message kind="error">{strings.Drill.HistoryUnavailable}</Message>}
      {state.history && state.history.entries.length === 0 && <p>{strings.Drill.HistoryNone}</p>}
      {state.history && state.history.entries.length > 0 && (
        <ol className={classes.plainList}>
          {state.history.entries.map((entry, index) => {
            const when = new Date(entry.changedOn);
            return (
              <li key={`${entry.changedOn}-${index}`} className={classes.card} data-period={entry.period ? `${entry.period.financialYear} ${entry.period.quarter}` : ''}>
                <div>
                  <strong>{entry.period ? periodLabel(entry.period, strings) : strings.Drill.ItemChange}</strong>{' · '}
                  {entry.kind === 'created' ? strings.Drill.Created : strings.Drill.Changed}{' · '}
                  {format(strings.Drill.ByOn, entry.changedBy, `${formatDay(entry.changedOn.slice(0, 10), strings.Dates)} ${formatTime(when)}`)}
                </div>
                {entry.changes.length > 0 && (
                  <div className={classes.scroll} role="region" aria-label={`${entry.period ? periodLabel(entry.period, strings) : strings.Drill.ItemChange}, ${entry.changedOn.slice(0, 10)}`} tabIndex={0}>
                    <table className={classes.table}>
                      <thead><tr><th scope="col">{strings.Drill.Field}</th><th scope="col">{strings.Drill.Before}</th><th scope="col">{strings.Drill.After}</th></tr></thead>
                      <tbody>
                        {entry.changes.map((change) => (
                          <tr key={change.field}>
                            <th scope="row">{change.field}</th>
                            <td><SafeText text={change.before} /></td>
                            <td><SafeText text={change.after} /></td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <Button text={strings.Drill.Back} onClick={onBack} />
    </section>
  );
}
