import { SPFI } from '@pnp/sp';
import { PersonRef, Update } from '../domain/model';
import { mayReview } from '../domain/reviewers';
import { isBlankText } from '../domain/richText';
import { ReviewDecision, Stored } from './ITrackerRepository';
import { NotReviewerError, toTrackerError, ValidationError, ValidationProblem } from './errors';
import { ItemLookups } from './itemLookups';
import { ItemSaves } from './itemSaves';
import { orNull } from './mapping/fieldValues';
import { actionFromItem, objectiveFromItem } from './mapping/actionMapping';
import { updateFromItem } from './mapping/updateMapping';
import { and, eq, idEq } from './odata';
import { PeopleResolver } from './people';
import { readAllBatched } from './queries/pagedReads';

/**
 * A lead's decision on a submitted update (SPEC §3 review state, §5.1 review queue): Approved, or
 * Returned with a comment saying what needs changing. Only the review fields are written, over
 * the ETag the lead read, so an owner's edit made meanwhile is a ConflictError, never lost. A
 * returned update does not count in the report (§4.4) until its owner submits it again. Only
 * a lead who reviews the action (domain/reviewers) may decide: the repository checks, so a
 * stale queue or another caller cannot approve on someone else's behalf.
 */

const DECISIONS: readonly ReviewDecision[] = ['Approved', 'Returned'];

const NOT_SUBMITTED: Record<Update['reviewState'], string> = {
  Draft: 'This update is still a draft: it can be approved or returned once its owner submits it.',
  Submitted: '',
  Approved: 'This update has already been approved, so there is nothing left to review.',
  Returned: 'This update has been returned to its owner: it can be reviewed again once they resubmit it.'
};

/** What stops the decision, before anything is sent. */
export function reviewProblems(update: Update, decision: ReviewDecision, comment: string | undefined): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (update.reviewState !== 'Submitted') {
    problems.push({ field: 'reviewState', message: NOT_SUBMITTED[update.reviewState] || 'Only a submitted update can be approved or returned.' });
  }
  if (DECISIONS.indexOf(decision) < 0) {
    problems.push({ field: 'reviewState', message: `"${String(decision)}" is not a review decision: choose Approved or Returned.` });
  }
  if (decision === 'Returned' && isBlankText(comment)) {
    problems.push({ field: 'reviewComment', message: 'Say what needs changing, so the owner knows what to do.' });
  }
  return problems;
}

export interface ReviewContext {
  sp: SPFI;
  lookups: ItemLookups;
  saves: ItemSaves;
  /** The instant recorded as ReviewedOn. */
  now: () => Date;
}

/** One lookup of the plan (remembered) and one `$batch` for its objectives and the action. */
async function refuseNonReviewer(context: ReviewContext, planTitle: string, actionRef: string, reviewer: PersonRef): Promise<void> {
  const plan = await context.lookups.plan(planTitle);
  const [objectives, actions] = await readAllBatched(context.sp, [
    { query: 'objectivesOfPlan', filter: idEq('Plan', plan.id) },
    { query: 'actionByPlanAndRef', filter: and(eq('Ref', actionRef), idEq('Plan', plan.id)) }
  ]);
  const objectiveRef = actions.length > 0 ? actionFromItem(actions[0]).objectiveRef : '';
  if (!mayReview(plan.value, objectives.map(objectiveFromItem), objectiveRef, reviewer.email || '')) {
    throw new NotReviewerError(planTitle, actionRef, objectiveRef);
  }
}

export async function reviewUpdate(
  context: ReviewContext,
  plan: string,
  update: Stored<Update>,
  decision: ReviewDecision,
  comment: string | undefined,
  reviewer: PersonRef
): Promise<Stored<Update>> {
  const problems = reviewProblems(update.value, decision, comment);
  if (problems.length > 0) {
    throw new ValidationError(problems);
  }
  const what = `The update on ${plan} action ${update.value.actionRef}`;
  try {
    await refuseNonReviewer(context, plan, update.value.actionRef, reviewer);
    const reviewComment = isBlankText(comment) ? undefined : comment;
    const value: Update = { ...update.value, reviewState: decision };
    delete value.reviewComment;
    if (reviewComment !== undefined) {
      value.reviewComment = reviewComment;
    }
    const props = {
      ReviewState: decision,
      ReviewComment: orNull(reviewComment),
      ReviewedById: orNull(await new PeopleResolver(context.sp).idOf(reviewer)),
      ReviewedOn: context.now().toISOString()
    };
    return await context.saves.save('updates', update.id, update.etag, props, value, updateFromItem, 'update');
  } catch (error) {
    throw toTrackerError(error, what);
  }
}
