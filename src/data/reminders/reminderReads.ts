import { SPFI } from '@pnp/sp';
import { IsoDate, ReportingPeriod, Update } from '../../domain/model';
import { periodKey, periodOpenForUpdatesOn, previousPeriod, quarterOfDate } from '../../domain/periods';
import { isPlanOpen } from '../../domain/plans';
import { dateToItem, ItemJson, lookupId } from '../mapping/fieldValues';
import { addDays } from '../../domain/calendarDate';
import { planFromItem } from '../mapping/planMapping';
import { withoutReportedStatuses } from '../mapping/reportMapping';
import { selectionOf } from '../mapping/selection';
import { updateFromItem } from '../mapping/updateMapping';
import { and, anyOf, eq, idEq } from '../odata';
import { ofIds } from '../queries/idGroups';
import { DUE_ACTION_COLUMNS, DUE_MILESTONE_COLUMNS, DUE_REQUEST_COLUMNS, DUE_UPDATE_COLUMNS } from '../queries/myDueWorkAssembly';
import { PlannedRead, readAllBatched, readGroupsBatched } from '../queries/pagedReads';
import { LOG_COLUMNS } from './reminderLogMapping';

/**
 * What the reminder job reads (SPEC §4.5), per plan and never per person, in two or three round
 * trips whatever the number of people:
 * 1. one `$batch`: the plans, the reporting calendar, and the Reminder Log's rows of the periods
 *    the planner may touch (PeriodKey leads);
 * 2. one `$batch` (PnPjs splits it every 20 reads): for each open plan its objectives, its actions,
 *    its milestones not done and its pending change requests (Plan leads each);
 * 3. only when some action's ReportedStatuses were never worked out: those actions' updates.
 * Reads come with narrow `$select`s, and a plan's reads page past 5,000 rows on their own.
 */

const NO_METADATA = { metadata: 'none' as const };
/** Milestones and change requests are saved over from a digest's rows: their ETags are read. */
const WITH_ETAGS = { metadata: 'minimal' as const };
const OWNER_COLUMNS = ['Owner/Id', 'Owner/Title', 'Owner/EMail', 'OwnerName'];

const ACTION_COLUMNS = {
  select: DUE_ACTION_COLUMNS.select.concat(OWNER_COLUMNS, 'Objective/Id', 'Objective/Ref'),
  expand: DUE_ACTION_COLUMNS.expand.concat('Owner', 'Objective')
};
const MILESTONE_COLUMNS = { select: DUE_MILESTONE_COLUMNS.select.concat(OWNER_COLUMNS), expand: DUE_MILESTONE_COLUMNS.expand.concat('Owner') };
const REQUEST_COLUMNS = { select: DUE_REQUEST_COLUMNS.select.concat('Created'), expand: DUE_REQUEST_COLUMNS.expand };
const OBJECTIVE_COLUMNS = selectionOf('objectives');

export interface ReminderItems {
  /** The open plans. */
  plans: ItemJson[];
  calendar: ItemJson[];
  log: ItemJson[];
  objectives: ItemJson[];
  actions: ItemJson[];
  /** Milestones not done. */
  milestones: ItemJson[];
  /** Pending change requests, with their Created instant. */
  requests: ItemJson[];
  /** Updates of actions whose ReportedStatuses are empty, by action id. */
  updatesOf: ReadonlyMap<number, Update[]>;
}

function distinct(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) === index);
}

/** The quarter open for updates, today's quarter and the quarter before it: the periods a digest may be for. */
export function logPeriods(today: IsoDate): ReportingPeriod[] {
  const current = quarterOfDate(today);
  const periods = [periodOpenForUpdatesOn(today), current, previousPeriod(current)];
  return periods.filter((period, index) => periods.map(periodKey).indexOf(periodKey(period)) === index);
}

