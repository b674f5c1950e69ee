import { IMyMilestonesFocus } from '../../../teams/deepLinks';
import { MyMilestones } from '../../../report/loadMyMilestones';
import { DueRow, rowKey } from './dueText';

/**
 * The rows a reminder's deep link names that are still on the list, in the list's order: its
 * milestones by item id, its actions' end dates and owed updates by the action's item id. An id
 * that matches nothing (done, deleted, not the person's) is simply not there.
 */
export function rowsInFocus(list: MyMilestones, focus: IMyMilestonesFocus): string[] {
  const named = (row: DueRow): boolean => {
    if (row.kind === 'milestone') return focus.milestoneIds.indexOf(row.milestone.id) >= 0;
    if (row.kind === 'actionEnd' || row.kind === 'updateOwed') return focus.actionIds.indexOf(row.action.id) >= 0;
    return false;
  };
  return list.overdue.concat(list.dueSoon).filter(named).map(rowKey);
}
