import {
  ConflictError, ForbiddenError, NotFoundError, NotReviewerError, ThrottledError, UnreachableError, ValidationError, ValidationProblem
} from '../../../src/data/errors';
import { changeRequestProblem } from '../../../src/domain/deadlineChanges';
import { evidenceFileProblem, MAX_EVIDENCE_BYTES } from '../../../src/domain/evidenceFiles';
import { reviewDecisionProblems } from '../../../src/domain/reviewDecisions';
import { ReportedStatus } from '../../../src/domain/model';
import { validateUpdate } from '../../../src/domain/updateValidation';
import { errorText } from '../../../src/webparts/myUpdates/components/shared/errorText';
import { myUpdatesStrings } from '../../support/loadStrings';

const en = myUpdatesStrings('en-gb');
const cy = myUpdatesStrings('cy-gb');

describe('a failure is told in the page language, not in the data layer’s English', () => {
  test.each<[string, Error, keyof IMyUpdatesErrorStrings]>([
    ['a clash with another save', new ConflictError(undefined, undefined, 'update'), 'Conflict'],
    ['no permission on the site', new ForbiddenError(), 'Forbidden'],
    ['a member who does not review this action', new NotReviewerError('SEP 2016-20', '1.a.', '1'), 'NotReviewer'],
    ['throttled', new ThrottledError(30), 'Throttled'],
    ['deleted meanwhile', new NotFoundError('Action 1.a.'), 'NotFound'],
    ['no network', new UnreachableError(), 'Unreachable'],
    ['anything else', new Error('boom'), 'Unknown']
  ])('%s → Errors.%s', (_case, error, key) => {
    expect(errorText(error, en)).toBe(en.Errors[key]);
    expect(errorText(error, cy)).toBe(cy.Errors[key]);
    expect(cy.Errors[key]).not.toBe(en.Errors[key]);
  });
});

describe('the rule a save broke is said in the page language, naming what the rule names', () => {
  const plan = { title: 'Powys Strategic Equality Plan', allowChangeRequests: false };
  const pending = [{ actionRef: '1.a.', currentDate: '2018-06-30', requestedDate: '2018-09-30', reason: 'Late data', requester: { name: 'Jan Coles' }, decision: 'Pending' as const }];
  const problems: Array<[string, ValidationProblem, string, string]> = [
    ['a plan without change requests', changeRequestProblem(plan, [], { actionRef: '1.a.' })!, 'Powys Strategic Equality Plan does not allow deadline change requests: ask the plan lead.', 'Nid yw Powys Strategic Equality Plan yn caniatáu'],
    ['a request already waiting', changeRequestProblem({ ...plan, allowChangeRequests: true }, pending, { actionRef: '1.a.' })!, "A request to move the deadline of 1.a. is already waiting for the plan lead's decision.", 'Mae cais i symud dyddiad cau 1.a. eisoes'],
    ['a return without a comment', reviewDecisionProblems({ reviewState: 'Submitted' }, 'Returned', '')[0], 'Say what needs changing, so the owner knows what to do.', "Dywedwch beth sydd angen ei newid"],
    ['a decision on a draft', reviewDecisionProblems({ reviewState: 'Draft' }, 'Approved', undefined)[0], 'This update is still a draft: it can be approved or returned once its owner submits it.', "Drafft yw'r diweddariad hwn"],
    ['an empty file', evidenceFileProblem('cofnodion.pdf', 0)!, '“cofnodion.pdf” is empty: choose the file again, or another file.', 'Mae “cofnodion.pdf” yn wag'],
    ['a file too large', evidenceFileProblem('pack.pdf', MAX_EVIDENCE_BYTES + 1)!, '“pack.pdf” is 100.1 MB; evidence files can be up to 100 MB. Link to larger files instead.', 'Maint “pack.pdf” yw 100.1 MB; gall ffeiliau tystiolaeth fod hyd at 100 MB'],
    ['a Red update without a remedial action', validateUpdate({ actionRef: '1.a.', financialYear: '2017-18', quarter: 'Q4', status: 'Red', progress: 'Slipped.', reviewState: 'Submitted' })[0], 'A Red update needs a remedial action: say what will be done to get back on track.', 'Mae angen camau adfer mewn diweddariad Coch'],
    ['a status that is not one of the five', validateUpdate({ actionRef: '1.a.', financialYear: '2017-18', quarter: 'Q4', status: 'Purple' as ReportedStatus, reviewState: 'Draft' })[0], 'Choose a status for the quarter: Blue, Green, Amber, Red or Withdrawn.', 'Dewiswch statws ar gyfer y chwarter']
  ];

  test.each(problems)('%s', (_case, problem, english, welshStart) => {
    const error = new ValidationError([problem]);
    expect(errorText(error, en)).toBe(english);
    expect(errorText(error, cy).indexOf(welshStart)).toBe(0);
    expect(errorText(error, cy)).not.toContain(problem.message);
  });

  test('several problems follow the lead-in, each in the page language', () => {
    const error = new ValidationError(reviewDecisionProblems({ reviewState: 'Returned' }, 'Returned', ''));
    expect(errorText(error, cy)).toBe(`${cy.Errors.Validation} ${cy.Problems.reviewReturned} ${cy.Problems.returnNeedsComment}`);
  });

  test('a problem with no code the page knows is never shown in English on a Welsh page', () => {
    const error = new ValidationError([{ field: 'Plan', row: 4, message: 'There is no plan called "X" yet: import its actions or measures first.' }]);
    expect(errorText(error, cy)).toBe(cy.Validation.Other);
  });
});
