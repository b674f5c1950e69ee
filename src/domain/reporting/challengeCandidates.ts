import { Action, FinancialYearLabel, Measure, MeasureValue, ReportingPeriod, Update } from '../model';
import { previousPeriod } from '../periods';
import { actionStatusForPeriod, countingUpdate, StatusContext } from '../status';
import { ChallengeCandidate, Standing } from './challenges';
import { measureRagFor } from './measureRows';

/**
 * What each action and measure showed quarter by quarter, newest first, as the challenge rules
 * need it. Looking back stops at the first quarter that was neither Amber nor Red (one quarter
 * back is always read, to see a move from Red to Amber), so it crosses financial-year
 * boundaries but never runs further than the data.
 */

function isAmberOrRed(standing: Standing): boolean {
  return standing === 'Amber' || standing === 'Red';
}

/**
 * Walks back from `period`, asking `standingAt` for each earlier quarter until the run of Amber
 * and Red ends or `standingAt` knows nothing (`undefined`).
 */
function historyFrom(now: Standing, period: ReportingPeriod, standingAt: (period: ReportingPeriod) => Standing | undefined): Standing[] {
  const history: Standing[] = [now];
  let cursor = period;
  for (;;) {
    cursor = previousPeriod(cursor);
    const standing = standingAt(cursor);
    if (standing === undefined) {
      return history;
    }
    history.push(standing);
    if (!isAmberOrRed(now) || !isAmberOrRed(standing)) {
      return history;
    }
  }
}

function hasText(text: string | undefined): boolean {
  return !!text && text.trim().length > 0;
}

/**
 * An action as a challenge candidate. This quarter's status is the report's (with carry-forward
 * and "no update"); earlier quarters count only what was reported and counts (submitted or
 * approved), an earlier quarter without one being "no update".
 * @param updates - this action's updates, all periods.
 */
export function actionCandidate(
  action: Action,
  updates: readonly Update[],
  period: ReportingPeriod,
  context: StatusContext
): ChallengeCandidate {
  const now = actionStatusForPeriod(action, updates, period, context);
  const current = countingUpdate(updates, period);
  return {
    itemType: 'action',
    itemRef: action.ref,
    objectiveRef: action.objectiveRef,
    title: action.title,
    history: historyFrom(now, period, (earlier) => {
      const update = countingUpdate(updates, earlier);
      return update ? update.status : 'NoUpdate';
    }),
    hasCommentary: !!current && hasText(current.progress)
  };
}

/**
 * A measure as a challenge candidate. Quarterly measures look back quarter by quarter, into
 * earlier financial years only where that year's definition (its target) is known; annual
 * measures are judged on this year's outturn alone.
 * @param values - this measure's values, this year and earlier.
 * @param definitionFor - the measure's definition for an earlier financial year, if known.
 */
export function measureCandidate(
  measure: Measure,
  period: ReportingPeriod,
  values: readonly MeasureValue[],
  definitionFor: (financialYear: FinancialYearLabel) => Measure | undefined
): ChallengeCandidate {
  const now = measureRagFor(measure, period.quarter, values);
  const history =
    measure.frequency === 'Annual'
      ? [now]
      : historyFrom(now, period, (earlier) => {
          const definition = earlier.financialYear === period.financialYear ? measure : definitionFor(earlier.financialYear);
          return definition && definition.frequency !== 'Annual' ? measureRagFor(definition, earlier.quarter, values) : undefined;
        });
  return {
    itemType: 'measure',
    itemRef: measure.ref,
    objectiveRef: measure.objectiveRef,
    title: measure.title,
    history,
    hasCommentary: true
  };
}
