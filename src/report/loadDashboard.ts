import { ReportingPeriod } from '../domain/model';
import { comparePeriods, periodKey } from '../domain/periods';
import { earliestTravelPeriod, quarterJudgedOn, travelPeriods, travelQuarterCount } from '../domain/reporting/directionOfTravel';
import { reportPeriods, reportYears } from '../domain/reporting/reportSpan';
import { calendarEntryFor } from '../domain/reportingCalendar';
import { IDashboardRepository, PlanTracker, ReportTracker, Stored } from '../data/ITrackerRepository';
import { ChallengeResponse, DashboardRequest, LoadedDashboard, QuarterGlance } from './dashboardTypes';
import { readChosenPlan, reportOf } from './loadReport';

/**
 * The executive dashboard's first render (SPEC §5.2, issue 13) from one read of the plan
 * (IDashboardRepository.loadDashboardTracker: two requests): the period's report — `reportOf`,
 * loadReport's own computation, so its numbers are the JSON report's — the direction of travel
 * over the plan's last quarters, each judged as its own report is (domain/reporting/
 * directionOfTravel), and the management responses saved for the period's challenges.
 */

/** The tracker as `period`'s own report reads it: that quarter's report span, out of the dashboard's longer one. */
function quarterView(tracker: ReportTracker, period: ReportingPeriod): PlanTracker {
  const years = reportYears(period);
  const keys = reportPeriods(period).map(periodKey);
  const view: PlanTracker = {
    ...tracker,
    period,
    measures: tracker.measures.filter((measure) => years.indexOf(measure.value.financialYear) >= 0),
    measureValues: tracker.measureValues.filter((value) => years.indexOf(value.value.financialYear) >= 0),
    updates: tracker.updates.filter((update) => keys.indexOf(periodKey(update.value)) >= 0)
  };
  delete view.calendar;
  const entry = calendarEntryFor(tracker.calendarEntries, period);
  return entry ? { ...view, calendar: entry } : view;
}

export async function loadDashboard(repo: IDashboardRepository, request: DashboardRequest): Promise<LoadedDashboard> {
  // The plan's years are known only once it is read: read from the earliest quarter that could be shown, then show the plan's.
  const earliest = earliestTravelPeriod(request.period, travelQuarterCount(request.quarters));
  const { tracker, responses } = await readChosenPlan(repo, request, (title) => repo.loadDashboardTracker(title, request.period, earliest));
  return dashboardOf(tracker, responses, request);
}

/** The dashboard of a tracker read for it: no reads, only judgement (the benchmark times it apart from the reads). */
export function dashboardOf(tracker: ReportTracker, responses: readonly Stored<ChallengeResponse>[], request: DashboardRequest): LoadedDashboard {
  const count = travelQuarterCount(request.quarters);
  const report = reportOf(quarterView(tracker, request.period), request);
  const directionOfTravel: QuarterGlance[] = travelPeriods(report.plan, request.period, request.asOf, count).map((period) => {
    if (comparePeriods(period, request.period) === 0) {
      return { period, asOf: request.asOf, report };
    }
    const view = quarterView(tracker, period);
    const asOf = quarterJudgedOn(period, view.calendar, request.period, request.asOf);
    return { period, asOf, report: reportOf(view, { period, asOf, strings: request.strings }) };
  });
  const byRef: Record<string, Stored<ChallengeResponse>> = {};
  responses.forEach((stored) => (byRef[stored.value.ref] = stored));
  return { report, directionOfTravel, responses: byRef };
}
