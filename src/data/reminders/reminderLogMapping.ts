import { periodKey } from '../../domain/periods';
import { DeliveryOutcome, ReminderLogEntry } from '../../domain/reminders/reminderTypes';
import { ItemJson, ItemProps, textOf } from '../mapping/fieldValues';
import { StoredDigest } from './reminderStoreTypes';

/** Reminder Log items ↔ the planner's log entries, and the properties a claim and an outcome write. */

export const LOG_COLUMNS = {
  select: ['Id', 'Title', 'Recipient', 'PeriodKey', 'Stage', 'DeliveryState', 'SentOn', 'ClaimedAt', 'RunId'],
  expand: [] as string[]
};

const STATES: ReadonlyArray<ReminderLogEntry['state']> = ['Sending', 'Sent', 'Failed'];

export function logEntryFromItem(item: ItemJson): ReminderLogEntry {
  const state = textOf(item.DeliveryState) as ReminderLogEntry['state'] | undefined;
  const entry: ReminderLogEntry = {
    key: textOf(item.Title) || '',
    recipient: (textOf(item.Recipient) || '').toLowerCase(),
    periodKey: textOf(item.PeriodKey) || '',
    stage: textOf(item.Stage) || '',
    state: state && STATES.indexOf(state) >= 0 ? state : 'Sending'
  };
  const sentOn = textOf(item.SentOn) || textOf(item.ClaimedAt);
  return sentOn ? { ...entry, sentOn } : entry;
}

export function claimProps(digest: StoredDigest, claim: { runId: string; wallClock: Date }): ItemProps {
  return {
    Title: digest.key,
    Recipient: digest.recipient.email,
    PeriodKey: periodKey(digest.period),
    Stage: digest.stage,
    DeliveryState: 'Sending',
    ItemCount: digest.rows.length,
    ClaimedAt: claim.wallClock.toISOString(),
    RunId: claim.runId
  };
}

/** A takeover keeps the row's key and moves its claim to this run. */
export function takeoverProps(digest: StoredDigest, claim: { runId: string; wallClock: Date }): ItemProps {
  return { ItemCount: digest.rows.length, ClaimedAt: claim.wallClock.toISOString(), RunId: claim.runId };
}

/** What an outcome writes; undefined for `unknown`, which stays Sending for a later run to take over. */
export function outcomeProps(outcome: DeliveryOutcome, digest: StoredDigest | undefined, now: Date): ItemProps | undefined {
  const counted: ItemProps = digest ? { ItemCount: digest.rows.length } : {};
  switch (outcome.status) {
    case 'sent':
      // eslint-disable-next-line @rushstack/no-new-null -- null clears the column in SharePoint
      return { ...counted, DeliveryState: 'Sent', Channel: outcome.channel, SentOn: now.toISOString(), FailureReason: null };
    case 'unreachable':
    case 'failed':
      return { ...counted, DeliveryState: 'Failed', Channel: outcome.channel, FailureReason: outcome.detail || `Delivery ${outcome.status} with no reason given` };
    case 'notInstalled':
      return { ...counted, DeliveryState: 'Failed', Channel: outcome.channel, FailureReason: outcome.detail || 'The notifier app is not installed for the person, and no e-mail was sent instead.' };
    case 'unknown':
      return undefined;
    default:
      throw new Error(`Delivery outcome of ${outcome.key} has an unknown status "${String((outcome as { status: unknown }).status)}"`);
  }
}
