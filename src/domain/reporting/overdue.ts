import { daysBetween } from '../calendarDate';
import { Action, ActionStatus, IsoDate, Milestone, PersonRef } from '../model';
import { isMilestoneOverdue } from '../milestones';
import { isOverdue } from '../status';
import { compareRefs } from './naturalOrder';
import { OverdueItem } from './reportDocument';

/**
 * The report's overdue list: actions past their end date and not complete (SPEC §4.2, judged
 * by status.isOverdue), and milestones past their due date with no done date. A withdrawn
 * action's milestones are not listed: nobody is expected to deliver them.
 */

/** An action with its status for the report period. */
export interface ActionWithStatus {
  action: Action;
  status: ActionStatus;
}

function item(
  itemType: OverdueItem['itemType'],
  itemRef: string,
  title: string,
  owner: PersonRef,
  dueDate: IsoDate,
  asOf: IsoDate
): OverdueItem {
  return {
    itemType,
    itemRef,
    owner: owner.name,
    dueDate,
    title,
    ownerEmail: owner.email ? owner.email : null,
    daysOverdue: daysBetween(dueDate, asOf)
  };
}

/** Orders by due date, then reference, then actions before their milestones, then title. */
export function compareOverdue(a: OverdueItem, b: OverdueItem): number {
  if (a.dueDate !== b.dueDate) {
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return (
    compareRefs(a.itemRef, b.itemRef) ||
    (a.itemType === b.itemType ? 0 : a.itemType === 'action' ? -1 : 1) ||
    (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)
  );
}

/** Overdue actions and milestones on `asOf`, oldest due date first. */
export function overdueItems(actions: readonly ActionWithStatus[], milestones: readonly Milestone[], asOf: IsoDate): OverdueItem[] {
  const byRef = new Map<string, ActionWithStatus>();
  actions.forEach((entry) => byRef.set(entry.action.ref, entry));

  const overdueActions = actions
    .filter((entry) => isOverdue(entry.action, entry.status, asOf))
    .map(({ action }) => item('action', action.ref, action.title, action.owner, action.endDate as IsoDate, asOf));

  const overdueMilestones = milestones
    .filter((milestone) => {
      const parent = byRef.get(milestone.actionRef);
      return isMilestoneOverdue(milestone, asOf) && !(parent && parent.status === 'Withdrawn');
    })
    .map((milestone) => {
      const parent = byRef.get(milestone.actionRef);
      const owner = milestone.owner || (parent ? parent.action.owner : { name: '' });
      return item('milestone', milestone.actionRef, milestone.title, owner, milestone.dueDate, asOf);
    });

  return overdueActions.concat(overdueMilestones).sort(compareOverdue);
}
