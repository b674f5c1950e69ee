import { buildReport } from '../domain/reporting';
import { quarterJudgedOn, travelPeriods, travelQuarterCount } from '../domain/reporting/directionOfTravel';
import { IDashboardRepository, Stored } from '../data/ITrackerRepository';
import { ChallengeResponse, DashboardRequest, LoadedDashboard, QuarterGlance } from './dashboardTypes';
import { loadReport } from './loadReport';
import { reportInputOf } from './reportInput';

/**
 * The executive dashboard's first render (SPEC §5.2, issue 13): the period's report — the one
 * `loadReport` computation, so its numbers are the JSON report's — the direction of travel over
 * the plan's last quarters, each judged as its own report was (domain/reporting/directionOfTravel),
 * and the management responses saved for the period's challenges.
 */
export async function loadDashboard(repo: IDashboardRepository, request: DashboardRequest): Promise<LoadedDashboard> {
  const report = await loadReport(repo, request);
  const plan = report.plan;
  const periods = travelPeriods(plan, request.period, request.asOf, travelQuarterCount(request.quarters));
  const directionOfTravel: QuarterGlance[] = [];
  for (const period of periods.slice(0, -1)) {
    const tracker = await repo.loadTracker(plan.title, period);
    const asOf = quarterJudgedOn(period, tracker.calendar, request.period, request.asOf);
    directionOfTravel.push({ period, asOf, atAGlance: buildReport(reportInputOf(tracker, asOf, { strings: request.strings })).atAGlance });
  }
  directionOfTravel.push({ period: request.period, asOf: request.asOf, atAGlance: report.document.atAGlance });
  const responses: Record<string, Stored<ChallengeResponse>> = {};
  (await repo.challengeResponses(plan.title, request.period)).forEach((stored) => (responses[stored.value.ref] = stored));
  return { report, directionOfTravel, responses };
}
