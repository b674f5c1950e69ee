import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { formatDay } from '../../../../components/dates';
import { formatString } from '../../../../components/formatString';
import { Stored } from '../../../../data/ITrackerRepository';
import { Milestone } from '../../../../domain/model';
import { useSave } from '../../hooks/useSave';
import { useMyUpdatesContext } from '../MyUpdatesContext';
import { errorText } from '../shared/errorText';
import { useClasses } from '../shared/styles';

export interface IMilestoneDoneNoteProps {
  milestone: Stored<Milestone>;
  /** Called once the milestone is due again, for focus to move to its "Mark done" button. */
  onReopened: () => void;
}

/**
 * A milestone marked done while the page is open: said to screen readers (a status, and focus
 * moves to it), kept where it was, with Undo, which makes it due again.
 */
export const MilestoneDoneNote = React.forwardRef<HTMLDivElement, IMilestoneDoneNoteProps>(function MilestoneDoneNote({ milestone, onReopened }, ref) {
  const classes = useClasses();
  const { repository, strings, reload, milestoneReopened } = useMyUpdatesContext();
  const words = strings.Milestone;
  const [save, run] = useSave();
  const undo = async (): Promise<void> => {
    if (await run(() => repository.reopenMilestone(milestone))) {
      milestoneReopened(milestone.id);
      reload();
      onReopened();
    }
  };
  return (
    <div ref={ref} tabIndex={-1}>
      {/* Fluent's success MessageBar is itself a polite status: no second live region around it. */}
      <MessageBar messageBarType={MessageBarType.success}>{formatString(words.Done, formatDay(milestone.value.doneDate as string, strings.Dates))}</MessageBar>
      <div className={classes.buttons} style={{ marginTop: 8 }}>
        <DefaultButton text={words.Undo} aria-label={`${words.Undo}: ${milestone.value.title}`} disabled={save.phase === 'saving'} onClick={() => { undo().catch(() => undefined); }} />
      </div>
      {save.phase === 'failed' && <MessageBar messageBarType={MessageBarType.error} role="alert">{errorText(save.error, strings)}</MessageBar>}
    </div>
  );
});
