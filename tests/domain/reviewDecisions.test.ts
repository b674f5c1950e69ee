import { reviewDecisionProblems } from '../../src/domain/reviewDecisions';
import { ReviewState } from '../../src/domain/model';

describe('what a lead may decide on an update', () => {
  test.each<[string, ReviewState, string, string | undefined, string[]]>([
    ['approve a submitted update', 'Submitted', 'Approved', undefined, []],
    ['approve with a comment', 'Submitted', 'Approved', 'Thank you', []],
    ['return with a comment', 'Submitted', 'Returned', 'Say what slipped and why', []],
    ['return without a comment', 'Submitted', 'Returned', undefined, ['returnNeedsComment']],
    ['return with only spaces', 'Submitted', 'Returned', '   ', ['returnNeedsComment']],
    ['return with only empty markup', 'Submitted', 'Returned', '<p>&nbsp;</p>', ['returnNeedsComment']],
    ['approve a draft', 'Draft', 'Approved', undefined, ['reviewDraft']],
    ['approve an approved update', 'Approved', 'Approved', undefined, ['reviewApproved']],
    ['return a returned update, with no comment', 'Returned', 'Returned', '', ['reviewReturned', 'returnNeedsComment']],
    ['a decision that is not one', 'Submitted', 'Maybe', undefined, ['badDecision']]
  ])('%s → %j', (_case, reviewState, decision, comment, codes) => {
    expect(reviewDecisionProblems({ reviewState }, decision, comment).map((problem) => problem.code)).toEqual(codes);
  });

  test('each problem names its field and says what to do in English', () => {
    const [problem] = reviewDecisionProblems({ reviewState: 'Submitted' }, 'Returned', '');
    expect(problem).toEqual({ field: 'reviewComment', code: 'returnNeedsComment', message: 'Say what needs changing, so the owner knows what to do.' });
  });
});
