import { SPFI } from '@pnp/sp';
import { ActionKey } from './reportedStatuses';
import { PersonRef, Update } from '../domain/model';
import { ReviewDecision, reviewDecisionProblems } from '../domain/reviewDecisions';
import { mayReview } from '../domain/reviewers';
import { isBlankText } from '../domain/richText';
import { Stored } from './ITrackerRepository';
import { NotReviewerError, ValidationError } from './errors';
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

export interface ReviewContext {
  sp: SPFI;
  lookups: ItemLookups;
  saves: ItemSaves;
  /** The instant recorded as ReviewedOn. */
  now: () => Date;
  /** Brings the actions' ReportedStatuses up to date after their updates changed (reportedStatuses.ts). */
  keepStatuses: (actions: ActionKey[]) => Promise<void>;
}

/** One lookup of the plan (remembered) and one `$batch` for its objectives and the action; returns the action's key. */
async function refuseNonReviewer(context: ReviewContext, planTitle: string, actionRef: string, reviewer: PersonRef): Promise<ActionKey | undefined> {
  const plan = await context.lookups.plan(planTitle);
  const [objectives, actions] = await readAllBatched(context.sp, [
    { query: 'objectivesOfPlan', filter: idEq('Plan', plan.id) },
    { query: 'actionByPlanAndRef', filter: and(eq('Ref', actionRef), idEq('Plan', plan.id)) }
  ]);
  const objectiveRef = actions.length > 0 ? actionFromItem(actions[0]).objectiveRef : '';
  if (!mayReview(plan.value, objectives.map(objectiveFromItem), objectiveRef, reviewer.email || '')) {
    throw new NotReviewerError(planTitle, actionRef, objectiveRef);
  }
  return actions.length > 0 ? { planId: plan.id, actionId: actions[0].Id as number } : undefined;
}

export async function reviewUpdate(
  context: ReviewContext,
  plan: string,
  update: Stored<Update>,
  decision: ReviewDecision,
  comment: string | undefined,
  reviewer: PersonRef
): Promise<Stored<Update>> {
  const problems = reviewDecisionProblems(update.value, decision, comment);
  if (problems.length > 0) {
    throw new ValidationError(problems);
  }
  const action = await refuseNonReviewer(context, plan, update.value.actionRef, reviewer);
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
  const reviewed = await context.saves.save('updates', update.id, update.etag, props, value, updateFromItem, 'update');
  if (action) {
    await context.keepStatuses([action]);
  }
  return reviewed;
}
