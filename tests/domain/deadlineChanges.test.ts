import { hasPendingChange, latestChangeRequest } from '../../src/domain/deadlineChanges';
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
