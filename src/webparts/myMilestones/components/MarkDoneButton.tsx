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
 * Someone else's change since the list was read shows My updates' conflict sentence and re-reads.
 */
export function MarkDoneButton({ item }: { item: Extract<DueRow, { kind: 'milestone' }> }): JSX.Element {
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

  React.useEffect(() => {
    if (save.phase === 'failed' && save.error instanceof ConflictError) reload();
  }, [save]);

  return (
    <>
      <div className={classes.buttons}>
        <PrimaryButton text={label} aria-label={`${label}: ${item.ref} ${item.title}`} disabled={save.phase === 'saving'} onClick={() => { markDone().catch(() => undefined); }} />
      </div>
      {save.phase === 'failed' && <MessageBar messageBarType={MessageBarType.error} role="alert">{errorText(save.error, strings)}</MessageBar>}
    </>
  );
}
