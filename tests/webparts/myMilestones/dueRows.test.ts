import { dayCountText, DueRow, kindText, rowKey, statusText } from '../../../src/webparts/myMilestones/components/dueText';
import { rowsInFocus } from '../../../src/webparts/myMilestones/components/reminderFocus';
import { MyMilestones } from '../../../src/report/loadMyMilestones';
import { parseMyMilestonesFocus } from '../../../src/teams/deepLinks';
import { myMilestonesStrings } from '../../browser/support/milestonesFixture';

const PLAN = 'Better Outcomes Plan 2017-20';
const PERIOD = { financialYear: '2019-20', quarter: 'Q4' as const };
const en = myMilestonesStrings('en-gb');
const cy = myMilestonesStrings('cy-gb');

const timing = (daysOverdue: number, daysUntilDue: number): Pick<DueRow, 'daysOverdue' | 'daysUntilDue'> => ({ daysOverdue, daysUntilDue });
const milestone = (id: number, daysOverdue: number, daysUntilDue = 0): DueRow => ({
  kind: 'milestone', plan: PLAN, ref: '1.a.', title: `Milestone ${id}`, dueDate: '2020-03-31', status: 'NotDone', ...timing(daysOverdue, daysUntilDue),
  milestone: { id, etag: '"1"', value: { plan: PLAN, actionRef: '1.a.', title: `Milestone ${id}`, dueDate: '2020-03-31' } }
} as DueRow);
const owed = (actionId: number): DueRow => ({
  kind: 'updateOwed', plan: PLAN, ref: '2.b.', title: 'Open family hubs', dueDate: '2020-04-16', status: 'AwaitingUpdate', ...timing(0, 10),
  action: { id: actionId, value: { ref: '2.b.', title: 'Open family hubs', startDate: '2019-04-01', endDate: '2021-03-31' } }, period: PERIOD
} as DueRow);
const listOf = (overdue: DueRow[], dueSoon: DueRow[]): MyMilestones => ({
  today: '2020-04-06', overdue, dueSoon, byPlan: [{ plan: PLAN, overdue, dueSoon }], nextUpdates: { period: PERIOD, due: '2020-04-16' }
});

describe('a due row in words', () => {
  test.each([
    [en, 1, 0, '1 day overdue'],
    [en, 97, 0, '97 days overdue'],
    [en, 0, 1, 'Due in 1 day'],
    [en, 0, 10, 'Due in 10 days'],
    [en, 0, 0, 'Due today'],
    [cy, 2, 0, '2 ddiwrnod yn hwyr'],
    [cy, 6, 0, '6 diwrnod yn hwyr'],
    [cy, 0, 2, 'Yn ddyledus ymhen 2 ddiwrnod'],
    [cy, 0, 0, 'Yn ddyledus heddiw']
  ])('%#: %i days overdue, %i days to go reads "%s"', (strings, daysOverdue, daysUntilDue, text) => {
    expect(dayCountText({ ...milestone(1, daysOverdue, daysUntilDue) }, strings as typeof en)).toBe(text);
  });

  test('an owed update names its quarter in the page language; a milestone is "not done"', () => {
    expect(kindText(owed(7), en)).toBe('Quarterly update for Q4 2019-20');
    expect(kindText(owed(7), cy)).toBe('Diweddariad chwarterol ar gyfer Ch4 2019-20');
    expect(statusText('NotDone', en)).toBe('Not done');
    expect(statusText('AwaitingUpdate', en)).toBe(en.Status.AwaitingUpdate);
  });
});

describe("a reminder's deep link on the list", () => {
  const list = listOf([milestone(40, 9), milestone(12, 3)], [owed(7)]);

  test('names the rows still due, in the list\'s order, whatever order the link gave them', () => {
    const focus = parseMyMilestonesFocus('milestoneOverdue;m=12.40;a=7');
    expect(rowsInFocus(list, focus!)).toEqual([rowKey(milestone(40, 9)), rowKey(milestone(12, 3)), rowKey(owed(7))]);
  });

  test('a reminder about updates names its actions\' owed updates, not their end dates; a milestone reminder naming an action names both', () => {
    const ending: DueRow = { ...owed(7), kind: 'actionEnd', dueDate: '2020-03-31', status: 'Amber', ...timing(6, 0) } as DueRow;
    const withEnd = listOf([ending], [owed(7)]);
    expect(rowsInFocus(withEnd, parseMyMilestonesFocus('updateDueSoon;a=7')!)).toEqual([rowKey(owed(7))]);
    expect(rowsInFocus(withEnd, parseMyMilestonesFocus('updateOverdue;a=7')!)).toEqual([rowKey(owed(7))]);
    expect(rowsInFocus(withEnd, parseMyMilestonesFocus('milestoneOverdue;a=7')!)).toEqual([rowKey(ending), rowKey(owed(7))]);
  });

  test('names nothing when its items are done, deleted or not the person\'s', () => {
    expect(rowsInFocus(list, parseMyMilestonesFocus('milestoneOverdue;m=99;a=98')!)).toEqual([]);
  });

  test('row keys are distinct element ids for milestones, updates and end dates of the same ids', () => {
    const keys = [rowKey(milestone(7, 1)), rowKey(owed(7))];
    expect(new Set(keys).size).toBe(2);
    keys.forEach((key) => expect(key).toMatch(/^due-[\w-]+$/));
  });
});
