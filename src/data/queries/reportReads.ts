import { SPFI } from '@pnp/sp';
import { FinancialYearLabel, ReportingPeriod, Update } from '../../domain/model';
import { comparePeriods, financialYearLabel, nextPeriod, periodKey, startYearOf } from '../../domain/periods';
import { reportPeriods, reportYears } from '../../domain/reporting/reportSpan';
import { calendarEntryFor } from '../../domain/reportingCalendar';
import { ReportTracker, Stored } from '../trackerTypes';
import { objectiveFromItem } from '../mapping/actionMapping';
import { ItemJson, lookupId, textOf } from '../mapping/fieldValues';
import { planFromItem } from '../mapping/planMapping';
import {
  cutShort, FULL_TITLE_COLUMNS, REPORT_ACTION_COLUMNS, REPORT_MEASURE_COLUMNS, REPORT_MILESTONE_COLUMNS, REPORT_VALUE_COLUMNS, reportActionFromItem,
  reportMeasureFromItem, reportMilestoneFromItem, reportUpdatesOf, reportValueFromItem, withoutReportedStatuses
} from '../mapping/reportMapping';
import { calendarFromItem, riskFromItem } from '../mapping/riskMapping';
import { selectionOf } from '../mapping/selection';
import { updateFromItem } from '../mapping/updateMapping';
import { and, anyOf, eq, idEq } from '../odata';
import { byPlanOrder, stored, storedAll } from '../trackerMapping';
import { itemsWithIds, ofIds } from './idGroups';
import { PlannedRead, readAllBatched, readGroupsBatched } from './pagedReads';
import { planRead } from './trackerReads';

/**
 * The reads behind a report, and behind the dashboard's run of quarters: two `$batch`es whatever
 * the tracker's size — the plan and the calendar's years, then, keyed on the plan's id, its
 * objectives, actions (with their ReportedStatuses, so no update is read), milestones, measures
 * and values of the years the quarters need, risks, and, for the dashboard, the period's challenge
 * responses. Every list but the plan is read without metadata and with the report's columns
 * (mapping/reportMapping); milestones only while not done. A third `$batch` follows only for
 * titles longer than 255 characters, and for actions whose ReportedStatuses were never worked out.
 */

export interface ReportSpan {
  /** The quarter reported on. */
  period: ReportingPeriod;
  /** The earliest quarter whose own report must be rebuilt from this read (the period itself for a report). */
  from: ReportingPeriod;
  /** Also read the plan's challenge responses for the period (with their ETags). */
  withResponses?: boolean;
}

export interface ReportItems {
  tracker: ReportTracker;
  responses: ItemJson[];
}

const NO_METADATA = { metadata: 'none' as const };

/** Every financial year from the first one `from`'s report reads to the period's. */
export function spanYears(span: ReportSpan): FinancialYearLabel[] {
  const years: FinancialYearLabel[] = [];
  for (let year = startYearOf(reportYears(span.from)[0]); year <= startYearOf(span.period.financialYear); year += 1) {
    years.push(financialYearLabel(year));
  }
  return years;
}

/** Every quarter from the first one `from`'s report reads to the period. */
export function spanPeriods(span: ReportSpan): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  for (let period = reportPeriods(span.from)[0]; comparePeriods(period, span.period) <= 0; period = nextPeriod(period)) {
    periods.push(period);
  }
  return periods;
}

/**
 * What the first reads leave to read, in one more `$batch` only when there is any: the full titles
 * of actions and milestones whose Title may have been cut short, and the updates of actions whose
 * ReportedStatuses were never worked out (a site from before the column). Sets the full titles on
 * the items; returns the updates by action id.
 */
async function readRest(sp: SPFI, ofPlan: string, actions: ItemJson[], milestones: ItemJson[]): Promise<Map<number, Update[]>> {
  const unreported = withoutReportedStatuses(actions);
  const titleReads = (query: 'actionsOfPlan' | 'milestonesOfPlan', items: readonly ItemJson[]): PlannedRead[] =>
    itemsWithIds(cutShort(items)).map((group) => ({ query, filter: and(ofPlan, group), columns: FULL_TITLE_COLUMNS }));
  const groups = [
    titleReads('actionsOfPlan', actions),
    titleReads('milestonesOfPlan', milestones),
    ofIds('Action', unreported).map((filter): PlannedRead => ({ query: 'updatesOfAction', filter, ...NO_METADATA }))
  ];
  const byAction = new Map<number, Update[]>();
  if (groups.every((group) => group.length === 0)) {
    return byAction;
  }
  const [actionTitles, milestoneTitles, updates] = await readGroupsBatched(sp, groups);
  const setTitles = (items: ItemJson[], titles: readonly ItemJson[]): void => titles.forEach((title) => {
    items.filter((item) => item.Id === title.Id).forEach((item) => (item.FullTitle = title.FullTitle));
  });
  setTitles(actions, actionTitles);
  setTitles(milestones, milestoneTitles);
  unreported.forEach((id) => byAction.set(id, []));
  updates.forEach((item) => (byAction.get(lookupId(item, 'Action') as number) as Update[]).push(updateFromItem(item)));
  return byAction;
}

