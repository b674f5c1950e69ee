import * as React from 'react';
import { IMyMilestonesFocus } from '../../../teams/deepLinks';
import { MyMilestones } from '../../../report/loadMyMilestones';
import { rowsInFocus } from './reminderFocus';

export interface ReminderFocus {
  /** The keys of the rows to highlight. */
  highlighted: string[];
  /** How many of the reminder's items are still due: undefined until the list has loaded, or without a deep link. */
  found: number | undefined;
}

/**
 * Opened from a reminder: once the list first loads, the rows it names are highlighted and the
 * first is scrolled to and focused (each row's element id is its key). Later re-reads keep the
 * highlight on the rows still there and never move focus again.
 */
export function useReminderFocus(list: MyMilestones | undefined, focus: IMyMilestonesFocus | undefined): ReminderFocus {
  const [highlighted, setHighlighted] = React.useState<string[] | undefined>(undefined);
  React.useEffect(() => {
    if (!list || !focus || highlighted) return;
    const rows = rowsInFocus(list, focus);
    setHighlighted(rows);
    if (rows.length > 0) {
      window.setTimeout(() => {
        const first = document.getElementById(rows[0]);
        if (!first) return;
        first.scrollIntoView({ block: 'center' });
        first.focus();
      }, 0);
    }
  }, [list, focus, highlighted]);
  return { highlighted: highlighted || [], found: highlighted && highlighted.length };
}
