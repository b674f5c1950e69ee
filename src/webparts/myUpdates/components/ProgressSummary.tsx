import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { formatDay } from '../../../components/dates';
import { formatCount } from '../../../components/formatCount';
import { formatString } from '../../../components/formatString';
import { MyItems } from '../../../data/ITrackerRepository';
import { isQuarterLate, quarterProgress } from '../../../domain/quarterlyDuties';
import { useMyUpdatesContext } from './MyUpdatesContext';
import { periodLabel } from './shared/periodLabel';
import { useClasses } from './shared/styles';

/** "5 of 12 updates done — due Fri 13 Apr", and a nudge once the due date has passed. */
export function ProgressSummary({ items }: { items: MyItems }): JSX.Element {
  const classes = useClasses();
  const { strings, period, today } = useMyUpdatesContext();
  const progress = quarterProgress(
    items.actions.map(({ action, updates }) => ({ action: action.value, updates: updates.map((stored) => stored.value) })),
    items.measures.map(({ measure, values }) => ({ measure: measure.value, values: values.map((stored) => stored.value) })),
    period
  );
  const due = formatDay(items.updatesDue, strings.Dates, 'weekday');
  if (progress.owed === 0) {
    return <p className={classes.progress} role="status">{formatString(strings.Progress.NothingOwed, periodLabel(period, strings))}</p>;
  }
  const late = isQuarterLate(progress, items.updatesDue, today);
  return (
    <div className={classes.progress} role="status">
      <p style={{ fontSize: 16, fontWeight: 600, margin: 0 }}>
        {progress.done === progress.owed ? formatString(strings.Progress.AllDone, due) : formatCount(strings.Locale, strings.Progress.Summary, progress.owed, progress.done, progress.owed, due)}
      </p>
      <progress value={progress.done} max={progress.owed} aria-hidden="true" style={{ width: '100%', maxWidth: 320 }} />
      {late && <MessageBar messageBarType={MessageBarType.warning}>{formatString(strings.Progress.PastDue, due)}</MessageBar>}
    </div>
  );
}
