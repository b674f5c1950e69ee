import { readFileSync } from 'fs';
import { join } from 'path';
import { REMINDER_KINDS, ReminderKind } from '../../../src/domain/reminders/reminderTypes';
import { ReminderLanguage } from '../../../src/reminders/contracts';
import { MAX_PREVIEW_LENGTH, renderActivity, truncate } from '../../../src/reminders/messages/renderActivity';
import { IMyMilestonesFocus, MAX_DEEP_LINK_LENGTH, parseMyMilestonesFocus } from '../../../src/teams/deepLinks';
import { TRACKER_TEAMS_APP_ID } from '../../../src/teams/teamsApps';
import { DIGESTS, digest, LINKS, milestoneRow, updateRow } from './digests';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'teams-apps', 'notifier', 'manifest.json'), 'utf8'));
const welsh = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'teams-apps', 'notifier', 'cy-gb.json'), 'utf8'));
const placeholders = (text: string): string[] => (text.match(/\{(\w+)\}/g) || []).map((name) => name.slice(1, -1)).sort();

function focusOf(webUrl: string): IMyMilestonesFocus | undefined {
  const context = new URL(webUrl).searchParams.get('context') as string;
  return parseMyMilestonesFocus(JSON.parse(context).subEntityId);
}

describe('renderActivity', () => {
  test.each(REMINDER_KINDS.map((kind) => [kind]))('%s: the notifier\'s activity type, with exactly the parameters its English and Welsh templates use', (kind: ReminderKind) => {
    const index = manifest.activities.activityTypes.findIndex((activity: { type: string }) => activity.type === kind);
    const body = renderActivity(DIGESTS[kind], 'en-GB', LINKS);
    expect(body.activityType).toBe(kind);
    expect(index).toBeGreaterThanOrEqual(0);
    const names = body.templateParameters.map((parameter) => parameter.name).sort();
    expect(names).toEqual(placeholders(manifest.activities.activityTypes[index].templateText));
    expect(names).toEqual(placeholders(welsh[`activities.activityTypes[${index}].templateText`]));
  });

  test.each<[ReminderKind, ReminderLanguage, Record<string, string>]>([
    ['updateDueSoon', 'en-GB', { period: 'Q4 2017-18', dueDate: '12 April 2018', count: '3' }],
    ['updateDueSoon', 'cy-GB', { period: 'Ch4 2017-18', dueDate: '12 Ebrill 2018', count: '3' }],
    ['updateOverdue', 'cy-GB', { period: 'Ch4 2017-18', dueDate: '12 Ebrill 2018', count: '2' }],
    ['milestoneDueSoon', 'en-GB', { dueDate: '19 April 2018', count: '2' }],
    ['milestoneOverdue', 'cy-GB', { count: '1' }],
    ['escalationDigest', 'en-GB', { plan: 'Corporate Plan', count: '3' }],
    ['decisionsWaiting', 'cy-GB', { count: '2' }]
  ])('%s in %s: parameter values in the person\'s language', (kind, language, values) => {
    const body = renderActivity(DIGESTS[kind], language, LINKS);
    expect(Object.fromEntries(body.templateParameters.map((parameter) => [parameter.name, parameter.value]))).toEqual(values);
  });

  test.each<[ReminderLanguage, string]>([
    ['en-GB', 'Corporate Plan, Wellbeing Plan and Economy Plan'],
    ['cy-GB', 'Corporate Plan, Wellbeing Plan ac Economy Plan']
  ])('an escalation across plans names each once (%s)', (language, plans) => {
    const owner = { name: 'Bethan', email: 'bethan@contoso.gov.uk' };
    const late = { daysOverdue: 3, daysUntilDue: 0 };
    const rows = [
      updateRow(1, '1.a.', 'A', 'Corporate Plan', late, owner), updateRow(2, '1.b.', 'B', 'Wellbeing Plan', late, owner),
      updateRow(3, '1.c.', 'C', 'Corporate Plan', late, owner), updateRow(4, '1.d.', 'D', 'Economy Plan', late, owner)
    ];
    const body = renderActivity(digest('escalationDigest', rows, { updatesDue: '2018-04-12' }), language, LINKS);
    expect(body.templateParameters).toEqual([{ name: 'plan', value: plans }, { name: 'count', value: '4' }]);
  });

  test.each<[ReminderLanguage, string, string]>([
    ['en-GB', 'Milestones due by 19 April 2018', 'My milestones'],
    ['cy-GB', 'Cerrig milltir yn ddyledus erbyn 19 Ebrill 2018', 'Fy ngherrig milltir']
  ])('its topic is the subject in %s, linking to the My milestones tab under its name', (language, subject, label) => {
    const { topic } = renderActivity(DIGESTS.milestoneDueSoon, language, LINKS);
    expect(topic.source).toBe('text');
    expect(topic.value).toBe(subject);
    const url = new URL(topic.webUrl);
    expect(url.pathname).toBe(`/l/entity/${TRACKER_TEAMS_APP_ID}/myMilestones`);
    expect(url.searchParams.get('label')).toBe(label);
  });

  test.each<[ReminderKind, number[], number[]]>([
    ['updateDueSoon', [], [7, 9, 11]],
    ['updateOverdue', [], [7, 9]],
    ['milestoneDueSoon', [40, 12], []],
    ['milestoneOverdue', [40], []],
    ['escalationDigest', [], [7, 8, 9]],
    ['decisionsWaiting', [], []]
  ])('%s: the deep link names its milestones %j and actions %j', (kind, milestoneIds, actionIds) => {
    const { webUrl } = renderActivity(DIGESTS[kind], 'en-GB', LINKS).topic;
    expect(focusOf(webUrl)).toEqual({ activity: kind, milestoneIds, actionIds, more: false });
  });

  test('a digest of 2,000 milestones links within 1,024 characters, saying some were left off', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => milestoneRow(10000 + i, '1.a.', `Milestone ${i}`, '2018-04-19', { daysOverdue: 0, daysUntilDue: 7 }));
    const { webUrl } = renderActivity(digest('milestoneDueSoon', rows), 'cy-GB', LINKS).topic;
    expect(webUrl.length).toBeLessThanOrEqual(MAX_DEEP_LINK_LENGTH);
    const focus = focusOf(webUrl) as IMyMilestonesFocus;
    expect(focus.more).toBe(true);
    expect(focus.milestoneIds.slice(0, 3)).toEqual([10000, 10001, 10002]);
  }, 20_000);

  test.each(REMINDER_KINDS.flatMap((kind) => (['en-GB', 'cy-GB'] as const).map((language): [ReminderKind, ReminderLanguage] => [kind, language])))(
    '%s in %s: the preview is the intro, within Graph\'s 150 characters', (kind: ReminderKind, language: ReminderLanguage) => {
      const { content } = renderActivity(DIGESTS[kind], language, LINKS).previewText;
      expect(content.length).toBeLessThanOrEqual(MAX_PREVIEW_LENGTH);
      expect(content.length).toBeGreaterThan(40);
    });

  test('a long Welsh intro is cut at a word, with an ellipsis', () => {
    const { content } = renderActivity(DIGESTS.milestoneDueSoon, 'cy-GB', LINKS).previewText;
    expect(content).toBe("Mae gennych 2 garreg filltir sy'n ddyledus yn ystod y 7 diwrnod nesaf, erbyn 19 Ebrill 2018. Marciwch bob un yn gyflawn yn Fy ngherrig milltir pan…");
  });
});

describe('truncate', () => {
  test.each<[string, number, string]>([
    ['Short enough', 150, 'Short enough'],
    ['exactly ten', 11, 'exactly ten'],
    ['Cut at a word, not mid-word', 16, 'Cut at a word…'],
    ['Trailing punctuation goes. Then more', 28, 'Trailing punctuation goes…'],
    ['Averyveryverylongwordwithnospaces', 10, 'Averyvery…']
  ])('%j to %i characters is %j', (text, limit, expected) => {
    expect(truncate(text, limit)).toBe(expected);
    expect(truncate(text, limit).length).toBeLessThanOrEqual(limit);
  });
});
