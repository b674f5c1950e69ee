import { ReportingPeriod, ReviewState, Update } from './model';
import { comparePeriods, parseFinancialYear, parseQuarter } from './periods';

/**
 * Where an update stands between its owner and its reviewer (SPEC §3: draft → submitted →
 * approved, or returned with a comment), and what an owner's save does to it. A lead's return
 * comment stays with the update, for the owner to read, until the owner submits again. An
 * approved update is never edited in place: a change is a new update, which goes to the lead for
 * review again (the approved one counts until it is decided).
 */

export type UpdateStage = 'none' | 'draft' | 'submitted' | 'returned' | 'approved';

function isOfPeriod(update: Update, period: ReportingPeriod): boolean {
  const financialYear = parseFinancialYear(update.financialYear);
  const quarter = parseQuarter(update.quarter);
  return !!financialYear && !!quarter && comparePeriods({ financialYear, quarter }, period) === 0;
}

const STAGE_OF: Record<ReviewState, UpdateStage> = { Draft: 'draft', Submitted: 'submitted', Returned: 'returned', Approved: 'approved' };

/**
 * The period's update as its owner sees it: the latest one recorded for the period, and its stage.
 * @param updates - the action's updates, in the order they were recorded.
 */
export function updateStage(updates: readonly Update[], period: ReportingPeriod): { stage: UpdateStage; update?: Update } {
  for (let index = updates.length - 1; index >= 0; index--) {
    if (isOfPeriod(updates[index], period)) {
      return { stage: STAGE_OF[updates[index].reviewState], update: updates[index] };
    }
  }
  return { stage: 'none' };
}

export type SaveIntent = 'draft' | 'submit';

/**
 * The review state (and comment) an owner's save leaves on the update they edit: submitting sends
 * it for review and answers the lead's comment; saving a draft of a returned update keeps it
 * returned, comment and all; any other draft is a Draft.
 */
export function reviewAfterSave(editing: Pick<Update, 'reviewState' | 'reviewComment'> | undefined, intent: SaveIntent): Pick<Update, 'reviewState' | 'reviewComment'> {
  if (intent === 'submit') {
    return { reviewState: 'Submitted' };
  }
  if (editing && editing.reviewState === 'Returned') {
    return editing.reviewComment === undefined ? { reviewState: 'Returned' } : { reviewState: 'Returned', reviewComment: editing.reviewComment };
  }
  return { reviewState: 'Draft' };
}
