import { ChallengeItemType } from './reportDocument';

/**
 * Every sentence the report writes, in one table per language. Sentences are functions of the
 * numbers because plural forms differ by language (Welsh has six); add `CY_GB` beside `EN_GB`.
 */

/** Which colours a run of Amber/Red quarters was made of. */
export type RunColour = 'Amber' | 'Red' | 'AmberAndRed';

export interface MeasureOutcomeCounts {
  withData: number;
  met: number;
  metPercent: number;
  missed: number;
  missedPercent: number;
  missedWidely: number;
  missedWidelyPercent: number;
}

export interface ReportStrings {
  plannedWorkBlueOrGreen(percent: number): string;
  noPlannedWork(): string;
  measuresAgainstTarget(counts: MeasureOutcomeCounts): string;
  measuresWithoutData(count: number): string;
  actionsWithoutUpdate(count: number): string;
  actionsOverdue(count: number): string;
  milestonesOverdue(count: number): string;
  challenges(total: number, critical: number, important: number): string;
  noChallenges(): string;
  redThisQuarter(itemType: ChallengeItemType): string;
  missedAtYearEnd(): string;
  amberOrRedFor(colour: RunColour, quarters: number): string;
  redToAmber(): string;
  redWithoutCommentary(): string;
}

function count(n: number, one: string, other: string): string {
  return `${n} ${n === 1 ? one : other}`;
}

const RUN_COLOUR_EN: Record<RunColour, string> = { Amber: 'AMBER', Red: 'RED', AmberAndRed: 'AMBER or RED' };

export const EN_GB: ReportStrings = {
  plannedWorkBlueOrGreen: (percent) => `${percent}% of planned work is blue or green`,
  noPlannedWork: () => 'No planned work is in progress this quarter',
  measuresAgainstTarget: (c) =>
    `Out of ${count(c.withData, 'measure', 'measures')} ${c.met} (${c.metPercent}%) met target; ` +
    `${c.missed} (${c.missedPercent}%) missed it, ${c.missedWidely} (${c.missedWidelyPercent}%) by more than the tolerance`,
  measuresWithoutData: (n) => `${count(n, 'measure has', 'measures have')} no data this quarter`,
  actionsWithoutUpdate: (n) => `${count(n, 'action has', 'actions have')} no update this quarter`,
  actionsOverdue: (n) => (n === 0 ? 'No actions are overdue' : `${count(n, 'action is', 'actions are')} overdue`),
  milestonesOverdue: (n) => (n === 0 ? 'No milestones are overdue' : `${count(n, 'milestone is', 'milestones are')} overdue`),
  challenges: (total, critical, important) => {
    const challenges = count(total, 'performance challenge', 'performance challenges');
    if (!important) return `${challenges}, ${total === 1 ? 'critical' : 'all critical'}`;
    if (!critical) return `${challenges}, ${total === 1 ? 'important' : 'all important'}`;
    return `${challenges}: ${critical} critical and ${important} important`;
  },
  noChallenges: () => 'No performance challenges this quarter',
  redThisQuarter: (itemType) => (itemType === 'action' ? 'Reported RED this quarter.' : 'RED against target this quarter.'),
  missedAtYearEnd: () => 'Target missed at year end.',
  amberOrRedFor: (colour, quarters) => `This has been ${RUN_COLOUR_EN[colour]} for ${quarters} quarters.`,
  redToAmber: () => 'Moved from RED to AMBER.',
  redWithoutCommentary: () => 'RED with no commentary.'
};
