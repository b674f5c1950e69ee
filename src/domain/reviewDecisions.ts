import { Update } from './model';
import { RuleProblem } from './problems';
import { isBlankText } from './richText';

/**
 * What a lead may decide on a quarterly update (SPEC §3 review state, §5.1 review queue): only a
 * submitted update is reviewed, and it is approved, or returned with a comment telling the owner
 * what to change. Who may decide is domain/reviewers.
 */

export const REVIEW_DECISIONS = ['Approved', 'Returned'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export type ReviewProblemCode = 'reviewDraft' | 'reviewApproved' | 'reviewReturned' | 'reviewNotSubmitted' | 'badDecision' | 'returnNeedsComment';

const NOT_SUBMITTED: Record<Update['reviewState'], { code: ReviewProblemCode; message: string } | undefined> = {
  Draft: { code: 'reviewDraft', message: 'This update is still a draft: it can be approved or returned once its owner submits it.' },
  Submitted: undefined,
  Approved: { code: 'reviewApproved', message: 'This update has already been approved, so there is nothing left to review.' },
  Returned: { code: 'reviewReturned', message: 'This update has been returned to its owner: it can be reviewed again once they resubmit it.' }
};

/** What stops a decision, before anything is written (empty when it may go ahead). */
export function reviewDecisionProblems(update: Pick<Update, 'reviewState'>, decision: string, comment: string | undefined): Array<RuleProblem<ReviewProblemCode>> {
  const problems: Array<RuleProblem<ReviewProblemCode>> = [];
  if (update.reviewState !== 'Submitted') {
    const problem = NOT_SUBMITTED[update.reviewState] || { code: 'reviewNotSubmitted', message: 'Only a submitted update can be approved or returned.' };
    problems.push({ field: 'reviewState', ...problem });
  }
  if ((REVIEW_DECISIONS as readonly string[]).indexOf(decision) < 0) {
    problems.push({ field: 'reviewState', code: 'badDecision', message: `"${decision}" is not a review decision: choose Approved or Returned.`, args: { decision } });
  }
  if (decision === 'Returned' && isBlankText(comment)) {
    problems.push({ field: 'reviewComment', code: 'returnNeedsComment', message: 'Say what needs changing, so the owner knows what to do.' });
  }
  return problems;
}
