import { isIsoDate } from '../calendarDate';
import { IsoDate } from '../model';
import { ReminderLogEntry } from './reminderTypes';

/**
 * The reminder log as the planner asks it: what state a digest's key is in, and the day a person
 * last had a dated digest of a kind (`milestoneOverdue 2018-04-10` → 10 April), which is where
 * the next one of that kind takes over.
 */
export interface ReminderLogIndex {
  stateOf(key: string): ReminderLogEntry['state'] | undefined;
  /** The latest date before `today` of a `<kind> <date>` stage logged for the person, in any state. */
  lastDatedBefore(email: string, kind: string): IsoDate | undefined;
}

function datedStage(stage: string): { kind: string; date: IsoDate } | undefined {
  const [kind, date, ...rest] = stage.split(' ');
  return date && rest.length === 0 && isIsoDate(date) ? { kind, date } : undefined;
}

export function indexReminderLog(log: readonly ReminderLogEntry[], today: IsoDate): ReminderLogIndex {
  const states = new Map<string, ReminderLogEntry['state']>();
  const lastDated = new Map<string, IsoDate>();
  log.forEach((entry) => {
    states.set(entry.key, entry.state);
    const dated = datedStage(entry.stage);
    if (!dated || dated.date >= today) {
      // Today's own digest is the one being planned: it must not hide its own rows.
      return;
    }
    const person = `${entry.recipient.toLowerCase()}|${dated.kind}`;
    const known = lastDated.get(person);
    if (!known || known < dated.date) {
      lastDated.set(person, dated.date);
    }
  });
  return {
    stateOf: (key) => states.get(key),
    lastDatedBefore: (email, kind) => lastDated.get(`${email.toLowerCase()}|${kind}`)
  };
}
