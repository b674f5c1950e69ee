import { Action, ActionStatus, ReportedStatus, ReportingPeriod, ReviewState, Update } from '../../src/domain/model';
import {
  actionIsOverdue,
  actionStatusForPeriod,
  countingUpdate,
  isCountingUpdate,
  isFinished,
  isOverdue,
  latestCountingUpdateBefore,
  StatusContext
} from '../../src/domain/status';

// Seed 001, Strategic Equality Plan 2016-20, action 1.c. ("Monitor the performance of the
// vulnerable groups …"), reported Green at the 2017-18 year end.
const action: Action = {
  ref: '1.c.',
  objectiveRef: '1',
  title: 'Monitor the performance of the vulnerable groups, identifying any underperformance',
  owner: { name: 'IB' },
  delegates: [],
  startDate: '2016-04-01',
  endDate: '2018-03-31'
};

const Q4_2017: ReportingPeriod = { financialYear: '2017-18', quarter: 'Q4' };
const Q1_2018: ReportingPeriod = { financialYear: '2018-19', quarter: 'Q1' };

/** Updates for 2017-18 Q4 are due on Friday 13 April 2018 in these tests. */
const DUE = '2018-04-13';
const asOf = (day: string): StatusContext => ({ updatesDue: DUE, asOf: day });
const AFTER_DUE = asOf('2018-04-16');

function update(
  quarter: string,
  status: ReportedStatus,
  reviewState: ReviewState,
  submittedOn?: string,
  financialYear: string = '2017-18'
): Update {
  return { actionRef: '1.c.', financialYear, quarter: quarter as Update['quarter'], status, reviewState, submittedOn };
}

describe('countingUpdate (SPEC §4.4: which update counts)', () => {
  const submittedQ4 = update('Q4', 'Green', 'Submitted', '2018-04-09T10:00:00Z');

  test.each<[string, Update[], Update | undefined]>([
    ['no updates → none counts', [], undefined],
    ['a draft never counts', [update('Q4', 'Red', 'Draft', '2018-04-09T10:00:00Z')], undefined],
    ['a returned update never counts', [update('Q4', 'Red', 'Returned', '2018-04-09T10:00:00Z')], undefined],
    ['a submitted update counts', [submittedQ4], submittedQ4],
    ['an update for another quarter does not count', [update('Q3', 'Green', 'Approved', '2018-01-12T10:00:00Z')], undefined],
    [
      'an update for the same quarter of another year does not count',
      [update('Q4', 'Green', 'Approved', '2017-04-12T10:00:00Z', '2016-17')],
      undefined
    ]
  ])('%s', (_name, updates, expected) => {
    expect(countingUpdate(updates, Q4_2017)).toBe(expected);
  });

  test('an approved update counts', () => {
    const approved = update('Q4', 'Amber', 'Approved', '2018-04-10T10:00:00Z');
    expect(countingUpdate([approved], Q4_2017)).toBe(approved);
  });

  test('of two submitted updates the later submittedOn wins, whatever the list order', () => {
    const earlier = update('Q4', 'Amber', 'Submitted', '2018-04-05T09:00:00Z');
    const later = update('Q4', 'Green', 'Submitted', '2018-04-11T09:00:00Z');
    expect(countingUpdate([later, earlier], Q4_2017)).toBe(later);
    expect(countingUpdate([earlier, later], Q4_2017)).toBe(later);
  });

  test('a returned update after a submitted one leaves the submitted one counting', () => {
    const submitted = update('Q4', 'Amber', 'Submitted', '2018-04-05T09:00:00Z');
    const returned = update('Q4', 'Red', 'Returned', '2018-04-11T09:00:00Z');
    expect(countingUpdate([submitted, returned], Q4_2017)).toBe(submitted);
  });

  test('a later draft does not replace the approved update', () => {
    const approved = update('Q4', 'Green', 'Approved', '2018-04-05T09:00:00Z');
    const draft = update('Q4', 'Red', 'Draft', '2018-04-12T09:00:00Z');
    expect(countingUpdate([approved, draft], Q4_2017)).toBe(approved);
  });

  test('a later submission replaces an earlier approved update (the latest submitted or approved counts)', () => {
    const approved = update('Q4', 'Green', 'Approved', '2018-04-05T09:00:00Z');
    const resubmitted = update('Q4', 'Amber', 'Submitted', '2018-04-12T09:00:00Z');
    expect(countingUpdate([resubmitted, approved], Q4_2017)).toBe(resubmitted);
  });

  test('submittedOn is compared as an instant: 09:30 BST (08:30Z) is earlier than 08:45Z', () => {
    const bst = update('Q4', 'Amber', 'Submitted', '2018-04-10T09:30:00+01:00');
    const utc = update('Q4', 'Green', 'Submitted', '2018-04-10T08:45:00Z');
    expect(countingUpdate([utc, bst], Q4_2017)).toBe(utc);
  });

  test('an update without submittedOn (imported) gives way to a timed one', () => {
    const imported = update('Q4', 'Red', 'Approved');
    const submitted = update('Q4', 'Green', 'Submitted', '2018-04-10T08:45:00Z');
    expect(countingUpdate([submitted, imported], Q4_2017)).toBe(submitted);
  });

  test('updates without submittedOn: the one recorded later in the list wins', () => {
    const first = update('Q4', 'Red', 'Approved');
    const second = update('Q4', 'Amber', 'Approved');
    expect(countingUpdate([first, second], Q4_2017)).toBe(second);
  });

  test('an update whose year is written 2017/18 and quarter "4" still belongs to 2017-18 Q4', () => {
    const written = update('4', 'Green', 'Approved', undefined, '2017/18');
    expect(countingUpdate([written], Q4_2017)).toBe(written);
  });

  test('an update with an unreadable period belongs to no period', () => {
    expect(countingUpdate([update('Q4', 'Green', 'Approved', undefined, 'last year')], Q4_2017)).toBeUndefined();
  });
});

