import { changeRequestProblem, deadlineRequestProblems, hasPendingChange, latestChangeRequest } from '../../src/domain/deadlineChanges';
import { ChangeDecision, DeadlineChangeRequest } from '../../src/domain/model';

function request(actionRef: string, decision: ChangeDecision, requestedDate: string, milestoneTitle?: string): DeadlineChangeRequest {
  return {
    actionRef, milestoneTitle, currentDate: '2018-06-30', requestedDate, reason: 'Consultation extended',
    requester: { name: 'Jan Coles', email: 'jan.coles@council.example' }, decision
  };
}

const REQUESTS: DeadlineChangeRequest[] = [
  request('1.a.', 'Rejected', '2018-08-31'),
  request('1.a.', 'Pending', '2018-09-30'),
  request('1.a.', 'Approved', '2018-07-31', 'Consultation closes'),
  request('2.b.', 'Rejected', '2019-01-31'),
  request('2.b.', 'Pending', '2019-02-28', 'Report to cabinet')
];

describe('a deadline’s change requests', () => {
  test.each<[string, string, string | undefined, boolean]>([
    ['an action with a request waiting', '1.a.', undefined, true],
    ['its milestone, whose only request was approved', '1.a.', 'Consultation closes', false],
    ['an action whose request was rejected', '2.b.', undefined, false],
    ['that action’s milestone, with one waiting', '2.b.', 'Report to cabinet', true],
    ['another milestone of the same action', '2.b.', 'Consultation closes', false],
    ['an action never asked about', '3.c.', undefined, false]
  ])('%s: waiting → %s', (_case, actionRef, milestoneTitle, expected) => {
    expect(hasPendingChange(REQUESTS, actionRef, milestoneTitle)).toBe(expected);
  });

  test.each<[string, string, string | undefined, string | undefined]>([
    ['the action: the later of its two requests', '1.a.', undefined, '2018-09-30'],
    ['the milestone: its own request, not the action’s', '1.a.', 'Consultation closes', '2018-07-31'],
    ['an action with one request', '2.b.', undefined, '2019-01-31'],
    ['an action never asked about', '3.c.', undefined, undefined],
    ['an empty milestone title is the action itself', '1.a.', '', '2018-09-30']
  ])('latest request for %s', (_case, actionRef, milestoneTitle, requestedDate) => {
    const latest = latestChangeRequest(REQUESTS, actionRef, milestoneTitle);
    expect(latest && latest.requestedDate).toBe(requestedDate);
  });
});

describe('whether a new request may be recorded', () => {
  const open = { title: 'Strategic Equality Plan', allowChangeRequests: true };
  const closed = { title: 'Estyn Action Plan', allowChangeRequests: false };

  test.each<[string, { title: string; allowChangeRequests: boolean }, string, string | undefined, string | undefined]>([
    ['an action with nothing waiting', open, '3.c.', undefined, undefined],
    ['an action whose last request was rejected', open, '2.b.', undefined, undefined],
    ['an action with a request waiting', open, '1.a.', undefined, 'changeAlreadyPending'],
    ['a milestone with one waiting', open, '2.b.', 'Report to cabinet', 'changeAlreadyPending'],
    ['a milestone whose action has one waiting', open, '1.a.', 'Consultation closes', undefined],
    ['a plan that allows no change requests', closed, '3.c.', undefined, 'changeRequestsOff']
  ])('%s → %s', (_case, plan, actionRef, milestoneTitle, code) => {
    const problem = changeRequestProblem(plan, REQUESTS, { actionRef, milestoneTitle });
    expect(problem && problem.code).toBe(code);
  });

  test('the refusal names the plan, so a Welsh page can say it too', () => {
    expect(changeRequestProblem(closed, [], { actionRef: '1.a.' })).toEqual({
      code: 'changeRequestsOff', args: { plan: 'Estyn Action Plan' },
      message: 'Estyn Action Plan does not allow deadline change requests: ask the plan lead.'
    });
  });
});

describe('what a request form must hold', () => {
  test.each<[string, string, string, object]>([
    ['a new date and a reason', '2018-09-30', 'Consultation extended', {}],
    ['no date', '', 'Consultation extended', { date: 'dateMissing' }],
    ['a date that does not exist', '2018-09-31', 'Consultation extended', { date: 'dateMissing' }],
    ['the deadline as it stands', '2018-06-30', 'Consultation extended', { date: 'dateSame' }],
    ['no reason', '2018-09-30', '  ', { reason: 'reasonMissing' }],
    ['neither', '', '', { date: 'dateMissing', reason: 'reasonMissing' }]
  ])('%s → %j', (_case, requestedDate, reason, expected) => {
    expect(deadlineRequestProblems(requestedDate, reason, '2018-06-30')).toEqual(expected);
  });
});
