import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ConflictError } from '../../../data/errors';
import { useSave } from '../../myUpdates/hooks/useSave';
import { useMyUpdatesContext } from '../../myUpdates/components/MyUpdatesContext';
import { errorText } from '../../myUpdates/components/shared/errorText';
import { useClasses } from '../../myUpdates/components/shared/styles';
import { DueRow } from './dueText';
import { MyMilestonesStrings } from './IMyMilestonesProps';

/**
 * Marks the milestone done today, on the page's clock. The re-read drops the row; the milestone
 * is then kept, done and with Undo, among the done notes above the list (as My updates keeps it).
 * Someone else's change since the list was read: My updates' conflict sentence is said on the
 * page's status line (the re-read may take the row away, done elsewhere) and the list re-read.
 */
export function MarkDoneButton({ item, announce }: { item: Extract<DueRow, { kind: 'milestone' }>; announce: (message: string) => void }): JSX.Element {
  const classes = useClasses();
  const { repository, today, reload, milestoneDone } = useMyUpdatesContext();
  const strings = useMyUpdatesContext().strings as MyMilestonesStrings;
  const [save, run] = useSave();
  const label = strings.QuickAction.MarkDone;

  const markDone = async (): Promise<void> => {
    const saved = await run(() => repository.completeMilestone(item.milestone, today));
    if (saved) {
      milestoneDone({ plan: item.plan, actionRef: item.ref, milestone: saved });
      reload();
    }
  };

  const conflict = save.phase === 'failed' && save.error instanceof ConflictError;
  React.useEffect(() => {
    if (save.phase === 'failed' && save.error instanceof ConflictError) {
      announce(errorText(save.error, strings));
      reload();
    }
  }, [save]);

  return (
    <>
      <div className={classes.buttons}>
        <PrimaryButton text={label} aria-label={`${label}: ${item.ref} ${item.title}`} disabled={save.phase === 'saving'} onClick={() => { markDone().catch(() => undefined); }} />
      </div>
      {save.phase === 'failed' && !conflict && <MessageBar messageBarType={MessageBarType.error} role="alert">{errorText(save.error, strings)}</MessageBar>}
    </>
  );
}
