import { londonDateOf } from '../calendarDate';
import { updatesOwed } from '../myMilestones/dueItems';
import { decisionsDraft, milestoneDrafts } from './datedDigests';
import { DigestDraft } from './digestDraft';
import { PlanningDay, planningDayOf } from './planningDay';
import { escalationDrafts, indexObjectives, OwedUpdates } from './escalation';
import { reminderKey } from './reminderKey';
import { resolveSettings } from './reminderSettings';
import {
  REMINDER_KINDS, ReminderDigest, ReminderInput, ReminderPlan, ReminderSettings, ReminderSources, UnlinkedRecipient
} from './reminderTypes';
import { parseNow, sendableAt } from './sendWindow';
import { updateDigestOf } from './updateStages';

/** Every digest the rules call for on the day, before the log is read (the rules: see index.ts). */
function draftsFor<S extends ReminderSources>(input: ReminderInput<S>, day: PlanningDay): Array<DigestDraft<S>> {
  const drafts: Array<DigestDraft<S>> = [];
  const owners: Array<OwedUpdates<S>> = [];
  const namesByEmail = new Map<string, string>();
  input.people.forEach((person) => {
    const clock = day.clockOf(person.calendar);
    const owed = updatesOwed(person, clock);
    const update = updateDigestOf(person, clock, owed, day);
    const decisions = decisionsDraft(person, clock, day);
    drafts.push(...(update ? [update] : []), ...milestoneDrafts(person, clock, day), ...(decisions ? [decisions] : []));
    owners.push({ calendar: person.calendar, plans: person.plans, clock, owed });
    if (person.email.trim()) {
      namesByEmail.set(person.email.trim().toLowerCase(), person.name);
    }
  });
  return drafts.concat(escalationDrafts(owners, indexObjectives(input.objectives), namesByEmail, day));
}

function countUnlinked<S extends ReminderSources>(drafts: ReadonlyArray<DigestDraft<S>>): UnlinkedRecipient[] {
  const counts = new Map<string, UnlinkedRecipient>();
  drafts.forEach((draft) => draft.rows.forEach((row) => {
    const group = `${draft.recipient.name}|${row.plan}`;
    const count = counts.get(group) || { name: draft.recipient.name, plan: row.plan, rows: 0 };
    count.rows += 1;
    counts.set(group, count);
  }));
  const result: UnlinkedRecipient[] = [];
  counts.forEach((count) => result.push(count));
  return result.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : 0));
}

function byRecipientThenKind<S extends ReminderSources>(a: ReminderDigest<S>, b: ReminderDigest<S>): number {
  const left = a.recipient.email.toLowerCase();
  const right = b.recipient.email.toLowerCase();
  return left < right ? -1 : left > right ? 1 : REMINDER_KINDS.indexOf(a.kind) - REMINDER_KINDS.indexOf(b.kind);
}

/** Turns drafts into the plan: the log decides what is already done, and who has no e-mail is counted, not sent to. */
function settle<S extends ReminderSources>(drafts: ReadonlyArray<DigestDraft<S>>, day: PlanningDay): Pick<ReminderPlan<S>, 'digests' | 'alreadySent' | 'unlinked'> {
  const digests: Array<ReminderDigest<S>> = [];
  const done: Array<ReminderDigest<S>> = [];
  drafts.filter((draft) => draft.recipient.email.trim() !== '').forEach((draft) => {
    const recipient = { email: draft.recipient.email.trim(), name: draft.recipient.name };
    const key = reminderKey(recipient.email, draft.period, draft.stage);
    const state = day.log.stateOf(key);
    const digest: ReminderDigest<S> = { ...draft, recipient, key, resumed: state === 'Sending' };
    (state === 'Sent' || state === 'Failed' ? done : digests).push(digest);
  });
  return {
    digests: digests.sort(byRecipientThenKind),
    alreadySent: done.sort(byRecipientThenKind).map((digest) => digest.key),
    unlinked: countUnlinked(drafts.filter((draft) => draft.recipient.email.trim() === ''))
  };
}

/**
 * Who gets which digest at `now` (an ISO instant with an offset or Z), by SPEC §4.5's rules
 * (listed in index.ts) and the council's `settings` over DEFAULT_REMINDER_SETTINGS.
 */
export function planReminders<S extends ReminderSources>(input: ReminderInput<S>, now: string, settings: Partial<ReminderSettings> = {}): ReminderPlan<S> {
  const resolved = resolveSettings(settings);
  const today = londonDateOf(parseNow(now));
  const window = sendableAt(now, resolved);
  if (!window.sendable) {
    return { now, today, quiet: { reason: window.reason, nextSendable: window.nextSendable }, digests: [], alreadySent: [], unlinked: [] };
  }
  const day = planningDayOf(today, resolved, input.log);
  return { now, today, ...settle(draftsFor(input, day), day) };
}
