import { SPFI } from '@pnp/sp';
import { mayDecideDeadlineChange } from '../../domain/deadlineChanges';
import { IsoDate, Update } from '../../domain/model';
import { periodOpenForUpdatesOn, quarterOfDate } from '../../domain/periods';
import { isPlanOpen } from '../../domain/plans';
import { ItemJson, lookupId } from '../mapping/fieldValues';
import { planFromItem } from '../mapping/planMapping';
import { updateFromItem } from '../mapping/updateMapping';
import { withoutReportedStatuses } from '../mapping/reportMapping';
import { and, anyOf, eq, idEq } from '../odata';
import { PeopleResolver } from '../people';
import { MyDueWork } from '../trackerTypes';
import { distinctIds, itemsWithIds, ofIds } from './idGroups';
import {
  DUE_ACTION_COLUMNS, DUE_MILESTONE_COLUMNS, DUE_REQUEST_COLUMNS, DUE_UPDATE_COLUMNS, dueWorkOf, milestoneActionKeys
} from './myDueWorkAssembly';
import { PlannedRead, readAllBatched, readGroupsBatched } from './pagedReads';

/**
 * What one person's due list needs (SPEC §5.3), across every plan, in two round trips (three
 * HTTP requests):
 * 1. the person's site user id, beside one `$batch` of the plans and the reporting calendar of
 *    the quarter open for updates and the current quarter (the next updates-due date);
 * 2. one `$batch`: the actions they own and their milestones not done (Owner leads both), and the
 *    deadline change requests waiting in the open plans they lead (Decision leads, then Plan).
 * Actions come with their ReportedStatuses, so no update is read: the column says which update
 * counted each quarter, which is all the rules ask (an update submitted or approved for the open
 * quarter pays what is owed). A third `$batch` follows only when there is more to read: the
 * actions of milestones the person owns under someone else's action (is it withdrawn?), and the
 * updates of actions whose ReportedStatuses were never worked out.
 * Every read names the person's items under an indexed column, with narrow `$select`s; nothing
 * reads a whole list, so lists far over the 5,000-item threshold read the same.
 */

const NO_METADATA = { metadata: 'none' as const };
/** Milestones and change requests are saved over from the list: their ETags are read. */
const WITH_ETAGS = { metadata: 'minimal' as const };

function calendarRead(today: IsoDate): PlannedRead {
  const years = distinctYears([periodOpenForUpdatesOn(today).financialYear, quarterOfDate(today).financialYear]);
  return { query: 'calendarOfYear', filter: anyOf(years.map((year) => eq('FinancialYear', year))), ...NO_METADATA };
}

function distinctYears(years: readonly string[]): string[] {
  return years.filter((year, index) => years.indexOf(year) === index);
}

function ownedReads(userId: number | undefined): PlannedRead[][] {
  if (userId === undefined) {
    return [[], []];
  }
  const owner = idEq('Owner', userId);
  return [
    [{ query: 'actionsOwnedBy', filter: owner, columns: DUE_ACTION_COLUMNS, ...NO_METADATA }],
    [{ query: 'milestonesOwnedBy', filter: and(owner, 'DoneDate eq null'), columns: DUE_MILESTONE_COLUMNS, ...WITH_ETAGS }]
  ];
}

/** The pending requests of each open plan the person leads: theirs to decide (domain/deadlineChanges). */
function requestReads(plans: readonly ItemJson[], email: string): PlannedRead[] {
  return plans
    .filter((plan) => isPlanOpen(planFromItem(plan)) && mayDecideDeadlineChange(planFromItem(plan), email))
    .map((plan) => ({ query: 'pendingChangeRequests' as const, filter: and(eq('Decision', 'Pending'), idEq('Plan', plan.Id as number)), columns: DUE_REQUEST_COLUMNS, ...WITH_ETAGS }));
}

interface Rest {
  milestoneActions: ItemJson[];
  updatesOf: Map<number, Update[]>;
}

/** Round trip 3, only when needed: other owners' actions of the person's milestones, and updates the column does not hold. */
async function readRest(sp: SPFI, owned: readonly ItemJson[], milestones: readonly ItemJson[]): Promise<Rest> {
  const keys = milestoneActionKeys(milestones, owned);
  const actionReads: PlannedRead[] = [];
  distinctIds(keys.map((key) => key.planId)).forEach((planId) =>
    itemsWithIds(keys.filter((key) => key.planId === planId).map((key) => key.actionId)).forEach((group) =>
      actionReads.push({ query: 'actionsOfPlan', filter: and(idEq('Plan', planId), group), columns: DUE_ACTION_COLUMNS, ...NO_METADATA })));
  const unreported = withoutReportedStatuses(owned);
  const updateReads = ofIds('Action', unreported).map((filter): PlannedRead => ({ query: 'updatesOfAction', filter, columns: DUE_UPDATE_COLUMNS }));
  const updatesOf = new Map<number, Update[]>();
  if (actionReads.length + updateReads.length === 0) {
    return { milestoneActions: [], updatesOf };
  }
  const [milestoneActions, updates] = await readGroupsBatched(sp, [actionReads, updateReads]);
  unreported.forEach((id) => updatesOf.set(id, []));
  updates.forEach((item) => (updatesOf.get(lookupId(item, 'Action') as number) as Update[]).push(updateFromItem(item)));
  return { milestoneActions, updatesOf };
}

export async function readMyDueWork(sp: SPFI, email: string, today: IsoDate): Promise<MyDueWork> {
  const address = email.trim().toLowerCase();
  const people = new PeopleResolver(sp, { readOnly: true });
  const [userId, [plans, calendar]] = await Promise.all([
    people.idOf({ name: address, email: address }),
    readAllBatched(sp, [{ query: 'plansByTitle', filter: '', ...NO_METADATA }, calendarRead(today)])
  ]);
  const groups = ownedReads(userId).concat([requestReads(plans, address)]);
  const hasReads = groups.some((group) => group.length > 0);
  const [owned, milestones, requests] = hasReads ? await readGroupsBatched(sp, groups) : [[], [], []];
  const rest = await readRest(sp, owned, milestones);
  return dueWorkOf(address, { plans, calendar, owned, milestones, requests, ...rest });
}
