import { daysOverdue, doneDateProblem, isMilestoneDone, isMilestoneOverdue } from '../../src/domain/milestones';

describe('a milestone against the calendar', () => {
  test.each<[string, string, string | undefined, string, boolean, number]>([
    ['due yesterday, not done', '2018-06-30', undefined, '2018-07-01', true, 1],
    ['due today, not done', '2018-07-02', undefined, '2018-07-02', false, 0],
    ['due next month', '2018-08-31', undefined, '2018-07-02', false, 0],
    ['due long ago, done', '2018-03-31', '2018-04-20', '2018-07-02', false, 93],
    ['due across the clocks going back', '2018-10-27', undefined, '2018-10-29', true, 2],
    ['due a year ago', '2017-07-02', undefined, '2018-07-02', true, 365]
  ])('%s → overdue %s', (_case, dueDate, doneDate, asOf, overdue, days) => {
    expect(isMilestoneOverdue({ dueDate, doneDate }, asOf)).toBe(overdue);
    expect(isMilestoneDone({ doneDate })).toBe(doneDate !== undefined);
    expect(daysOverdue(dueDate, asOf)).toBe(days);
  });

  test.each<[string, string, string | undefined]>([
    ['today', '2018-07-02', undefined],
    ['last month', '2018-06-12', undefined],
    ['tomorrow', '2018-07-03', 'doneDateFuture'],
    ['an empty box', '', 'doneDateMissing'],
    ['a day that does not exist', '2018-02-30', 'doneDateMissing'],
    ['a UK-style date', '02/07/2018', 'doneDateMissing']
  ])('done %s → %s', (_case, doneDate, expected) => {
    expect(doneDateProblem(doneDate, '2018-07-02')).toBe(expected);
  });
});