function byYear(items: readonly ItemJson[], years: readonly FinancialYearLabel[]): ItemJson[] {
  return ([] as ItemJson[]).concat(...years.map((year) => items.filter((item) => textOf(item.FinancialYear) === year)));
}

/** Reads the span's items; `undefined` when no plan has that title. */
export async function readReportItems(sp: SPFI, planTitle: string, span: ReportSpan): Promise<ReportItems | undefined> {
  const years = spanYears(span);
  const inYears = anyOf(years.map((year) => eq('FinancialYear', year)));
  const [plans, calendar] = await readAllBatched(sp, [planRead(planTitle), { query: 'calendarOfYear', filter: inYears, ...NO_METADATA }]);
  if (plans.length === 0) {
    return undefined;
  }
  const ofPlan = idEq('Plan', plans[0].Id as number);
  const reads: PlannedRead[] = [
    { query: 'objectivesOfPlan', filter: ofPlan, ...NO_METADATA },
    { query: 'actionsOfPlan', filter: ofPlan, columns: REPORT_ACTION_COLUMNS },
    { query: 'milestonesOfPlan', filter: and(ofPlan, 'DoneDate eq null'), columns: REPORT_MILESTONE_COLUMNS },
    { query: 'measuresOfPlan', filter: and(ofPlan, inYears), columns: REPORT_MEASURE_COLUMNS },
    { query: 'valuesOfPlan', filter: and(ofPlan, inYears), columns: REPORT_VALUE_COLUMNS },
    { query: 'risksOfPlan', filter: ofPlan, ...NO_METADATA }
  ];
  if (span.withResponses) {
    reads.push({ query: 'challengesOfPeriod', filter: and(eq('PeriodKey', periodKey(span.period)), ofPlan), columns: selectionOf('challenges'), metadata: 'minimal' });
  }
  const [objectiveItems, actionItems, milestoneItems, measureItems, valueItems, riskItems, responses] = await readAllBatched(sp, reads);
  const unreported = await readRest(sp, ofPlan, actionItems, milestoneItems);
  const objectives = objectiveItems.slice().sort(byPlanOrder);
  const objectiveRefs = new Map(objectives.map((item) => [item.Id as number, textOf(item.Ref) || ''] as [number, string]));
  const actionRefs = new Map(actionItems.map((item) => [item.Id as number, textOf(item.Ref) || ''] as [number, string]));
  const measureRefs = new Map(measureItems.map((item) => [item.Id as number, textOf(item.Ref) || ''] as [number, string]));
  const periods = spanPeriods(span);
  const updates: Stored<Update>[] = [];
  actionItems.forEach((item) => reportUpdatesOf(item, periods, unreported.get(item.Id as number)).forEach((value) => updates.push({ id: item.Id as number, etag: '', value })));
  const calendarEntries = calendar.map(calendarFromItem);
  const tracker: ReportTracker = {
    plan: stored(plans[0], planFromItem),
    period: span.period,
    objectives: storedAll(objectives, objectiveFromItem),
    actions: actionItems.map((item) => ({ id: item.Id as number, etag: '', value: reportActionFromItem(item, objectiveRefs) })),
    milestones: milestoneItems.map((item) => ({ id: item.Id as number, etag: '', value: reportMilestoneFromItem(item, actionRefs) })),
    measures: measureItems.map((item) => ({ id: item.Id as number, etag: '', value: reportMeasureFromItem(item, objectiveRefs) })),
    // Year by year, as the tracker lists them (each year's values in the order they were added).
    measureValues: byYear(valueItems, years).map((item) => ({ id: item.Id as number, etag: '', value: reportValueFromItem(item, measureRefs) })),
    updates,
    risks: storedAll(riskItems, riskFromItem),
    changeRequests: [],
    calendarEntries
  };
  const entry = calendarEntryFor(calendarEntries, span.period);
  if (entry) {
    tracker.calendar = entry;
  }
  return { tracker, responses: responses || [] };
}
