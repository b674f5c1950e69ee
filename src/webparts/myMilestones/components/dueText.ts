import { BadgeTone } from '../../../components/StatusBadge';
import { formatCount } from '../../../components/formatCount';
import { formatString } from '../../../components/formatString';
import { DueItem, DueStatus } from '../../../domain/myMilestones';
import { MyMilestones } from '../../../report/loadMyMilestones';
import { periodLabel } from '../../myUpdates/components/shared/periodLabel';
import { actionTone } from '../../myUpdates/components/shared/statusTone';
import { MyMilestonesStrings } from './IMyMilestonesProps';

/** A row of the list as read: its milestone or request with the ETag a quick action saves over. */
export type DueRow = MyMilestones['overdue'][number];

/** "3 days overdue", "Due in 1 day", "Due today": counted in the page language's plural forms. */
export function dayCountText(item: DueItem, strings: MyMilestonesStrings): string {
  const words = strings.DueList;
  if (item.daysOverdue > 0) return formatCount(strings.Locale, words.DaysOverdue, item.daysOverdue, item.daysOverdue);
  if (item.daysUntilDue > 0) return formatCount(strings.Locale, words.DueInDays, item.daysUntilDue, item.daysUntilDue);
  return words.DueToday;
}

/** What the row is: a milestone, an action's end date, the update owed for a quarter, a request to decide. */
export function kindText(item: DueItem, strings: MyMilestonesStrings): string {
  const words = strings.DueKind;
  switch (item.kind) {
    case 'milestone': return words.Milestone;
    case 'actionEnd': return words.ActionEnd;
    case 'updateOwed': return formatString(words.UpdateOwed, periodLabel(item.period, strings));
    case 'changeRequest': return formatString(words.ChangeRequest, item.requester.name);
  }
}

export function statusText(status: DueStatus, strings: MyMilestonesStrings): string {
  if (status === 'NotDone' || status === 'AwaitingDecision') return strings.DueStatus[status];
  return strings.Status[status];
}

export function statusTone(status: DueStatus): BadgeTone {
  return status === 'NotDone' || status === 'AwaitingDecision' ? 'Grey' : actionTone(status);
}

/** One key per row, stable across re-reads: React's key, the element id a deep link scrolls to. */
export function rowKey(item: DueRow): string {
  switch (item.kind) {
    case 'milestone': return milestoneRowId(item.milestone.id);
    case 'actionEnd': return `due-action-end-${item.action.id}`;
    case 'updateOwed': return `due-update-${item.action.id}-${item.period.financialYear}-${item.period.quarter}`;
    case 'changeRequest': return `due-request-${item.request.id}`;
  }
}

/** A milestone's row id, also for moving focus back to it once it is due again. */
export function milestoneRowId(milestoneId: number): string {
  return `due-milestone-${milestoneId}`;
}
