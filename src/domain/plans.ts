import { formatDate } from './calendarDate';
import { FinancialYearLabel, IsoDate, Plan, QUARTERS, ReportingPeriod } from './model';
import { comparePeriods, financialYearLabel, periodOpenForUpdatesOn, quarterBounds, startYearOf } from './periods';
import { RuleProblem } from './problems';

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

/** The plan's quarters, first to last. */
export function planPeriods(plan: Pick<Plan, 'firstYear' | 'lastYear'>): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  for (let year = startYearOf(plan.firstYear); year <= startYearOf(plan.lastYear); year += 1) {
    QUARTERS.forEach((quarter) => periods.push({ financialYear: financialYearLabel(year), quarter }));
  }
  return periods;
}

/** Is the period one of the plan's quarters? */
export function isPeriodInPlan(plan: Pick<Plan, 'firstYear' | 'lastYear'>, period: ReportingPeriod): boolean {
  return planCoversYear(plan, period.financialYear);
}

/** A plan collects updates in a period when it is open and the period is one of its quarters. */
export function isPlanCollecting(plan: Pick<Plan, 'status' | 'firstYear' | 'lastYear'>, period: ReportingPeriod): boolean {
  return isPlanOpen(plan) && isPeriodInPlan(plan, period);
}

/**
 * The quarter a plan opens on (SPEC §5.6): the one open for updates on `today` (the quarter just
 * ended); once the plan has ended, its last reported quarter (else its last); before it starts, its
 * first.
 * @param lastReported - the latest quarter with an update that counts, if the caller knows it.
 */
export function openingPeriod(plan: Pick<Plan, 'firstYear' | 'lastYear'>, today: IsoDate, lastReported?: ReportingPeriod): ReportingPeriod {
  const periods = planPeriods(plan);
  const open = periodOpenForUpdatesOn(today);
  if (isPeriodInPlan(plan, open)) {
    return open;
  }
  if (comparePeriods(open, periods[0]) < 0) {
    return periods[0];
  }
  return lastReported && isPeriodInPlan(plan, lastReported) ? lastReported : periods[periods.length - 1];
}

export type PeriodProblemCode = 'periodOutsidePlan' | 'periodNotStarted';

/**
 * Why a plan cannot be reported for a period, or `undefined` when it can: the period is not one
 * of the plan's quarters, or has not begun on `today` (nothing can be judged yet).
 */
export function periodProblem(plan: Pick<Plan, 'title' | 'firstYear' | 'lastYear'>, period: ReportingPeriod, today: IsoDate): RuleProblem<PeriodProblemCode> | undefined {
  const label = `${period.quarter} ${period.financialYear}`;
  if (!isPeriodInPlan(plan, period)) {
    return {
      code: 'periodOutsidePlan', field: 'period',
      message: `${plan.title} runs from ${plan.firstYear} to ${plan.lastYear}: ${label} is not one of its quarters.`,
      args: { plan: plan.title, first: plan.firstYear, last: plan.lastYear, period: label }
    };
  }
  if (quarterBounds(period).start > today) {
    return {
      code: 'periodNotStarted', field: 'period',
      message: `${label} has not started yet (today is ${formatDate(today)}): there is nothing to report.`,
      args: { period: label, today }
    };
  }
  return undefined;
}

/** Has the plan ended on `today`: is the quarter open for updates after its last one? */
export function hasPlanEnded(plan: Pick<Plan, 'firstYear' | 'lastYear'>, today: IsoDate): boolean {
  const periods = planPeriods(plan);
  return comparePeriods(periodOpenForUpdatesOn(today), periods[periods.length - 1]) > 0;
}
