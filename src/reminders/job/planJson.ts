import { periodKey } from '../../domain/periods';
import { ReminderPlan, ReminderRow } from '../../domain/reminders';
import { StoredReminderSources } from '../contracts';

/**
 * The reminder plan as `tracker remind --dry-run` prints it: a table for people, JSON for
 * scripts. The JSON names each digest's rows by plan and reference, never by SharePoint ids.
 */

export interface PlannedRowJson {
  kind: string;
  plan: string;
  ref: string;
  title: string;
  dueDate: string;
  daysOverdue: number;
  daysUntilDue: number;
  owner?: string;
}

export interface PlannedDigestJson {
  key: string;
  recipient: { email: string; name: string };
  period: string;
  stage: string;
  kind: string;
  updatesDue?: string;
  resumed: boolean;
  rows: PlannedRowJson[];
}

export interface ReminderPlanJson {
  now: string;
  today: string;
  // eslint-disable-next-line @rushstack/no-new-null -- JSON readers test for null, not a missing key
  quiet: ReminderPlan['quiet'] | null;
  digests: PlannedDigestJson[];
  alreadySent: string[];
  unlinked: NonNullable<ReminderPlan['unlinked']>;
}

function rowJson(row: ReminderRow<StoredReminderSources>): PlannedRowJson {
  const json: PlannedRowJson = {
    kind: row.kind, plan: row.plan, ref: row.ref, title: row.title, dueDate: row.dueDate, daysOverdue: row.daysOverdue, daysUntilDue: row.daysUntilDue
  };
  if (row.owner) json.owner = row.owner.email || row.owner.name;
  return json;
}

export function planJson(plan: ReminderPlan<StoredReminderSources>): ReminderPlanJson {
  return {
    now: plan.now,
    today: plan.today,
    // eslint-disable-next-line @rushstack/no-new-null -- JSON readers test for null, not a missing key
    quiet: plan.quiet || null,
    digests: plan.digests.map((digest) => ({
      key: digest.key, recipient: digest.recipient, period: periodKey(digest.period), stage: digest.stage, kind: digest.kind,
      ...(digest.updatesDue ? { updatesDue: digest.updatesDue } : {}), resumed: digest.resumed, rows: digest.rows.map(rowJson)
    })),
    alreadySent: plan.alreadySent,
    unlinked: plan.unlinked || []
  };
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, index) => cell.padEnd(widths[index])).join('  ').trimEnd();
}

const MOST_REFS = 5;

/** The digest's items by reference, the first few: `R2.a.1, R2.b.1, R2.b.2 … (8)`. */
function itemsCell(rows: ReadonlyArray<ReminderRow<StoredReminderSources>>): string {
  const refs = rows.map((row) => row.ref).filter((ref, index, all) => all.indexOf(ref) === index);
  return refs.length > MOST_REFS ? `${refs.slice(0, MOST_REFS).join(', ')} … (${refs.length})` : refs.join(', ');
}

/** One line per digest: who, which reminder, how many items, which. */
export function planTable(plan: ReminderPlan<StoredReminderSources>): string[] {
  if (plan.quiet) {
    return [`Nothing is sent now (${plan.quiet.reason}): the next time reminders may go is ${plan.quiet.nextSendable}.`];
  }
  const header = ['Recipient', 'Reminder', 'Items', 'Actions'];
  const rows = plan.digests.map((digest) => [digest.recipient.email, digest.stage, String(digest.rows.length), itemsCell(digest.rows)]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const lines = [pad(header, widths), pad(widths.map((width) => '-'.repeat(width)), widths)].concat(rows.map((row) => pad(row, widths)));
  lines.push(`${plan.digests.length} digest${plan.digests.length === 1 ? '' : 's'} due on ${plan.today}; ${plan.alreadySent.length} sent before.`);
  (plan.unlinked || []).forEach((owner) => lines.push(`Not linked to a person, so not reminded: ${owner.name || '(no lead)'} (${owner.plan}, ${owner.rows} items).`));
  return lines;
}
