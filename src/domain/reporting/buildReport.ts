import {
  Action,
  IsoDate,
  Measure,
  MeasureValue,
  Milestone,
  Objective,
  Plan,
  ReportingPeriod,
  Risk,
  Update
} from '../model';
import { parseFinancialYear } from '../periods';
import { actionStatusForPeriod, StatusContext } from '../status';
import { buildAtAGlance } from './atAGlance';
import { actionCandidate, measureCandidate } from './challengeCandidates';
import { detectChallenges } from './challenges';
import { buildHeadlines } from './headlines';
import { measureRagFor, reportMeasureRow } from './measureRows';
import { groupBy } from './groupBy';
import { compareRefs, objectiveOrder } from './naturalOrder';
import { ActionWithStatus, overdueItems } from './overdue';
import { documentPeriod, documentPlan, ReportDocument } from './reportDocument';
import { ReportStrings } from './reportStrings';
import { EN_GB } from './reportStringsEnGb';
import { riskRows } from './riskRows';

/** Everything one plan's quarterly report is built from. Time is passed in, never read. */
export interface ReportInput {
  /** The plan reported on; the document names it (title, type, years). */
  plan: Plan;
  period: ReportingPeriod;
  /** The day statuses are judged on (the report date, or today). */
  asOf: IsoDate;
  /** The reporting calendar's due date for this period's updates. */
  updatesDue: IsoDate;
  /** The plan's objectives, in the plan's order. */
  objectives: readonly Objective[];
  actions: readonly Action[];
  /** Updates of any period and review state; the rules pick the ones that count. */
  updates: readonly Update[];
  /**
   * Measure definitions. Those of the report's financial year make the measures table and
   * counts; earlier years' definitions, when given, let challenges count Amber/Red quarters
   * back across the year boundary (without them the count stops at 1 April).
   */
  measures: readonly Measure[];
  /** Measure values of this and earlier years (earlier ones give Q1 trends and history). */
  measureValues: readonly MeasureValue[];
  milestones: readonly Milestone[];
  /** The risk register; rows linked to one of the plan's objectives are reported. */
  risks: readonly Risk[];
  /** The language of headlines and challenge reasons; en-GB by default. */
  strings?: ReportStrings;
}

/** Compares financial years however they were written (`2017-18`, `2017/18`). */
function sameYear(a: string, b: string): boolean {
  const year = parseFinancialYear(a);
  return year !== undefined && year === parseFinancialYear(b);
}

/**
 * Builds the quarterly report (SPEC §4.4) as the §6 document: status at a glance, headlines,
 * the measures table, the performance challenge list, overdue items and risks.
 */
export function buildReport(input: ReportInput): ReportDocument {
  const { period, asOf, objectives } = input;
  const strings = input.strings || EN_GB;
  const context: StatusContext = { updatesDue: input.updatesDue, asOf };
  const byObjective = objectiveOrder(objectives);
  const updatesByAction = groupBy(input.updates, (update) => update.actionRef);
  const valuesByMeasure = groupBy(input.measureValues, (value) => value.measureRef);
  const updatesOf = (action: Action): Update[] => updatesByAction.get(action.ref) || [];
  const valuesOf = (measure: Measure): MeasureValue[] => valuesByMeasure.get(measure.ref) || [];

  const actions = input.actions
    .slice()
    .sort((a, b) => byObjective(a.objectiveRef, b.objectiveRef) || compareRefs(a.ref, b.ref));
  const measures = input.measures
    .filter((measure) => sameYear(measure.financialYear, period.financialYear))
    .sort((a, b) => byObjective(a.objectiveRef, b.objectiveRef) || compareRefs(a.ref, b.ref));

  const actionStatuses: ActionWithStatus[] = actions.map((action) => ({
    action,
    status: actionStatusForPeriod(action, updatesOf(action), period, context)
  }));
  const atAGlance = buildAtAGlance(
    objectives,
    actionStatuses.map(({ action, status }) => ({ objectiveRef: action.objectiveRef, status })),
    measures.map((measure) => ({ objectiveRef: measure.objectiveRef, rag: measureRagFor(measure, period.quarter, valuesOf(measure)) }))
  );

  const definitionsByRef = groupBy(input.measures, (measure) => measure.ref);
  const challenges = detectChallenges(
    period,
    objectives,
    actions
      .map((action) => actionCandidate(action, updatesOf(action), period, context))
      .concat(
        measures.map((measure) =>
          measureCandidate(measure, period, valuesOf(measure), (year) =>
            (definitionsByRef.get(measure.ref) || []).filter((definition) => sameYear(definition.financialYear, year))[0]
          )
        )
      ),
    strings
  );
  const overdue = overdueItems(actionStatuses, input.milestones, asOf);

  return {
    period: documentPeriod(period),
    plan: documentPlan(input.plan),
    asOf,
    atAGlance,
    headlines: buildHeadlines({
      actions: atAGlance.total.actions,
      measures: atAGlance.total.measures,
      // The status rule's own line: an update is missing only once asOf is past its due date.
      updatesDueLater: asOf > input.updatesDue ? undefined : input.updatesDue,
      overdue,
      challenges
    }, strings),
    measures: measures.map((measure) => reportMeasureRow(measure, period.quarter, valuesOf(measure))),
    challenges,
    overdue,
    risks: riskRows(input.risks, objectives)
  };
}