describe('isCountingUpdate', () => {
  test.each<[ReviewState, boolean]>([
    ['Draft', false],
    ['Submitted', true],
    ['Approved', true],
    ['Returned', false]
  ])('%s counts: %s', (reviewState, expected) => {
    expect(isCountingUpdate(update('Q4', 'Green', reviewState))).toBe(expected);
  });
});

describe('latestCountingUpdateBefore (last quarter’s status)', () => {
  test('picks the most recent earlier period, across the year boundary', () => {
    const q3 = update('Q3', 'Amber', 'Approved', '2018-01-12T10:00:00Z');
    const q4 = update('Q4', 'Green', 'Submitted', '2018-04-10T10:00:00Z');
    const q2 = update('Q2', 'Red', 'Approved', '2017-10-12T10:00:00Z');
    expect(latestCountingUpdateBefore([q3, q4, q2], Q1_2018)).toBe(q4);
  });

  test('skips a period whose only update is a draft', () => {
    const q3 = update('Q3', 'Amber', 'Approved', '2018-01-12T10:00:00Z');
    const q4Draft = update('Q4', 'Green', 'Draft', '2018-04-10T10:00:00Z');
    expect(latestCountingUpdateBefore([q3, q4Draft], Q1_2018)).toBe(q3);
  });

  test('ignores the period itself and later ones', () => {
    const q4 = update('Q4', 'Green', 'Approved', '2018-04-10T10:00:00Z');
    expect(latestCountingUpdateBefore([q4], Q4_2017)).toBeUndefined();
  });
});

describe('actionStatusForPeriod', () => {
  test.each<[string, Update[], StatusContext, ActionStatus]>([
    ['the counting update’s status is the status', [update('Q4', 'Amber', 'Submitted', '2018-04-09T10:00:00Z')], AFTER_DUE, 'Amber'],
    ['a reported Not due is kept', [update('Q4', 'NotDue', 'Approved')], AFTER_DUE, 'NotDue'],
    ['no update before the due date → awaiting update', [], asOf('2018-04-03'), 'AwaitingUpdate'],
    ['no update on the due date itself → still awaiting (on time)', [], asOf(DUE), 'AwaitingUpdate'],
    ['no update the day after the due date → no update received', [], asOf('2018-04-14'), 'NoUpdate'],
    ['only a draft after the due date → no update received', [update('Q4', 'Green', 'Draft', '2018-04-12T10:00:00Z')], AFTER_DUE, 'NoUpdate'],
    ['only a returned update after the due date → no update received', [update('Q4', 'Red', 'Returned')], AFTER_DUE, 'NoUpdate'],
    ['Blue in Q2 is carried forward to Q4', [update('Q2', 'Blue', 'Approved')], AFTER_DUE, 'Blue'],
    ['Withdrawn in Q1 is carried forward to Q4', [update('Q1', 'Withdrawn', 'Approved')], AFTER_DUE, 'Withdrawn'],
    [
      'Blue in Q1 then Green in Q2 (reopened) is not carried: Q4 has no update',
      [update('Q1', 'Blue', 'Approved'), update('Q2', 'Green', 'Approved')],
      AFTER_DUE,
      'NoUpdate'
    ],
    ['a draft Blue in Q3 is not carried forward', [update('Q3', 'Blue', 'Draft')], AFTER_DUE, 'NoUpdate'],
    ['Green in Q3 is not carried forward', [update('Q3', 'Green', 'Approved')], asOf('2018-04-02'), 'AwaitingUpdate'],
    ['Red in Q3 is not carried forward', [update('Q3', 'Red', 'Approved')], AFTER_DUE, 'NoUpdate'],
    [
      'this quarter’s update wins over a carried Blue',
      [update('Q2', 'Blue', 'Approved'), update('Q4', 'Amber', 'Submitted', '2018-04-09T10:00:00Z')],
      AFTER_DUE,
      'Amber'
    ],
    ['a Blue reported in a later quarter is not carried backwards', [update('Q1', 'Blue', 'Approved', undefined, '2018-19')], AFTER_DUE, 'NoUpdate']
  ])('%s', (_name, updates, context, expected) => {
    expect(actionStatusForPeriod(action, updates, Q4_2017, context)).toBe(expected);
  });

  test('Blue at the 2017-18 year end carries into 2018-19 Q1 (year boundary)', () => {
    const blueQ4 = update('Q4', 'Blue', 'Approved', '2018-04-10T10:00:00Z');
    const context = { updatesDue: '2018-07-13', asOf: '2018-07-20' };
    expect(actionStatusForPeriod(action, [blueQ4], Q1_2018, context)).toBe('Blue');
  });

  test.each<[string, string | undefined, ActionStatus]>([
    ['an action starting the day after the quarter ends is not due', '2018-04-01', 'NotDue'],
    ['an action starting on the quarter’s last day is due', '2018-03-31', 'NoUpdate'],
    ['an action without a start date is due', undefined, 'NoUpdate']
  ])('%s', (_name, startDate, expected) => {
    expect(actionStatusForPeriod({ ...action, startDate }, [], Q4_2017, AFTER_DUE)).toBe(expected);
  });
});

