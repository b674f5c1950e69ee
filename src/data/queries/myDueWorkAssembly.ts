import { DeadlineChangeRequest, Milestone, Update } from '../../domain/model';
import { DueAction } from '../../domain/myMilestones';
import { countedUpdates, decodeReportedStatuses, encodeReportedStatuses } from '../../domain/reporting/reportedStatuses';
import { withDefined } from '../mapping/actionMapping';
import { dateOf, ItemJson, lookupId, lookupText, textOf, titleOf } from '../mapping/fieldValues';
import { planFromItem } from '../mapping/planMapping';
import { calendarFromItem } from '../mapping/riskMapping';
import { selectionOf } from '../mapping/selection';
import { changeRequestFromItem } from '../mapping/updateMapping';
import { MyDueWork } from '../trackerTypes';
import { stored } from '../trackerMapping';

/**
 * The due list's narrow reads ↔ its domain input. An action is read with its dates and its
 * ReportedStatuses (what each quarter's counting update said), never its updates; a milestone with
 * its dates and ETag (it is marked done from the list); a change request in full, with its ETag
 * and the title of its action. Lookups bring their plan's title and their action's reference.
 */

export const DUE_ACTION_COLUMNS = {
  select: ['Id', 'Title', 'FullTitle', 'Ref', 'StartDate', 'EndDate', 'ReportedStatuses', 'Plan/Id', 'Plan/Title'],
  expand: ['Plan']
};

export const DUE_MILESTONE_COLUMNS = {
  select: ['Id', 'Title', 'FullTitle', 'DueDate', 'DoneDate', 'Action/Id', 'Action/Ref', 'Plan/Id', 'Plan/Title'],
  expand: ['Action', 'Plan']
};

const REQUEST_SELECTION = selectionOf('changeRequests');
export const DUE_REQUEST_COLUMNS = { select: REQUEST_SELECTION.select.concat('Action/Title'), expand: REQUEST_SELECTION.expand };

/** The updates read for actions whose ReportedStatuses were never worked out (a site from before the column). */
export const DUE_UPDATE_COLUMNS = {
  select: ['Id', 'Action/Id', 'Action/Ref', 'FinancialYear', 'Quarter', 'Status', 'ReviewState', 'SubmittedOn', 'Progress'],
  expand: ['Action']
};

export interface DueItems {
  plans: ItemJson[];
  calendar: ItemJson[];
  /** The actions the person owns. */
  owned: ItemJson[];
  /** Other owners' actions that the person's milestones are under. */
  milestoneActions: ItemJson[];
  milestones: ItemJson[];
  requests: ItemJson[];
  /** Updates of actions whose ReportedStatuses are empty, by action id. */
  updatesOf: ReadonlyMap<number, Update[]>;
}

function planTitle(item: ItemJson): string {
  return lookupText(item, 'Plan', 'Title') || '';
}

function dueActionOf(item: ItemJson): DueAction {
  return withDefined<DueAction>({ ref: textOf(item.Ref) || '', title: titleOf(item) }, { startDate: dateOf(item.StartDate), endDate: dateOf(item.EndDate) });
}

/** The updates that counted in each quarter, rebuilt from the action's ReportedStatuses (or worked out from `updates`). */
function countedOf(item: ItemJson, updates: readonly Update[] | undefined): Update[] {
  const column = textOf(item.ReportedStatuses) || (updates ? encodeReportedStatuses(updates) : undefined);
  const quarters = decodeReportedStatuses(column);
  return countedUpdates(textOf(item.Ref) || '', quarters, quarters.map((quarter) => quarter.period));
}

function milestoneOf(item: ItemJson): Milestone {
  const milestone: Milestone = { actionRef: lookupText(item, 'Action') || '', title: titleOf(item), dueDate: dateOf(item.DueDate) || '' };
  return withDefined(milestone, { doneDate: dateOf(item.DoneDate) });
}

export function dueWorkOf(email: string, items: DueItems): MyDueWork {
  const actionEntry = (owned: boolean): ((item: ItemJson) => MyDueWork['actions'][number]) => (item) => ({
    plan: planTitle(item),
    action: { id: item.Id as number, value: dueActionOf(item) },
    updates: countedOf(item, items.updatesOf.get(item.Id as number)),
    owned
  });
  return {
    email,
    plans: items.plans.map(planFromItem),
    calendar: items.calendar.map(calendarFromItem),
    actions: items.owned.map(actionEntry(true)).concat(items.milestoneActions.map(actionEntry(false))),
    milestones: items.milestones.map((item) => ({ plan: planTitle(item), milestone: stored(item, milestoneOf) })),
    changeRequests: items.requests.map((item) => ({
      plan: planTitle(item),
      request: stored<DeadlineChangeRequest>(item, changeRequestFromItem),
      actionTitle: lookupText(item, 'Action', 'Title') || ''
    }))
  };
}

/** The actions of the milestones that are not among `owned`: id and plan id of each, once. */
export function milestoneActionKeys(milestones: readonly ItemJson[], owned: readonly ItemJson[]): Array<{ planId: number; actionId: number }> {
  const keys: Array<{ planId: number; actionId: number }> = [];
  milestones.forEach((item) => {
    const actionId = lookupId(item, 'Action');
    const planId = lookupId(item, 'Plan');
    const known = owned.some((action) => action.Id === actionId) || keys.some((key) => key.actionId === actionId);
    if (actionId !== undefined && planId !== undefined && !known) {
      keys.push({ planId, actionId });
    }
  });
  return keys;
}
