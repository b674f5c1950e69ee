import {
  changeRequestProblem, deadlineDecisionProblems, deadlineRequestProblems, hasPendingChange, latestChangeRequest, mayDecideDeadlineChange, movedDeadline
} from '../../src/domain/deadlineChanges';
import { ChangeDecision, DeadlineChangeRequest, Plan } from '../../src/domain/model';

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

describe('who may decide a deadline change request (SPEC §2: plan leads approve deadline changes)', () => {
  const PAT = { name: 'Pat Lead', email: 'pat.lead@council.example' };
  const led = { lead: PAT };

  test.each<[string, boolean, Pick<Plan, 'lead'>, string]>([
    ['the plan lead', true, led, 'pat.lead@council.example'],
    ['the plan lead, the address typed in another case', true, led, 'Pat.Lead@Council.EXAMPLE'],
    ['the plan lead, with spaces round the address', true, led, '  pat.lead@council.example '],
    ['the owner who asked', false, led, 'jan.coles@council.example'],
    ['someone whose address only starts like the lead’s', false, led, 'pat.lead@council.example.org'],
    ['nobody signed in (no address)', false, led, ''],
    ['the lead’s name instead of an address', false, led, 'Pat Lead'],
    ['anyone, on a plan with no lead', false, {}, 'pat.lead@council.example'],
    ['a lead known only by initials: nobody matches until linked', false, { lead: { name: 'PL' } }, 'pat.lead@council.example'],
    ['a lead known only by initials, nobody signed in', false, { lead: { name: 'PL' } }, '']
  ])('%s → may decide: %s', (_case, expected, plan, email) => {
    expect(mayDecideDeadlineChange(plan, email)).toBe(expected);
  });
});

describe('what stops a decision on a request before anything is written', () => {
  test.each<[string, string[], ChangeDecision, string]>([
    ['a waiting request, agreed', [], 'Pending', 'Approved'],
    ['a waiting request, turned down', [], 'Pending', 'Rejected'],
    ['an agreed request, turned down after all', ['requestDecided'], 'Approved', 'Rejected'],
    ['an agreed request, agreed again', ['requestDecided'], 'Approved', 'Approved'],
    ['a turned-down request, agreed after all', ['requestDecided'], 'Rejected', 'Approved'],
    ['"Pending" is not a decision', ['badDeadlineDecision'], 'Pending', 'Pending'],
    ['an update’s review decision is not a request’s', ['badDeadlineDecision'], 'Pending', 'Returned'],
    ['the choice as SharePoint stores it, exactly, or not at all', ['badDeadlineDecision'], 'Pending', 'approved'],
    ['nothing chosen', ['badDeadlineDecision'], 'Pending', ''],
    ['both wrong: each said', ['requestDecided', 'badDeadlineDecision'], 'Approved', 'Maybe']
  ])('%s → %j', (_case, codes, current, decision) => {
    const problems = deadlineDecisionProblems({ decision: current }, decision);
    expect(problems.map((problem) => problem.code)).toEqual(codes);
    expect(problems.every((problem) => problem.field === 'decision')).toBe(true);
  });

  test.each<[ChangeDecision, RegExp]>([
    ['Approved', /already been agreed/],
    ['Rejected', /already been turned down/]
  ])('a request already %s says what became of it', (current, sentence) => {
    expect(deadlineDecisionProblems({ decision: current }, 'Approved')[0].message).toMatch(sentence);
  });

  test('a decision that is not one names what was chosen, so a Welsh page can say it too', () => {
    expect(deadlineDecisionProblems({ decision: 'Pending' }, 'Returned')[0].args).toEqual({ decision: 'Returned' });
  });
});

describe('an agreed request moves the deadline and keeps the original (SPEC §3)', () => {
  test.each<[string, { date?: string; original?: string }, string, { date: string; original?: string }]>([
    ['the first move keeps the date it moved from', { date: '2018-06-30' }, '2018-09-30', { date: '2018-09-30', original: '2018-06-30' }],
    ['a second move keeps the first original, not the date in between', { date: '2018-09-30', original: '2018-06-30' }, '2018-12-31', { date: '2018-12-31', original: '2018-06-30' }],
    ['a move earlier than the original still keeps it', { date: '2018-09-30', original: '2018-06-30' }, '2018-05-31', { date: '2018-05-31', original: '2018-06-30' }],
    ['a move back to the original date keeps it', { date: '2018-09-30', original: '2018-06-30' }, '2018-06-30', { date: '2018-06-30', original: '2018-06-30' }],
    ['a deadline that had no date has no original to keep', {}, '2018-09-30', { date: '2018-09-30' }]
  ])('%s', (_case, current, requestedDate, expected) => {
    expect(movedDeadline(current, requestedDate)).toStrictEqual(expected);
  });

  test('across several agreed requests, the original stays the date first set', () => {
    const moves = ['2018-09-30', '2018-12-31', '2019-03-31', '2018-11-30'];
    const deadline = moves.reduce<{ date?: string; original?: string }>((current, requested) => movedDeadline(current, requested), { date: '2018-06-30' });
    expect(deadline).toStrictEqual({ date: '2018-11-30', original: '2018-06-30' });
  });
});
