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

/** One line per digest: who, why, how many items, which items. */
export function planTable(plan: ReminderPlan<StoredReminderSources>): string[] {
  if (plan.quiet) {
    return [`Nothing is sent now (${plan.quiet.reason}): the next time reminders may go is ${plan.quiet.nextSendable}.`];
  }
  const header = ['Recipient', 'Stage', 'Items', 'What'];
  const rows = plan.digests.map((digest) => [
    digest.recipient.email, digest.stage, String(digest.rows.length),
    digest.rows.map((row) => `${row.plan} ${row.ref}`).filter((text, index, all) => all.indexOf(text) === index).slice(0, 4).join('; ') +
      (digest.rows.length > 4 ? '; …' : '')
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => Math.min(row[column].length, 48))));
  const lines = [pad(header, widths), pad(widths.map((width) => '-'.repeat(width)), widths)].concat(rows.map((row) => pad(row, widths)));
  lines.push(`${plan.digests.length} digests on ${plan.today}; ${plan.alreadySent.length} already sent.`);
  (plan.unlinked || []).forEach((owner) => lines.push(`Not linked to a person, so not reminded: ${owner.name} (${owner.plan}, ${owner.rows} items).`));
  return lines;
}
