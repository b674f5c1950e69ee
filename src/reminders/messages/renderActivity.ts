import { ReminderKind } from '../../domain/reminders/reminderTypes';
import { ActivityRequest, ReminderLanguage, StoredDigest } from '../contracts';
import { digestFacts, periodName } from './digestFacts';
import { stringsFor } from './reminderLanguage';
import { ReminderLinks, teamsLink } from './reminderLinks';
import { DigestFacts, ReminderStrings } from './reminderStrings';

/** Graph cuts an activity's preview text at 150 characters (M365-LIMITS.md, "Teams"). */
export const MAX_PREVIEW_LENGTH = 150;

type TemplateParameter = 'period' | 'dueDate' | 'count' | 'plan';

/** The parameters each activity type's template in teams-apps/notifier uses (a test reads the manifest). */
export const TEMPLATE_PARAMETERS: Record<ReminderKind, TemplateParameter[]> = {
  updateDueSoon: ['period', 'dueDate', 'count'],
  updateOverdue: ['period', 'dueDate', 'count'],
  milestoneDueSoon: ['dueDate', 'count'],
  milestoneOverdue: ['count'],
  escalationDigest: ['plan', 'count'],
  decisionsWaiting: ['count']
};

/** Text cut at a word to `limit` characters with an ellipsis, or as it is when it fits. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;]+$/, '')}…`;
}

function parameterValue(name: TemplateParameter, digest: StoredDigest, facts: DigestFacts, strings: ReminderStrings): string {
  switch (name) {
    case 'period': return periodName(digest.period, strings);
    case 'dueDate': return facts.dueDate;
    case 'count': return String(facts.count);
    case 'plan': return strings.list(Array.from(new Set(digest.rows.map((row) => row.plan))));
  }
}

/**
 * A digest as the body of Graph's sendActivityNotification, in the person's one language: the
 * notifier app's activity type for the digest's kind with its template's parameters, the
 * subject as the topic linking into My milestones on the digest's items, and the intro as the preview.
 */
export function renderActivity(digest: StoredDigest, language: ReminderLanguage, links: ReminderLinks): ActivityRequest['body'] {
  const strings = stringsFor(language);
  const facts = digestFacts(digest, strings);
  return {
    topic: { source: 'text', value: strings.subject[digest.kind](facts), webUrl: teamsLink(digest, strings, links) },
    activityType: digest.kind,
    previewText: { content: truncate(strings.intro[digest.kind](facts), MAX_PREVIEW_LENGTH) },
    templateParameters: TEMPLATE_PARAMETERS[digest.kind].map((name) => ({ name, value: parameterValue(name, digest, facts, strings) }))
  };
}
