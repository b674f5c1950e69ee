import { PersonRef, Plan } from './model';
import { RuleProblem } from './problems';
import { isSamePerson } from './reviewers';

/**
 * The management team's response to a performance challenge (SPEC §4.4): the plan's lead writes
 * it for the team, as they decide the plan's deadline changes. A response says something: an
 * empty one is refused, not saved as if answered.
 */

export type ChallengeResponseProblemCode = 'responseEmpty' | 'challengeRefMissing';

export function mayRespondToChallenges(plan: Pick<Plan, 'lead'>, editor: PersonRef): boolean {
  return isSamePerson(plan.lead, editor.email || '');
}

export function challengeResponseProblems(response: { ref: string; response: string }): RuleProblem<ChallengeResponseProblemCode>[] {
  const problems: RuleProblem<ChallengeResponseProblemCode>[] = [];
  if (response.ref.trim() === '') {
    problems.push({ code: 'challengeRefMissing', field: 'ref', message: 'Say which challenge this responds to.', args: {} });
  }
  if (response.response.trim() === '') {
    problems.push({ code: 'responseEmpty', field: 'response', message: 'Write the management team’s response before saving it.', args: {} });
  }
  return problems;
}