function firstReads(today: IsoDate): PlannedRead[] {
  const years = distinct([periodOpenForUpdatesOn(today).financialYear, quarterOfDate(today).financialYear]);
  const logReads = logPeriods(today).map((period): PlannedRead => ({ query: 'remindersOfPeriod', filter: eq('PeriodKey', periodKey(period)), columns: LOG_COLUMNS, ...NO_METADATA }));
  return [
    { query: 'plansByTitle', filter: '', ...NO_METADATA },
    { query: 'calendarOfYear', filter: anyOf(years.map((year) => eq('FinancialYear', year))), ...NO_METADATA },
    ...logReads
  ];
}

/** Milestones not done, and when a window is given, due within it (DueDate is an ISO date-time at the London day's start). */
function openMilestones(milestonesDue: { from: IsoDate; to: IsoDate } | undefined): string {
  if (!milestonesDue) return 'DoneDate eq null';
  return and('DoneDate eq null', `DueDate ge datetime'${dateToItem(addDays(milestonesDue.from, -1))}'`, `DueDate le datetime'${dateToItem(addDays(milestonesDue.to, 1))}'`);
}

function planReads(planIds: readonly number[], milestonesDue: { from: IsoDate; to: IsoDate } | undefined): PlannedRead[][] {
  const of = (planId: number): string => idEq('Plan', planId);
  return [
    planIds.map((id): PlannedRead => ({ query: 'objectivesOfPlan', filter: of(id), columns: OBJECTIVE_COLUMNS, ...NO_METADATA })),
    planIds.map((id): PlannedRead => ({ query: 'actionsOfPlan', filter: of(id), columns: ACTION_COLUMNS, ...NO_METADATA })),
    planIds.map((id): PlannedRead => ({ query: milestonesDue ? 'milestonesDueOfPlan' : 'milestonesOfPlan', filter: and(of(id), openMilestones(milestonesDue)), columns: MILESTONE_COLUMNS, ...WITH_ETAGS })),
    planIds.map((id): PlannedRead => ({ query: 'changeRequestsOfPlan', filter: and(of(id), eq('Decision', 'Pending')), columns: REQUEST_COLUMNS, ...WITH_ETAGS }))
  ];
}

/** Round trip 3, only when needed: updates of actions whose ReportedStatuses column is empty (a site from before it). */
async function readMissingUpdates(sp: SPFI, actions: readonly ItemJson[]): Promise<Map<number, Update[]>> {
  const unreported = withoutReportedStatuses(actions);
  const updatesOf = new Map<number, Update[]>();
  if (unreported.length === 0) {
    return updatesOf;
  }
  const reads = ofIds('Action', unreported).map((filter): PlannedRead => ({ query: 'updatesOfAction', filter, columns: DUE_UPDATE_COLUMNS, ...NO_METADATA }));
  const [updates] = await readGroupsBatched(sp, [reads]);
  unreported.forEach((id) => updatesOf.set(id, []));
  updates.forEach((item) => (updatesOf.get(lookupId(item, 'Action') as number) as Update[]).push(updateFromItem(item)));
  return updatesOf;
}

export async function readReminderItems(sp: SPFI, today: IsoDate, milestonesDue?: { from: IsoDate; to: IsoDate }): Promise<ReminderItems> {
  const [allPlans, calendar, ...logs] = await readAllBatched(sp, firstReads(today));
  const plans = allPlans.filter((item) => isPlanOpen(planFromItem(item)));
  const log = ([] as ItemJson[]).concat(...logs);
  if (plans.length === 0) {
    return { plans, calendar, log, objectives: [], actions: [], milestones: [], requests: [], updatesOf: new Map() };
  }
  const [objectives, actions, milestones, requests] = await readGroupsBatched(sp, planReads(plans.map((item) => item.Id as number), milestonesDue));
  const updatesOf = await readMissingUpdates(sp, actions);
  return { plans, calendar, log, objectives, actions, milestones, requests, updatesOf };
}
