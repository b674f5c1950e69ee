import { IsoDate } from '../model';
import { largestRemainder } from './largestRemainder';
import { ActionCounts, MeasureCounts, OverdueItem, ReportChallenge } from './reportDocument';
import { ReportStrings } from './reportStrings';
import { EN_GB } from './reportStringsEnGb';

/**
 * Headline sentences written from the report's numbers (SPEC §4.4), never typed.
 *
 * "Planned work" is the actions that should be moving this quarter: Blue, Green, Amber, Red and
 * those with no update. Not due (not started) and Withdrawn actions are not planned work, so
 * they neither help nor hurt the figure. A missing update counts against it: work that was not
 * reported cannot be called on track.
 *
 * Measures are judged only where there is a value and a target: "met" is Green, "missed it
 * within the tolerance" is Amber and "by more than the tolerance" is Red; the three percentages
 * are rounded together so they sum to 100. A value with no target (NoTarget) is not rated: it
 * has a sentence of its own, apart from the measures with no data.
 */

export interface HeadlineFacts {
  actions: ActionCounts;
  /**
   * When the quarter's updates are not due yet (the report is judged on or before the due
   * date): that date. Actions without an update are then awaited, not missing.
   */
  updatesDueLater?: IsoDate;
  measures: MeasureCounts;
  overdue: readonly OverdueItem[];
  challenges: readonly ReportChallenge[];
}

function plannedWorkHeadline(actions: ActionCounts, strings: ReportStrings): string {
  const blueOrGreen = actions.Blue + actions.Green;
  const planned = blueOrGreen + actions.Amber + actions.Red + actions.NoUpdate;
  if (planned === 0) {
    return strings.noPlannedWork();
  }
  const [percent] = largestRemainder([blueOrGreen, planned - blueOrGreen]);
  return strings.plannedWork({ planned, blueOrGreen: { count: blueOrGreen, percent } });
}

function measureHeadlines(measures: MeasureCounts, strings: ReportStrings): string[] {
  const headlines: string[] = [];
  const rated = measures.Green + measures.Amber + measures.Red;
  if (rated > 0) {
    const [metPercent, missedPercent, missedWidelyPercent] = largestRemainder([measures.Green, measures.Amber, measures.Red]);
    headlines.push(
      strings.measuresAgainstTarget({
        rated,
        met: { count: measures.Green, percent: metPercent },
        missed: { count: measures.Amber, percent: missedPercent },
        missedWidely: { count: measures.Red, percent: missedWidelyPercent }
      })
    );
  }
  if (measures.NoTarget > 0) {
    headlines.push(strings.measuresNotRated(measures.NoTarget));
  }
  if (measures.NoData > 0) {
    headlines.push(strings.measuresWithoutData(measures.NoData));
  }
  return headlines;
}

/**
 * The report's headlines, in a fixed order: planned work; measures against target; measures not
 * rated (when any); measures without data (when any); actions without an update (when any: awaited
 * with the due date before it, missing after);
 * overdue actions (always); overdue milestones (when any); performance challenges.
 */
export function buildHeadlines(facts: HeadlineFacts, strings: ReportStrings = EN_GB): string[] {
  const headlines = [plannedWorkHeadline(facts.actions, strings)].concat(measureHeadlines(facts.measures, strings));
  if (facts.actions.NoUpdate > 0) {
    const count = facts.actions.NoUpdate;
    headlines.push(facts.updatesDueLater ? strings.actionsAwaitingUpdate(count, facts.updatesDueLater) : strings.actionsWithoutUpdate(count));
  }
  headlines.push(strings.actionsOverdue(facts.overdue.filter((item) => item.itemType === 'action').length));
  const overdueMilestones = facts.overdue.filter((item) => item.itemType === 'milestone').length;
  if (overdueMilestones > 0) {
    headlines.push(strings.milestonesOverdue(overdueMilestones));
  }
  const critical = facts.challenges.filter((challenge) => challenge.severity === 'critical').length;
  headlines.push(
    facts.challenges.length === 0
      ? strings.noChallenges()
      : strings.challenges(facts.challenges.length, critical, facts.challenges.length - critical)
  );
  return headlines;
}
