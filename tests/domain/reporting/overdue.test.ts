import { ActionStatus, Milestone } from '../../../src/domain/model';
import { overdueItems } from '../../../src/domain/reporting/overdue';
import { action } from './reportBuilders';

const asOf = '2018-04-10';

describe('overdue actions', () => {
  test.each<[string, string, ActionStatus, boolean]>([
    ['past its end date and Amber', '2018-03-31', 'Amber', true],
    ['past its end date with no update', '2018-03-31', 'NoUpdate', true],
    ['past its end date but complete', '2018-03-31', 'Blue', false],
    ['past its end date but withdrawn', '2018-03-31', 'Withdrawn', false],
    ['due today', '2018-04-10', 'Red', false],
    ['due later', '2018-06-30', 'Red', false]
  ])('an action %s: overdue %s', (_name, endDate, status, expected) => {
    const items = overdueItems([{ action: action('1.d.', '1', { endDate }), status }], [], asOf);
    expect(items.length > 0).toBe(expected);
  });

  test('lists owner, due date and how late', () => {
    const owner = { name: 'Ian Brown', email: 'ian.brown@example.gov.uk' };
    const items = overdueItems([{ action: action('1.d.', '1', { title: 'Personal Education Plans', owner, endDate: '2018-03-31' }), status: 'Amber' }], [], asOf);
    expect(items).toEqual([
      { itemType: 'action', itemRef: '1.d.', owner: 'Ian Brown', dueDate: '2018-03-31', title: 'Personal Education Plans', ownerEmail: 'ian.brown@example.gov.uk', daysOverdue: 10 }
    ]);
  });
});

describe('overdue milestones', () => {
  const parent = { action: action('1.b.', '1', { owner: { name: 'IB' } }), status: 'Green' as ActionStatus };
  const milestone = (extra: Partial<Milestone>): Milestone => ({ actionRef: '1.b.', title: 'Training delivered', dueDate: '2018-03-01', ...extra });

  test.each<[string, Partial<Milestone>, boolean]>([
    ['past due and not done', {}, true],
    ['past due but done', { doneDate: '2018-03-20' }, false],
    ['due today', { dueDate: '2018-04-10' }, false]
  ])('a milestone %s: overdue %s', (_name, extra, expected) => {
    expect(overdueItems([parent], [milestone(extra)], asOf).length > 0).toBe(expected);
  });

  test("takes the action's owner unless it has its own", () => {
    const items = overdueItems([parent], [milestone({}), milestone({ title: 'Evaluation', owner: { name: 'JM' } })], asOf);
    expect(items.map((item) => [item.title, item.owner])).toEqual([
      ['Evaluation', 'JM'],
      ['Training delivered', 'IB']
    ]);
  });

  test("a withdrawn action's milestones are not chased", () => {
    expect(overdueItems([{ ...parent, status: 'Withdrawn' }], [milestone({})], asOf)).toEqual([]);
  });

  test('a milestone of an unknown action is still listed, without an owner name', () => {
    expect(overdueItems([], [milestone({ actionRef: '9.z.' })], asOf).map((item) => [item.itemRef, item.owner])).toEqual([['9.z.', '']]);
  });
});

test('overdue items are ordered by due date, then reference, actions before their milestones', () => {
  const actions = [
    { action: action('1.10.', '1', { endDate: '2018-01-31' }), status: 'Red' as ActionStatus },
    { action: action('1.b.', '1', { endDate: '2018-01-31' }), status: 'Red' as ActionStatus },
    { action: action('2.a.', '2', { endDate: '2017-12-31' }), status: 'Amber' as ActionStatus }
  ];
  const milestones: Milestone[] = [
    { actionRef: '1.b.', title: 'Plan agreed', dueDate: '2018-01-31' },
    { actionRef: '3.a.', title: 'Site found', dueDate: '2018-03-15' }
  ];
  expect(overdueItems(actions, milestones, asOf).map((item) => `${item.dueDate} ${item.itemType} ${item.itemRef}`)).toEqual([
    '2017-12-31 action 2.a.',
    '2018-01-31 action 1.b.',
    '2018-01-31 milestone 1.b.',
    '2018-01-31 action 1.10.',
    '2018-03-15 milestone 3.a.'
  ]);
});
