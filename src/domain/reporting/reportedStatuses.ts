import { ReportedStatus, ReportingPeriod, Update } from '../model';
import { comparePeriods, nextPeriod, parsePeriodKey, periodKey } from '../periods';
import { countingUpdate, isCountingUpdate } from '../status';

/**
 * What the report reads of an action's updates, kept on the action (its ReportedStatuses column)
 * so a report reads one row per action instead of one per action per quarter: for each quarter,
 * the status of the update that counts (SPEC §4.4) and whether it carries commentary — the only
 * parts of an update the report uses. Written as the first quarter with a counting update, then
 * one letter per quarter: `2017-18 Q3:GaR.B` — B G A R N W for Blue, Green, Amber, Red, Not due,
 * Withdrawn; lower case when the update has no progress commentary; `.` when no update counts.
 * An action none of whose updates counts holds `none`, so an empty column means "never worked out".
 */

export interface ReportedQuarter {
  period: ReportingPeriod;
  status: ReportedStatus;
  commentary: boolean;
}

const LETTERS: ReadonlyArray<readonly [ReportedStatus, string]> = [
  ['Blue', 'B'], ['Green', 'G'], ['Amber', 'A'], ['Red', 'R'], ['NotDue', 'N'], ['Withdrawn', 'W']
];
const NONE = '.';

const hasText = (text: string | undefined): boolean => !!text && text.trim() !== '';

function periodsOf(updates: readonly Update[]): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  updates.filter(isCountingUpdate).forEach((update) => {
    const period = parsePeriodKey(periodKey(update));
    if (period && !periods.some((known) => comparePeriods(known, period) === 0)) {
      periods.push(period);
    }
  });
  return periods.sort(comparePeriods);
}

export const NONE_COUNTS = 'none';

/** One action's updates (any review states) as its ReportedStatuses text. */
export function encodeReportedStatuses(updates: readonly Update[]): string {
  const periods = periodsOf(updates);
  if (periods.length === 0) {
    return NONE_COUNTS;
  }
  let letters = '';
  for (let period = periods[0]; comparePeriods(period, periods[periods.length - 1]) <= 0; period = nextPeriod(period)) {
    const counting = countingUpdate(updates, period);
    const letter = counting ? LETTERS.filter((pair) => pair[0] === counting.status)[0][1] : NONE;
    letters += counting && !hasText(counting.progress) ? letter.toLowerCase() : letter;
  }
  return `${periodKey(periods[0])}:${letters}`;
}

/** The quarters an action's ReportedStatuses text holds, oldest first; text it cannot read holds none. */
export function decodeReportedStatuses(text: string | undefined): ReportedQuarter[] {
  const match = /^(\d{4}-\d{2} Q[1-4]):([BGARNWbgarnw.]+)$/.exec((text || '').trim());
  const first = match ? parsePeriodKey(match[1]) : undefined;
  if (!match || !first) {
    return [];
  }
  const quarters: ReportedQuarter[] = [];
  let period = first;
  for (const letter of match[2]) {
    const pair = LETTERS.filter((entry) => entry[1] === letter.toUpperCase())[0];
    if (pair) {
      quarters.push({ period, status: pair[0], commentary: letter === pair[1] });
    }
    period = nextPeriod(period);
  }
  return quarters;
}

/** Stands for the commentary a counted update had: the report asks only whether there was some. */
export const COMMENTARY_GIVEN = '(commentary given)';

/**
 * The updates a report counts for an action in `periods`, rebuilt from its reported quarters:
 * each counts (Approved), with its status, and with commentary when it had some. Nothing else of
 * an update bears on the report's figures (domain/status, reporting/challengeCandidates).
 */
export function countedUpdates(actionRef: string, quarters: readonly ReportedQuarter[], periods: readonly ReportingPeriod[]): Update[] {
  return quarters
    .filter((quarter) => periods.some((period) => comparePeriods(period, quarter.period) === 0))
    .map((quarter) => {
      const update: Update = { actionRef, financialYear: quarter.period.financialYear, quarter: quarter.period.quarter, status: quarter.status, reviewState: 'Approved' };
      return quarter.commentary ? { ...update, progress: COMMENTARY_GIVEN } : update;
    });
}
