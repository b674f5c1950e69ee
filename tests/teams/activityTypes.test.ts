import { REMINDER_KINDS } from '../../src/domain/reminders/reminderTypes';
import { ACTIVITY_TYPES, isActivityType } from '../../src/teams/teamsApps';

describe('the notifier app\'s activity types', () => {
  test('are the reminder kinds the planner gives digests, in the same order', () => {
    expect([...ACTIVITY_TYPES]).toEqual([...REMINDER_KINDS]);
  });

  test('include decisionsWaiting, so a deep link for change requests is read back by the tab', () => {
    expect(isActivityType('decisionsWaiting')).toBe(true);
  });
});
