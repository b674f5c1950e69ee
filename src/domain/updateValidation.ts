import { formatDate, isIsoDate } from './calendarDate';
import { IsoDate, REPORTED_STATUSES, ReportedStatus, REVIEW_STATES, Update } from './model';
import { parseFinancialYear, parseQuarter } from './periods';
import { isBlankText } from './richText';

/**
 * What an update must hold (SPEC §4.2), as problems a person can act on. Type and format problems
 * apply to every update. What a status requires (commentary and a remedial action for Red and
 * Amber, evidence for Blue, a reason for Withdrawn) applies only to a Submitted update:
 * - a Draft or a Returned update is still being written, so it may be incomplete;
 * - an Approved update was complete when submitted, or came in by import (SPEC §4.4), where
 *   old trackers hold Red rows without commentary; the report flags those rather than refusing them.
 * Check a draft before the Submit button with `validateForSubmission`.
 */

/** One thing wrong with an update, attached to the field the person needs to fix. */
export interface FieldProblem {
  field: keyof Update;
  /** Names the rule broken, so a surface can say it in the page's language (`message` is English). */
  code: UpdateProblemCode;
  message: string;
  /** What the sentence names: the status (`Red`, `Amber`) or the earliest date allowed. */
  args?: Readonly<Record<string, string>>;
}

export type UpdateProblemCode =
  | 'noAction' | 'badYear' | 'badQuarter' | 'badStatus' | 'badReviewState'
  | 'badRevisedDate' | 'revisedDateTooEarly'
  | 'needsProgress' | 'needsRemedialAction' | 'needsWithdrawnReason' | 'blueNeedsEvidence';

/** Options for `validateUpdate`. */
export interface UpdateValidationOptions {
  /** The earliest revised date that may be asked for (e.g. the quarter's start, or today). */
  allowRevisedDateBefore?: IsoDate;
}

const STATUS_WORDS: Record<ReportedStatus, string> = {
  Blue: 'Blue (complete)',
  Green: 'Green (on track)',
  Amber: 'Amber (some slippage)',
  Red: 'Red (off track)',
  NotDue: 'Not due',
  Withdrawn: 'Withdrawn'
};

function isReportedStatus(status: string): status is ReportedStatus {
  return (REPORTED_STATUSES as readonly string[]).indexOf(status) >= 0;
}

function formatProblems(update: Update, options: UpdateValidationOptions): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (isBlankText(update.actionRef)) {
    problems.push({ field: 'actionRef', code: 'noAction', message: 'Say which action this update is for.' });
  }
  if (typeof update.financialYear !== 'string' || parseFinancialYear(update.financialYear) === undefined) {
    problems.push({
      field: 'financialYear',
      code: 'badYear',
      message: `"${String(update.financialYear)}" is not a financial year: write it like 2017-18.`
    });
  }
  if (typeof update.quarter !== 'string' || parseQuarter(update.quarter) === undefined) {
    problems.push({ field: 'quarter', code: 'badQuarter', message: `"${String(update.quarter)}" is not a quarter: choose Q1, Q2, Q3 or Q4.` });
  }
  if (!isReportedStatus(update.status)) {
    const words = REPORTED_STATUSES.map((status) => STATUS_WORDS[status]);
    const choices = `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
    problems.push({ field: 'status', code: 'badStatus', message: `"${String(update.status)}" is not a status you can report: choose ${choices}.` });
  }
  if ((REVIEW_STATES as readonly string[]).indexOf(update.reviewState) < 0) {
    problems.push({
      field: 'reviewState',
      code: 'badReviewState',
      message: `"${String(update.reviewState)}" is not a review state: it must be Draft, Submitted, Approved or Returned.`
    });
  }
  problems.push(...revisedDateProblems(update.revisedDate, options.allowRevisedDateBefore));
  return problems;
}

function revisedDateProblems(revisedDate: string | undefined, earliest: IsoDate | undefined): FieldProblem[] {
  // A cleared date box means no revised date is asked for.
  if (revisedDate === undefined || revisedDate === null || String(revisedDate).trim() === '') {
    return [];
  }
  if (typeof revisedDate !== 'string' || !isIsoDate(revisedDate)) {
    const message = `"${String(revisedDate)}" is not a real date: pick the revised date from the calendar.`;
    return [{ field: 'revisedDate', code: 'badRevisedDate', message }];
  }
  if (earliest !== undefined && isIsoDate(earliest) && revisedDate < earliest) {
    return [{ field: 'revisedDate', code: 'revisedDateTooEarly', args: { earliest }, message: `The revised date cannot be before ${formatDate(earliest)}.` }];
  }
  return [];
}

function requiredForStatus(update: Update & { status: ReportedStatus }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (update.status === 'Red' || update.status === 'Amber') {
    const anUpdate = update.status === 'Red' ? 'A Red update' : 'An Amber update';
    if (isBlankText(update.progress)) {
      problems.push({
        field: 'progress',
        code: 'needsProgress',
        args: { status: update.status },
        message: `${anUpdate} needs progress commentary: say what has happened and why it has slipped.`
      });
    }
    if (isBlankText(update.remedialAction)) {
      problems.push({
        field: 'remedialAction',
        code: 'needsRemedialAction',
        args: { status: update.status },
        message: `${anUpdate} needs a remedial action: say what will be done to get back on track.`
      });
    }
  }
  if (update.status === 'Withdrawn' && isBlankText(update.withdrawnReason)) {
    problems.push({
      field: 'withdrawnReason',
      code: 'needsWithdrawnReason',
      message: 'A Withdrawn update needs a reason: say why the action no longer applies.'
    });
  }
  return problems;
}

/**
 * SPEC §4.2 as validation before submit, with messages a person understands. Returns no
 * problems when the update may be saved in its review state.
 */
export function validateUpdate(update: Update, options: UpdateValidationOptions = {}): FieldProblem[] {
  const problems = formatProblems(update, options);
  if (update.reviewState === 'Submitted' && isReportedStatus(update.status)) {
    problems.push(...requiredForStatus(update));
  }
  return problems;
}

/** The problems that would stop this update (typically a draft) from being submitted now. */
export function validateForSubmission(update: Update, options: UpdateValidationOptions = {}): FieldProblem[] {
  return validateUpdate({ ...update, reviewState: 'Submitted' }, options);
}

/**
 * What an update *should* carry but may be submitted without (SPEC §4.2: "Blue should carry
 * evidence of completion"). The form shows these as warnings; they never block a submission.
 */
export function submissionAdvice(update: Update): FieldProblem[] {
  if (update.status === 'Blue' && isBlankText(update.evidence)) {
    return [{
      field: 'evidence',
      code: 'blueNeedsEvidence',
      message: 'A Blue (complete) update should carry evidence of completion: link to or describe what shows the action is done.'
    }];
  }
  return [];
}
