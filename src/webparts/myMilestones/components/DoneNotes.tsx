import * as React from 'react';
import { SafeText } from '../../../components/SafeText';
import { MilestoneDoneNote } from '../../myUpdates/components/milestones/MilestoneDoneNote';
import { useMyUpdatesContext } from '../../myUpdates/components/MyUpdatesContext';
import { useClasses } from '../../myUpdates/components/shared/styles';
import { milestoneRowId } from './dueText';
import { focusWhenShown } from './focusWhenShown';

/**
 * Milestones marked done while the page is open: the re-read no longer lists them, so each is
 * kept here with My updates' done note (a polite status, and Undo), and focus moves to the
 * newest, since the button pressed has gone with its row. After Undo, focus goes back to the
 * row's Mark done button when the row is back.
 */
export function DoneNotes(): JSX.Element {
  const classes = useClasses();
  const { doneMilestones } = useMyUpdatesContext();
  const newest = React.useRef<HTMLDivElement>(null);
  const count = doneMilestones.length;
  React.useEffect(() => {
    if (newest.current) newest.current.focus();
  }, [count]);
  return (
    <ul className={classes.list}>
      {doneMilestones.map((entry, index) => (
        <li key={entry.milestone.id} className={classes.card}>
          <p className={classes.cardHeading}>{entry.actionRef} <SafeText text={entry.milestone.value.title} /></p>
          <MilestoneDoneNote ref={index === count - 1 ? newest : undefined} milestone={entry.milestone} onReopened={() => focusWhenShown(milestoneRowId(entry.milestone.id))} />
        </li>
      ))}
    </ul>
  );
}
