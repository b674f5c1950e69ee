/**
 * @jest-environment node
 */
import { TRACKER_TEAMS_APP_ID } from '../../../src/teams/teamsApps';
import { myMilestonesDeepLink } from '../../../src/teams/deepLinks';
import { localMilestonesLink, londonTime } from '../../../src/local/workbench/remindersPage';
import { notificationText, notifierAppName } from '../../../src/local/workbench/notificationText';

/**
 * The Reminders page's words: a Teams deep link played as the workbench's own My milestones
 * address, a notification as the notifier app's template words it (teams-apps/notifier), and
 * the times the outbox shows.
 */

const teamsLink = (context: string): string => `https://teams.microsoft.com/l/entity/${TRACKER_TEAMS_APP_ID}/myMilestones?context=${encodeURIComponent(context)}`;

describe('localMilestonesLink', () => {
  test.each([
    ['a deep link with a focus', teamsLink('{"subEntityId":"updateDueSoon;a=12.40"}'), '/milestones?subEntityId=updateDueSoon%3Ba%3D12.40'],
    ['milestones and more', teamsLink('{"subEntityId":"milestoneOverdue;m=7;more"}'), '/milestones?subEntityId=milestoneOverdue%3Bm%3D7%3Bmore'],
    ['a context with no sub-entity', teamsLink('{"channelId":"x"}'), '/milestones'],
    ['a link with no context', `https://teams.microsoft.com/l/entity/${TRACKER_TEAMS_APP_ID}/myMilestones`, '/milestones'],
    ['a context that is not JSON', teamsLink('{subEntityId'), '/milestones'],
    ['not an address', 'not a link', '/milestones'],
    ['no link at all', undefined, '/milestones']
  ])('%s', (_name, webUrl, expected) => {
    expect(localMilestonesLink(webUrl)).toBe(expected);
  });

  test('the job\'s own deep link opens the workbench on the same items', () => {
    const link = myMilestonesDeepLink({ teamsAppId: TRACKER_TEAMS_APP_ID, label: 'My milestones' }, { activity: 'milestoneOverdue', milestoneIds: [3, 41], actionIds: [] });
    expect(localMilestonesLink(link)).toBe('/milestones?subEntityId=milestoneOverdue%3Bm%3D3.41');
  });
});

describe('notificationText', () => {
  const period = { name: 'period', value: 'Q4 2019-20' };
  test.each([
    ['updateDueSoon', [period, { name: 'dueDate', value: '16 April 2020' }, { name: 'count', value: '4' }], false, 'Q4 2019-20 updates are due by 16 April 2020: 4 still to write'],
    ['updateOverdue', [period, { name: 'dueDate', value: '16 April 2020' }, { name: 'count', value: '1' }], false, 'Q4 2019-20 updates were due on 16 April 2020: 1 still to write'],
    ['milestoneOverdue', [{ name: 'count', value: '5' }], false, 'Milestones past their due date: 5'],
    ['milestoneOverdue', [{ name: 'count', value: '5' }], true, 'Cerrig milltir sydd wedi mynd heibio\'u dyddiad: 5'],
    ['updateDueSoon', [{ name: 'period', value: 'Ch4 2019-20' }, { name: 'dueDate', value: '16 Ebrill 2020' }, { name: 'count', value: '8' }], true,
      'Mae diweddariadau Ch4 2019-20 i\'w cyflwyno erbyn 16 Ebrill 2020: 8 heb eu hysgrifennu'],
    ['escalationDigest', [{ name: 'plan', value: 'the SEP' }, { name: 'count', value: '3' }], false, 'Still outstanding in the SEP: 3 updates and milestones'],
    ['decisionsWaiting', [], false, 'Deadline change requests waiting for your decision: {count}'],
    ['notAType', [], false, '(notAType: not an activity type the notifier app declares)']
  ])('%s, case %#', (activityType, parameters, welsh, expected) => {
    expect(notificationText(activityType, parameters, welsh)).toBe(expected);
  });

  test('a parameter\'s value is put in as it is, not read as a template', () => {
    expect(notificationText('milestoneOverdue', [{ name: 'count', value: '{count} <b>' }], false)).toBe('Milestones past their due date: {count} <b>');
  });

  test('the app\'s name, as the feed shows it', () => {
    expect(notifierAppName(false)).toBe('Tracker reminders');
    expect(notifierAppName(true)).toBe('Nodiadau atgoffa traciwr');
  });
});

describe('londonTime', () => {
  test.each([
    ['summer time: 08:00 UTC is 09:00 in London', '2020-04-06T08:00:00Z', 'Monday 6 April 2020 at 09:00'],
    ['winter: UTC is London', '2020-01-06T09:30:00Z', 'Monday 6 January 2020 at 09:30'],
    ['late evening UTC is the next day in summer', '2020-04-11T23:30:00Z', 'Sunday 12 April 2020 at 00:30']
  ])('%s', (_name, instant, expected) => {
    expect(londonTime(instant)).toBe(expected);
  });
});
