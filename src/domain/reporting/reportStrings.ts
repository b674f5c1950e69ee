import { IsoDate } from '../model';
import { ChallengeItemType } from './reportDocument';

/**
 * Every sentence the report writes, as one table per language (`EN_GB` in reportStringsEnGb.ts,
 * `CY_GB` in reportStringsCyGb.ts). Sentences are functions of the numbers: each language
 * chooses its own words for one, two, all and none, and its plural forms (plurals.ts).
 */

/** Which colours a run of Amber/Red quarters was made of. */
export type RunColour = 'Amber' | 'Red' | 'AmberAndRed';

/** A count and its whole percentage of the sentence's total (largest remainder). */
export interface Share {
  count: number;
  percent: number;
}

/** Planned work (Blue, Green, Amber, Red and no update): how much of it is Blue or Green. */
export interface PlannedWork {
  /** At least 1. */
  planned: number;
  blueOrGreen: Share;
}

/** Measures rated against a target (Green, Amber or Red) and how they fared. */
export interface MeasureOutcomes {
  /** At least 1: met + missed + missedWidely. */
  rated: number;
  /** Green: met the target. */
  met: Share;
  /** Amber: missed it within the tolerance. */
  missed: Share;
  /** Red: missed it by more than the tolerance. */
  missedWidely: Share;
}

export interface ReportStrings {
  plannedWork(work: PlannedWork): string;
  noPlannedWork(): string;
  measuresAgainstTarget(outcomes: MeasureOutcomes): string;
  /** `count` (at least 1) measures have a value but no target (NoTarget). */
  measuresNotRated(count: number): string;
  measuresWithoutData(count: number): string;
  actionsWithoutUpdate(count: number): string;
  /** `count` (at least 1) actions have no update yet, and updates are not due until `due`. */
  actionsAwaitingUpdate(count: number, due: IsoDate): string;
  /** Also for 0: the report always says whether actions are overdue. */
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

/** How much of a whole a part is, as sentences say it: every one, none of them, or some. */
export type Portion = 'all' | 'none' | 'some';

export function portionOf(part: number, whole: number): Portion {
  if (part === 0) {
    return 'none';
  }
  return part === whole ? 'all' : 'some';
}

/** Of the measures that missed (Amber or Red) when only one kind did: which share, and which kind. */
export function onlyMiss(outcomes: MeasureOutcomes): { share: Share; widely: boolean } {
  return outcomes.missed.count > 0 ? { share: outcomes.missed, widely: false } : { share: outcomes.missedWidely, widely: true };
}

/** A day as "24 April 2020", with each language's month names (January first). */
export function dayMonthYear(date: IsoDate, months: readonly string[]): string {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  return `${dayOfMonth} ${months[month - 1]} ${year}`;
}
