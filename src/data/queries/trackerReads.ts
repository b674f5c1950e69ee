import { SPFI } from '@pnp/sp';
import { ReportingPeriod } from '../../domain/model';
import { periodKey } from '../../domain/periods';
import { reportPeriods, reportYears } from '../../domain/reporting/reportSpan';
import { and, anyOf, eq, idEq } from '../odata';
import { ItemJson } from '../mapping/fieldValues';
import { PlannedRead, readAll, readAllBatched } from './pagedReads';

/**
 * The reads behind one plan's tracker for a period: the plan and the calendar entry first (one
 * `$batch`), then everything else keyed on the plan's id (a second `$batch`). Updates are read
 * per period (PeriodKey leads), so a plan with tens of thousands of updates still reads only the
 * periods the report needs.
 */

export interface TrackerItems {
  plan: ItemJson;
  calendar: ItemJson[];
  objectives: ItemJson[];
  actions: ItemJson[];
  milestones: ItemJson[];
  measures: ItemJson[];
  measureValues: ItemJson[];
  updates: ItemJson[];
  risks: ItemJson[];
  changeRequests: ItemJson[];
}

export function planRead(planTitle: string): PlannedRead {
  return { query: 'plansByTitle', filter: eq('Title', planTitle) };
}

/** Reads the plan's items; `undefined` when no plan has that title. */
export async function readTrackerItems(sp: SPFI, planTitle: string, period: ReportingPeriod): Promise<TrackerItems | undefined> {
  const [plans, calendar] = await readAllBatched(sp, [
    planRead(planTitle),
    { query: 'calendarOfYear', filter: eq('FinancialYear', period.financialYear) }
  ]);
  if (plans.length === 0) {
    return undefined;
  }
  const planId = plans[0].Id as number;
  const years = reportYears(period);
  const ofPlan = idEq('Plan', planId);
  const keys = reportPeriods(period).map(periodKey);
  const reads: PlannedRead[] = [
    { query: 'objectivesOfPlan', filter: ofPlan },
    { query: 'actionsOfPlan', filter: ofPlan },
    { query: 'milestonesOfPlan', filter: ofPlan },
    { query: 'measuresOfPlan', filter: and(ofPlan, anyOf(years.map((year) => eq('FinancialYear', year)))) },
    { query: 'risksOfPlan', filter: ofPlan },
    { query: 'changeRequestsOfPlan', filter: ofPlan }
  ];
  years.forEach((year) => reads.push({ query: 'valuesOfYear', filter: and(eq('FinancialYear', year), ofPlan) }));
  keys.forEach((key) => reads.push({ query: 'updatesOfPeriod', filter: and(eq('PeriodKey', key), ofPlan) }));
  const results = await readAllBatched(sp, reads);
  const fixed = 6;
  return {
    plan: plans[0],
    calendar: calendar,
    objectives: results[0],
    actions: results[1],
    milestones: results[2],
    measures: results[3],
    risks: results[4],
    changeRequests: results[5],
    measureValues: concat(results.slice(fixed, fixed + years.length)),
    updates: concat(results.slice(fixed + years.length))
  };
}

/** Every plan, in title order. */
export function readPlans(sp: SPFI): Promise<ItemJson[]> {
  return readAll(sp, { query: 'plansByTitle', filter: '' });
}

function concat(lists: ItemJson[][]): ItemJson[] {
  const all: ItemJson[] = [];
  lists.forEach((list) => all.push(...list));
  return all;
}
