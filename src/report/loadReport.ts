import { IsoDate, Plan, ReportingPeriod } from '../domain/model';
import { choosePlan, periodProblem } from '../domain/plans';
import { buildReport, ReportDocument, ReportInput, ReportStrings } from '../domain/reporting';
import { reportActionRows, ReportActionRow } from '../domain/reporting/actionRows';
import { NotFoundError, TrackerError, ValidationError } from '../data/errors';
import { ITrackerReader, PlanTracker, Stored } from '../data/ITrackerRepository';
import { reportInputOf } from './reportInput';

/**
 * The quarterly report use case (SPEC §4.4, §6): one plan's tracker for a period, read through the
 * repository and judged as at one day. The CLI, local mode's pages, the dashboard and the
 * reminder job all build their report here, so every surface shows the same figures.
 */

export interface ReportRequest {
  /** The plan's title; without it, the one plan that covers the period's year. */
  plan?: string;
  period: ReportingPeriod;
  /** The day statuses are judged on: the caller's clock (today, the demo clock, `--as-of`). */
  asOf: IsoDate;
  strings?: ReportStrings;
}

export interface LoadedReport {
  plan: Plan;
  tracker: PlanTracker;
  input: ReportInput;
  document: ReportDocument;
  /** One row per action with its status and whether it is overdue (the CSV and Excel data). */
  actionRows: ReportActionRow[];
}

/** Several plans cover the year and none was named: the caller must choose. */
export class PlanNotChosenError extends TrackerError {
  public constructor(public readonly year: string, public readonly candidates: readonly string[]) {
    super(`${candidates.length} plans cover ${year}; choose one: ${candidates.map((title) => `"${title}"`).join(', ')}.`);
  }
}

function chosenPlan(plans: readonly Stored<Plan>[], request: Pick<ReportRequest, 'plan' | 'period'>): Plan {
  const choice = choosePlan(plans.map((stored) => stored.value), request.plan, request.period.financialYear);
  switch (choice.kind) {
    case 'found':
      return choice.plan;
    case 'unknown':
      throw new NotFoundError(`Plan "${choice.wanted}" (plans on this site: ${plans.map((stored) => stored.value.title).join('; ') || 'none'})`);
    case 'none':
      throw new NotFoundError(`A plan covering ${request.period.financialYear}`);
    default:
      throw new PlanNotChosenError(request.period.financialYear, choice.candidates.map((plan) => plan.title));
  }
}

/**
 * Reads the requested plan with `read`. A named plan is read straight away (the tracker's first
 * `$batch` finds it by title). The plans are listed only to choose one, or when the name finds
 * none: then to match it whatever its case, or to say which plans the site has.
 */
export async function readChosenPlan<T>(reader: ITrackerReader, request: Pick<ReportRequest, 'plan' | 'period'>, read: (planTitle: string) => Promise<T>): Promise<T> {
  if (request.plan) {
    try {
      return await read(request.plan);
    } catch (error) {
      if (!(error instanceof NotFoundError)) {
        throw error;
      }
    }
  }
  const plan = chosenPlan(await reader.listPlans(), request);
  return read(plan.title);
}

/**
 * The report of a tracker read for it (loadReport's one computation; the dashboard's too). A
 * period that is not one of the plan's quarters, or has not begun, is refused with a sentence,
 * never reported as overdue.
 */
export function reportOf(tracker: PlanTracker, request: ReportRequest): LoadedReport {
  const refused = periodProblem(tracker.plan.value, request.period, request.asOf);
  if (refused) {
    throw new ValidationError([refused]);
  }
  const input = reportInputOf(tracker, request.asOf, { strings: request.strings });
  return { plan: tracker.plan.value, tracker, input, document: buildReport(input), actionRows: reportActionRows(input) };
}

/** The quarterly report of one plan and period, read with the report's own narrow reads (ITrackerReader.loadReportTracker). */
export async function loadReport(reader: ITrackerReader, request: ReportRequest): Promise<LoadedReport> {
  return reportOf(await readChosenPlan(reader, request, (title) => reader.loadReportTracker(title, request.period)), request);
}
