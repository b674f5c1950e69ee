import { IMyMilestonesFocus } from '../../../teams/deepLinks';
import { ActivityType } from '../../../teams/teamsApps';
import { MyMilestones } from '../../../report/loadMyMilestones';
import { DueRow, rowKey } from './dueText';

/** Reminders about quarterly updates name actions for the updates they owe, not their end dates. */
const UPDATE_REMINDERS: readonly ActivityType[] = ['updateDueSoon', 'updateOverdue', 'escalationDigest'];

/**
 * The rows a reminder's deep link names that are still on the list, in the list's order: its
 * milestones by item id; its actions by the action's item id: their owed updates for a reminder
 * about updates, else their owed updates and end dates. An id that matches nothing (done,
 * deleted, not the person's) is simply not there.
 */
export function rowsInFocus(list: MyMilestones, focus: IMyMilestonesFocus): string[] {
  const updatesOnly = UPDATE_REMINDERS.indexOf(focus.activity) >= 0;
  const named = (row: DueRow): boolean => {
    if (row.kind === 'milestone') return focus.milestoneIds.indexOf(row.milestone.id) >= 0;
    if (row.kind === 'updateOwed' || (row.kind === 'actionEnd' && !updatesOnly)) return focus.actionIds.indexOf(row.action.id) >= 0;
    return false;
  };
  return list.overdue.concat(list.dueSoon).filter(named).map(rowKey);
}