describe('isOverdue (SPEC §4.2: past its end date and not Blue)', () => {
  test.each<[string, string | undefined, ActionStatus, string, boolean]>([
    ['Green the day after the end date → overdue', '2018-03-31', 'Green', '2018-04-01', true],
    ['Green on the end date → not yet overdue', '2018-03-31', 'Green', '2018-03-31', false],
    ['Green before the end date → not overdue', '2018-03-31', 'Green', '2018-01-15', false],
    ['Amber past the end date → overdue', '2018-03-31', 'Amber', '2018-04-16', true],
    ['Red past the end date → overdue', '2018-03-31', 'Red', '2018-04-16', true],
    ['no update received past the end date → overdue', '2018-03-31', 'NoUpdate', '2018-04-16', true],
    ['awaiting update past the end date → overdue', '2018-03-31', 'AwaitingUpdate', '2018-04-02', true],
    ['Blue past the end date → not overdue', '2018-03-31', 'Blue', '2018-04-16', false],
    ['Withdrawn past the end date → not overdue', '2018-03-31', 'Withdrawn', '2018-04-16', false],
    ['Not due past the end date → not overdue', '2018-03-31', 'NotDue', '2018-04-16', false],
    ['no end date → never overdue', undefined, 'Red', '2030-01-01', false],
    ['across the year end: due 31 Dec 2017, checked 1 Jan 2018 → overdue', '2017-12-31', 'Green', '2018-01-01', true]
  ])('%s', (_name, endDate, status, day, expected) => {
    expect(isOverdue({ ...action, endDate }, status, day)).toBe(expected);
  });
});

describe('actionIsOverdue: what the web part and the report both show', () => {
  const reported = (financialYear: string, quarter: 'Q3' | 'Q4', status: ReportedStatus, reviewState: ReviewState = 'Approved'): Update =>
    ({ actionRef: '1.c.', financialYear, quarter, status, reviewState, progress: 'As reported.' });

  test.each<[string, Update[], string, boolean]>([
    ['withdrawn this quarter, past its end date', [reported('2017-18', 'Q4', 'Withdrawn')], '2018-04-16', false],
    ['withdrawn last quarter, carried forward', [reported('2017-18', 'Q3', 'Withdrawn')], '2018-04-16', false],
    ['Blue last quarter, carried forward', [reported('2017-18', 'Q3', 'Blue')], '2018-04-16', false],
    ['Blue this quarter', [reported('2017-18', 'Q4', 'Blue')], '2018-04-16', false],
    ['Green this quarter, past its end date', [reported('2017-18', 'Q4', 'Green')], '2018-04-16', true],
    ['Blue only in a draft', [reported('2017-18', 'Q4', 'Blue', 'Draft')], '2018-04-16', true],
    ['no update, past its end date', [], '2018-04-16', true],
    ['Green, on its end date', [reported('2017-18', 'Q4', 'Green')], '2018-03-31', false]
  ])('%s → %s', (_case, updates, asOfDay, expected) => {
    expect(actionIsOverdue(action, updates, Q4_2017, asOf(asOfDay))).toBe(expected);
  });

  test('an action that has not started is not overdue, even past an (odd) end date', () => {
    expect(actionIsOverdue({ ...action, startDate: '2018-05-01', endDate: '2018-03-31' }, [], Q4_2017, AFTER_DUE)).toBe(false);
  });
});

describe('isFinished: reported complete or withdrawn, so nobody is chased', () => {
  test.each<[ActionStatus, boolean]>([
    ['Blue', true],
    ['Withdrawn', true],
    ['Green', false],
    ['Amber', false],
    ['Red', false],
    ['NotDue', false],
    ['NoUpdate', false],
    ['AwaitingUpdate', false]
  ])('%s → %s', (status, expected) => {
    expect(isFinished(status)).toBe(expected);
  });
});
