import { challengeResponseProblems, mayRespondToChallenges } from '../domain/challengeResponses';
import { PersonRef, ReportingPeriod } from '../domain/model';
import { periodKey } from '../domain/periods';
import { SPFI } from '@pnp/sp';
import { ConflictError, NotPlanLeadError, ValidationError } from './errors';
import { ChallengeResponse, Revision, Stored } from './trackerTypes';
import { ItemLookups } from './itemLookups';
import { ItemSaves } from './itemSaves';
import { challengeResponseFromItem, challengeResponseToItem } from './mapping/challengeMapping';
import { and, eq, idEq } from './odata';
import { readAll } from './queries/pagedReads';
import { storedAll } from './trackerMapping';

/**
 * Management responses to performance challenges (SPEC §4.4), one Challenges item per plan,
 * period and challenge reference. Only the plan's lead saves them. A first save adds the item;
 * later saves pass the ETag read, and a stale one meets ConflictError with the server's version.
 * Two first saves of the same challenge meet the same way: the second finds the first's item.
 */

export interface ChallengeContext {
  sp: SPFI;
  lookups: ItemLookups;
  saves: ItemSaves;
}

const WHAT = 'management response';

/** The plan's saved responses for the period, in reference order. */
export async function readChallengeResponses(sp: SPFI, planId: number, period: ReportingPeriod): Promise<Stored<ChallengeResponse>[]> {
  const items = await readAll(sp, { query: 'challengesOfPeriod', filter: and(eq('PeriodKey', periodKey(period)), idEq('Plan', planId)) });
  return storedAll(items, challengeResponseFromItem);
}

export async function saveChallengeResponse(
  context: ChallengeContext,
  planTitle: string,
  response: ChallengeResponse,
  revision: Revision | undefined,
  editor: PersonRef
): Promise<Stored<ChallengeResponse>> {
  const plan = await context.lookups.plan(planTitle);
  if (!mayRespondToChallenges(plan.value, editor)) {
    throw new NotPlanLeadError(planTitle, 'respond to its performance challenges');
  }
  const problems = challengeResponseProblems(response);
  if (problems.length > 0) {
    throw new ValidationError(problems);
  }
  const props = challengeResponseToItem(response, plan.id);
  if (revision) {
    return context.saves.save('challenges', revision.id, revision.etag, props, response, challengeResponseFromItem, WHAT);
  }
  const existing = (await readChallengeResponses(context.sp, plan.id, response.period)).filter((stored) => stored.value.ref === response.ref)[0];
  if (existing) {
    throw new ConflictError<ChallengeResponse>(existing.value, existing.etag, WHAT, existing.id);
  }
  return context.saves.add('challenges', props, response, WHAT);
}
