import {
  formatMyMilestonesFocus,
  IMyMilestonesFocus,
  MAX_DEEP_LINK_LENGTH,
  myMilestonesDeepLink,
  parseMyMilestonesFocus
} from '../../src/teams/deepLinks';
import { ACTIVITY_TYPES, ActivityType, TRACKER_TEAMS_APP_ID } from '../../src/teams/teamsApps';

const target = { teamsAppId: TRACKER_TEAMS_APP_ID, label: 'My milestones' };
const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

/** What Teams hands the tab: the link's `context` parameter, decoded. */
function subEntityIdOf(link: string): string {
  const context = new URL(link).searchParams.get('context');
  return JSON.parse(context as string).subEntityId;
}

describe('myMilestonesDeepLink', () => {
  test('opens the tracker app\'s My milestones tab with the focus in context.subEntityId', () => {
    const link = myMilestonesDeepLink(target, { activity: 'milestoneOverdue', milestoneIds: [12, 40], actionIds: [7] });
    const url = new URL(link);
    expect(url.origin).toBe('https://teams.microsoft.com');
    expect(url.pathname).toBe(`/l/entity/${TRACKER_TEAMS_APP_ID}/myMilestones`);
    expect(url.searchParams.get('label')).toBe('My milestones');
    expect(subEntityIdOf(link)).toBe('milestoneOverdue;m=12.40;a=7');
  });

  test('encodes a Welsh label and keeps the link a valid URL', () => {
    const link = myMilestonesDeepLink({ ...target, label: 'Fy ngherrig milltir & diweddariadau' }, { activity: 'updateDueSoon', milestoneIds: [], actionIds: [3] });
    expect(link).not.toMatch(/[\s"{}]/);
    expect(new URL(link).searchParams.get('label')).toBe('Fy ngherrig milltir & diweddariadau');
  });

  test.each(ACTIVITY_TYPES.map((activity) => [activity]))('round-trips through the tab for %s', (activity: ActivityType) => {
    const focus = { activity, milestoneIds: [1, 2, 3], actionIds: [99] };
    expect(parseMyMilestonesFocus(subEntityIdOf(myMilestonesDeepLink(target, focus)))).toEqual({ ...focus, more: false });
  });

  test.each([
    [1, 0],
    [150, 0],
    [0, 150],
    [400, 400],
    [5000, 5000]
  ])('stays within 1024 characters for %i milestones and %i actions by leaving ids off and saying so', (milestones: number, actions: number) => {
    const link = myMilestonesDeepLink(target, { activity: 'escalationDigest', milestoneIds: range(30000, milestones), actionIds: range(1000, actions) });
    expect(link.length).toBeLessThanOrEqual(MAX_DEEP_LINK_LENGTH);
    const focus = parseMyMilestonesFocus(subEntityIdOf(link)) as IMyMilestonesFocus;
    const kept = focus.milestoneIds.length + focus.actionIds.length;
    expect(focus.more).toBe(kept < milestones + actions);
    expect(focus.milestoneIds).toEqual(range(30000, focus.milestoneIds.length));
    expect(focus.actionIds).toEqual(range(1000, focus.actionIds.length));
  });

  test('keeps ids from both lists when both are long', () => {
    const link = myMilestonesDeepLink(target, { activity: 'escalationDigest', milestoneIds: range(1, 500), actionIds: range(1, 500) });
    const focus = parseMyMilestonesFocus(subEntityIdOf(link)) as IMyMilestonesFocus;
    expect(focus.milestoneIds.length).toBeGreaterThan(10);
    expect(Math.abs(focus.milestoneIds.length - focus.actionIds.length)).toBeLessThanOrEqual(1);
    expect(focus.more).toBe(true);
  });

  test.each([
    ['an app id that is not a GUID', { ...target, teamsAppId: 'tracker' }, [1], /GUID/],
    ['an id that is not an item id', target, [0], /item ids/],
    ['a fractional id', target, [1.5], /item ids/],
    ['a label too long for any link', { ...target, label: 'x'.repeat(1000) }, [1], /over 1024/]
  ])('refuses %s', (_, linkTarget, milestoneIds: number[], message: RegExp) => {
    expect(() => myMilestonesDeepLink(linkTarget, { activity: 'milestoneDueSoon', milestoneIds, actionIds: [] })).toThrow(message);
  });
});

describe('parseMyMilestonesFocus', () => {
  test.each<[string | undefined, IMyMilestonesFocus | undefined]>([
    [undefined, undefined],
    ['', undefined],
    ['updateOverdue', { activity: 'updateOverdue', milestoneIds: [], actionIds: [], more: false }],
    ['updateOverdue;a=4.5;more', { activity: 'updateOverdue', milestoneIds: [], actionIds: [4, 5], more: true }],
    ['somethingElse;m=1', undefined],
    ['milestoneDueSoon;m=1..2', undefined],
    ['milestoneDueSoon;m=-1', undefined],
    ['milestoneDueSoon;x=1', undefined]
  ])('reads %j as %j', (subEntityId, expected) => {
    expect(parseMyMilestonesFocus(subEntityId)).toEqual(expected);
  });

  test('formats what it parses', () => {
    const text = 'escalationDigest;m=3;a=8.9;more';
    expect(formatMyMilestonesFocus(parseMyMilestonesFocus(text) as IMyMilestonesFocus)).toBe(text);
  });
});
