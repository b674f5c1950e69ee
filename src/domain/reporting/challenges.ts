import { ActionStatus, Objective, Rag, ReportingPeriod } from '../model';
import { compareRefs, objectiveOrder } from './naturalOrder';
import { ChallengeItemType, ChallengeReason, ReportChallenge } from './reportDocument';
import { ReportStrings, RunColour } from './reportStrings';
import { EN_GB } from './reportStringsEnGb';

/**
 * The performance challenge list (SPEC §4.4). Critical: Red this quarter (actions and
 * measures), and measures that missed their target at year end (Amber or Red in Q4). Important:
 * Amber or Red for two or more quarters in a row, moved from Red to Amber, Red with no
 * commentary. Each item appears once, at its highest severity, with every reason that applies.
 */

/** An action status or a measure RAG: what an item showed in one quarter. */
export type Standing = ActionStatus | Rag;

/** An item that may be challenged, with what it showed quarter by quarter. */
export interface ChallengeCandidate {
  itemType: ChallengeItemType;
  itemRef: string;
  objectiveRef: string;
  title: string;
  /**
   * Newest first: this quarter (always present), the quarter before, … as far back as needed
   * (at least while Amber or Red). The quarter before may be missing when nothing is known.
   */
  history: readonly Standing[];
  /** Whether this quarter's status carries progress commentary (only Red actions are checked). */
  hasCommentary: boolean;
}

const CRITICAL_REASONS: readonly ChallengeReason[] = ['RedThisQuarter', 'MissedAtYearEnd'];

function isAmberOrRed(standing: Standing | undefined): boolean {
  return standing === 'Amber' || standing === 'Red';
}

/** How many quarters in a row, ending with this one, the item has been Amber or Red. */
export function amberOrRedRun(history: readonly Standing[]): number {
  let run = 0;
  while (run < history.length && isAmberOrRed(history[run])) {
    run++;
  }
  return run;
}

/** The reasons, in writing order, that put a candidate on the list for `period`. */
export function challengeReasons(candidate: ChallengeCandidate, period: ReportingPeriod): ChallengeReason[] {
  const now = candidate.history[0];
  const reasons: ChallengeReason[] = [];
  if (now === 'Red') {
    reasons.push('RedThisQuarter');
  }
  if (candidate.itemType === 'measure' && period.quarter === 'Q4' && isAmberOrRed(now)) {
    reasons.push('MissedAtYearEnd');
  }
  if (amberOrRedRun(candidate.history) >= 2) {
    reasons.push('AmberOrRedForQuarters');
  }
  if (now === 'Amber' && candidate.history[1] === 'Red') {
    reasons.push('RedToAmber');
  }
  if (now === 'Red' && candidate.itemType === 'action' && !candidate.hasCommentary) {
    reasons.push('RedWithoutCommentary');
  }
  return reasons;
}

function runColour(history: readonly Standing[], run: number): RunColour {
  const colours = history.slice(0, run);
  if (colours.every((standing) => standing === 'Amber')) {
    return 'Amber';
  }
  return colours.every((standing) => standing === 'Red') ? 'Red' : 'AmberAndRed';
}

function reasonText(reason: ChallengeReason, candidate: ChallengeCandidate, strings: ReportStrings): string {
  switch (reason) {
    case 'RedThisQuarter':
      return strings.redThisQuarter(candidate.itemType);
    case 'MissedAtYearEnd':
      return strings.missedAtYearEnd();
    case 'AmberOrRedForQuarters': {
      const run = amberOrRedRun(candidate.history);
      return strings.amberOrRedFor(runColour(candidate.history, run), run);
    }
    case 'RedToAmber':
      return strings.redToAmber();
    default:
      return strings.redWithoutCommentary();
  }
}

/** The priority code in challenge references: the objective's code, else its ref in capitals without punctuation. */
export function objectiveCode(objectiveRef: string, objectives: readonly Objective[]): string {
  const objective = objectives.filter((candidate) => candidate.ref === objectiveRef)[0];
  const code = objective && objective.code ? objective.code.trim() : '';
  return code || objectiveRef.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * Orders candidates as references are numbered: objective (plan order), then actions before
 * measures, then natural reference order.
 */
export function challengeOrder(objectives: readonly Objective[]): (a: ChallengeCandidate, b: ChallengeCandidate) => number {
  const byObjective = objectiveOrder(objectives);
  return (a, b) =>
    byObjective(a.objectiveRef, b.objectiveRef) ||
    (a.itemType === b.itemType ? 0 : a.itemType === 'action' ? -1 : 1) ||
    compareRefs(a.itemRef, b.itemRef);
}

/**
 * The challenge list for `period`, in reference order. References are the quarter, the
 * objective's code and a two-digit sequence that restarts for each code: `Q4E01`, `Q4E02` …
 */
export function detectChallenges(
  period: ReportingPeriod,
  objectives: readonly Objective[],
  candidates: readonly ChallengeCandidate[],
  strings: ReportStrings = EN_GB
): ReportChallenge[] {
  const sequenceByCode = new Map<string, number>();
  const order = challengeOrder(objectives);
  return candidates
    .map((candidate) => ({ candidate, reasons: challengeReasons(candidate, period) }))
    .filter((entry) => entry.reasons.length > 0)
    .sort((a, b) => order(a.candidate, b.candidate))
    .map(({ candidate, reasons }): ReportChallenge => {
      const code = objectiveCode(candidate.objectiveRef, objectives);
      const sequence = (sequenceByCode.get(code) || 0) + 1;
      sequenceByCode.set(code, sequence);
      return {
        ref: `${period.quarter}${code}${String(sequence).padStart(2, '0')}`,
        severity: reasons.some((reason) => CRITICAL_REASONS.indexOf(reason) >= 0) ? 'critical' : 'important',
        itemType: candidate.itemType,
        itemRef: candidate.itemRef,
        reason: reasons.map((reason) => reasonText(reason, candidate, strings)).join(' '),
        title: candidate.title,
        objectiveRef: candidate.objectiveRef,
        status: candidate.history[0],
        reasons,
        consecutiveQuarters: amberOrRedRun(candidate.history),
        remedialResponse: null
      };
    });
}
