import { QUARTERS, ReportingPeriod } from '../../domain/model';
import { ReminderRow } from '../../domain/reminders/reminderTypes';
import { StoredDigest, StoredReminderSources } from '../contracts';
import { DigestFacts, ReminderStrings } from './reminderStrings';

/** What a digest's sentences need, worked out from its rows, in the strings' language. */

export type StoredRow = ReminderRow<StoredReminderSources>;

/** `Q4 2017-18`, `Ch4 2017-18`. */
export function periodName(period: ReportingPeriod, strings: ReminderStrings): string {
  return `${strings.quarter[QUARTERS.indexOf(period.quarter)]} ${period.financialYear}`;
}

/** The row with the latest due date: a digest's milestones are all due by its date. */
function latest(rows: readonly StoredRow[]): StoredRow {
  return rows.reduce((last, row) => (row.dueDate > last.dueDate ? row : last));
}

const OVERDUE_KINDS = ['updateOverdue', 'milestoneOverdue', 'escalationDigest'];

/** The owners an escalation digest names, by e-mail or, for an owner not linked to a person, by name. */
export function ownerKey(row: StoredRow): string {
  return row.owner ? (row.owner.email || row.owner.name).toLowerCase() : '';
}

export function digestFacts(digest: StoredDigest, strings: ReminderStrings): DigestFacts {
  if (!digest.rows.length) throw new RangeError(`Digest ${digest.key} has no rows: there is nothing to remind ${digest.recipient.email} of.`);
  const last = latest(digest.rows);
  const dueDate = digest.updatesDue || last.dueDate;
  const overdue = OVERDUE_KINDS.indexOf(digest.kind) >= 0;
  return {
    count: digest.rows.length,
    period: periodName(digest.period, strings),
    dueDate: strings.date(dueDate),
    days: overdue ? Math.max(...digest.rows.map((row) => row.daysOverdue)) : last.daysUntilDue,
    owners: new Set(digest.rows.map(ownerKey)).size
  };
}
