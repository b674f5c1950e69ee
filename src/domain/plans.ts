import { FinancialYearLabel, Plan } from './model';
import { startYearOf } from './periods';

/**
 * Plans as a set (SPEC §3 Plan): titles are unique whatever their case, a plan covers its first to
 * last financial year, and a closed plan asks nothing more of anyone.
 */

function sameTitle(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The plan with this title, however its case or spacing was typed. */
export function findPlan<T extends Pick<Plan, 'title'>>(plans: readonly T[], title: string): T | undefined {
  return plans.filter((plan) => sameTitle(plan.title, title))[0];
}

/** A new plan may not take a title already in use (SharePoint's unique Title compares without case). */
export function isPlanTitleTaken(plans: ReadonlyArray<Pick<Plan, 'title'>>, title: string): boolean {
  return findPlan(plans, title) !== undefined;
}

export function planCoversYear(plan: Pick<Plan, 'firstYear' | 'lastYear'>, year: FinancialYearLabel): boolean {
  const start = startYearOf(year);
  return startYearOf(plan.firstYear) <= start && start <= startYearOf(plan.lastYear);
}

/** Open plans collect updates; a closed plan's items owe nothing. */
export function isPlanOpen(plan: Pick<Plan, 'status'>): boolean {
  return plan.status !== 'Closed';
}

export type PlanChoice<T> =
  | { kind: 'found'; plan: T }
  | { kind: 'unknown'; wanted: string }
  | { kind: 'none' }
  | { kind: 'several'; candidates: T[] };

/**
 * The plan a report is for (SPEC §6 `report`): the one named, else the only plan covering the
 * year; none, or several, is for the caller to explain.
 */
export function choosePlan<T extends Pick<Plan, 'title' | 'firstYear' | 'lastYear'>>(plans: readonly T[], wanted: string | undefined, year: FinancialYearLabel): PlanChoice<T> {
  if (wanted) {
    const match = findPlan(plans, wanted);
    return match ? { kind: 'found', plan: match } : { kind: 'unknown', wanted };
  }
  const candidates = plans.filter((plan) => planCoversYear(plan, year));
  if (candidates.length === 1) {
    return { kind: 'found', plan: candidates[0] };
  }
  return candidates.length === 0 ? { kind: 'none' } : { kind: 'several', candidates };
}
