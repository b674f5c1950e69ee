import { addDays } from '../calendarDate';
import { CalendarEntry, IsoDate, Plan, ReportingPeriod } from '../model';
import { comparePeriods, previousPeriod, quarterBounds } from '../periods';
import { isPeriodInPlan } from '../plans';
import { updatesDueFor } from '../reportingCalendar';

/**
 * The dashboard's direction of travel (issue 13): the status at a glance of the plan's last
 * quarters, each judged as that quarter's own report was, so "is it getting better?" is answered
 * without opening old reports.
 */

export const FEWEST_TRAVEL_QUARTERS = 4;
export const MOST_TRAVEL_QUARTERS = 8;

/** How many quarters are asked for, kept within 4 to 8 (8 when not said). */
export function travelQuarterCount(asked: number | undefined): number {
  if (asked === undefined || isNaN(asked)) {
    return MOST_TRAVEL_QUARTERS;
  }
  return Math.min(MOST_TRAVEL_QUARTERS, Math.max(FEWEST_TRAVEL_QUARTERS, Math.floor(asked)));
}

/**
 * Up to `count` quarters ending with `period`, oldest first: only the plan's own quarters that
 * have begun by `asOf` (a plan in its second quarter shows two).
 */
export function travelPeriods(plan: Pick<Plan, 'firstYear' | 'lastYear'>, period: ReportingPeriod, asOf: IsoDate, count: number): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  for (let quarter = period; periods.length < count; quarter = previousPeriod(quarter)) {
    if (!isPeriodInPlan(plan, quarter) || quarterBounds(quarter).start > asOf) {
      break;
    }
    periods.unshift(quarter);
  }
  return periods;
}

/** The earliest quarter `count` quarters ending with `period` reach back to, whatever the plan (what to read before it is known). */
export function earliestTravelPeriod(period: ReportingPeriod, count: number): ReportingPeriod {
  let earliest = period;
  for (let shown = 1; shown < count; shown += 1) {
    earliest = previousPeriod(earliest);
  }
  return earliest;
}

/**
 * The day an earlier quarter is judged on: the day its report was due to be written — the
 * calendar's report date, or else the day after its updates were due (the first day a missing
 * update reads as "no update") — but never after the dashboard's own as-of. The report's own
 * quarter is judged on the dashboard's as-of.
 */
export function quarterJudgedOn(quarter: ReportingPeriod, entry: CalendarEntry | undefined, reportPeriod: ReportingPeriod, asOf: IsoDate): IsoDate {
  if (comparePeriods(quarter, reportPeriod) >= 0) {
    return asOf;
  }
  const reportDay = entry && entry.reportDate ? entry.reportDate : addDays(updatesDueFor(quarter, entry), 1);
  return reportDay < asOf ? reportDay : asOf;
}
