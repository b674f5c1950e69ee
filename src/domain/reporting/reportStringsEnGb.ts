import { pluralForm } from '../plurals';
import { IsoDate } from '../model';
import { dayMonthYear, MeasureOutcomes, onlyMiss, PlannedWork, portionOf, ReportStrings, RunColour } from './reportStrings';

/** The report's sentences in English (en-GB). */

function counted(n: number, one: string, other: string): string {
  return `${n} ${pluralForm('en', n, { one, other })}`;
}

const actions = (n: number): string => counted(n, 'action', 'actions');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "24 April 2020": the report's dates, as UK government style writes them. */
const day = (date: IsoDate): string => dayMonthYear(date, MONTHS);

function plannedWork({ planned, blueOrGreen }: PlannedWork): string {
  switch (portionOf(blueOrGreen.count, planned)) {
    case 'all':
      return `All planned work is blue or green (${actions(planned)})`;
    case 'none':
      return `None of the planned work is blue or green (${actions(planned)})`;
    default:
      return `${blueOrGreen.percent}% of planned work is blue or green (${blueOrGreen.count} of ${actions(planned)})`;
  }
}

const RATED = 'measures rated against a target';
const WITHIN = 'within the tolerance';
const BEYOND = 'by more than the tolerance';

function onlyMeasure(outcomes: MeasureOutcomes): string {
  const how = outcomes.met.count ? 'met it' : `missed it ${outcomes.missed.count ? WITHIN : BEYOND}`;
  return `The only measure rated against a target ${how}`;
}

function metClause({ rated, met }: MeasureOutcomes): string {
  switch (portionOf(met.count, rated)) {
    case 'all':
      return rated === 2 ? `Both ${RATED} met it` : `All ${rated} ${RATED} met it`;
    case 'none':
      return rated === 2 ? `Neither of the 2 ${RATED} met it` : `None of the ${rated} ${RATED} met it`;
    default:
      return `${met.count} of ${rated} ${RATED} met it (${met.percent}%)`;
  }
}

function missedClause(outcomes: MeasureOutcomes): string {
  const { rated, met, missed, missedWidely } = outcomes;
  if (missed.count && missedWidely.count) {
    return `${missed.count} missed it ${WITHIN} (${missed.percent}%) and ${missedWidely.count} ${BEYOND} (${missedWidely.percent}%)`;
  }
  const { share, widely } = onlyMiss(outcomes);
  const how = widely ? BEYOND : WITHIN;
  if (met.count > 0) {
    return `${share.count} missed it ${how} (${share.percent}%)`;
  }
  return rated === 2 ? `both missed it ${how}` : `all ${rated} missed it ${how}`;
}

function measuresAgainstTarget(outcomes: MeasureOutcomes): string {
  if (outcomes.rated === 1) {
    return onlyMeasure(outcomes);
  }
  const met = metClause(outcomes);
  return outcomes.met.count === outcomes.rated ? met : `${met}; ${missedClause(outcomes)}`;
}

function challenges(total: number, critical: number, important: number): string {
  const list = counted(total, 'performance challenge', 'performance challenges');
  if (critical && important) {
    return `${list}: ${critical} critical and ${important} important`;
  }
  const severity = critical ? 'critical' : 'important';
  if (total === 1) {
    return `${list}, which is ${severity}`;
  }
  return total === 2 ? `${list}, both ${severity}` : `${list}, all ${severity}`;
}

const RUN_COLOUR: Record<RunColour, string> = { Amber: 'AMBER', Red: 'RED', AmberAndRed: 'AMBER or RED' };

export const EN_GB: ReportStrings = {
  plannedWork,
  noPlannedWork: () => 'No planned work is in progress this quarter',
  measuresAgainstTarget,
  measuresNotRated: (n) =>
    `${counted(n, 'measure has', 'measures have')} a value but no target, so ${pluralForm('en', n, { one: 'it is', other: 'they are' })} not rated`,
  measuresWithoutData: (n) => `${counted(n, 'measure has', 'measures have')} no data this quarter`,
  actionsWithoutUpdate: (n) => `${counted(n, 'action has', 'actions have')} no update this quarter`,
  actionsAwaitingUpdate: (n, due) => `${counted(n, 'action has', 'actions have')} no update yet: updates are due by ${day(due)}`,
  actionsOverdue: (n) => (n === 0 ? 'No actions are overdue' : `${counted(n, 'action is', 'actions are')} overdue`),
  milestonesOverdue: (n) => (n === 0 ? 'No milestones are overdue' : `${counted(n, 'milestone is', 'milestones are')} overdue`),
  challenges,
  noChallenges: () => 'No performance challenges this quarter',
  redThisQuarter: (itemType) => (itemType === 'action' ? 'Reported RED this quarter.' : 'RED against target this quarter.'),
  missedAtYearEnd: () => 'Target missed at year end.',
  amberOrRedFor: (colour, quarters) => `This has been ${RUN_COLOUR[colour]} for ${counted(quarters, 'quarter', 'quarters')}.`,
  redToAmber: () => 'Moved from RED to AMBER.',
  redWithoutCommentary: () => 'RED with no commentary.'
};
