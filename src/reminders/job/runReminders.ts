import { londonDateOf } from '../../domain/calendarDate';
import { milestoneDueWindow, planReminders, ReminderPlan, ReminderSettings } from '../../domain/reminders';
import { DeliveryOutcome, GraphStats, IReminderGraph, IReminderStore, StoredDigest, StoredReminderSources } from '../contracts';
import { deliverDigests, DeliverySettings } from './deliverDigests';

/**
 * One run of the reminder job (SPEC §4.5, §5.4): read the lists and the reminder log, plan who
 * gets which digest now, then, a slice at a time, claim each slice's keys in the log (Sending),
 * send them through Graph, and record how each went (Sent, or Failed with the reason).
 * Exactly once: a key Sent is never planned again; two runs at once cannot both claim a key; a
 * run that stops between claiming and recording leaves its keys Sending, and the next run after
 * the lease takes them over and sends them. The one window left is a stop after Graph accepted
 * a message and before the log says Sent: that digest goes again, so a person may get one
 * duplicate, never a lost reminder (README "Reminders").
 * A run stops cleanly before `deadline` (the Function's time limit): what it has not claimed is
 * left for the next run, as the plan is judged afresh each time.
 */

export interface ReminderJobClock {
  /** The instant reminders are planned for: the demo clock in local mode, `--now` on the CLI. */
  planNow(): Date;
  /** Real time, for leases and the time limit. */
  wallClock(): Date;
}

export interface ReminderJobOptions {
  store: IReminderStore;
  graph: IReminderGraph;
  delivery: DeliverySettings;
  clock: ReminderJobClock;
  planner?: Partial<ReminderSettings>;
  /** A Sending row older than this is a stopped run's, and is taken over (default 15 minutes). */
  leaseSeconds?: number;
  /** Digests claimed, sent and recorded together (default 100: one SharePoint batch each way, five Graph batches). */
  sliceSize?: number;
  /** Wall-clock ms after which no new slice starts. */
  deadline?: number;
  runId: string;
  progress?: (line: string) => void;
}

export interface ReminderRunReport {
  now: string;
  today: string;
  quiet?: ReminderPlan['quiet'];
  planned: number;
  alreadySent: number;
  /** Keys another run holds (claimed and within its lease). */
  heldElsewhere: number;
  sent: { teams: number; email: number };
  unreachable: number;
  failed: number;
  /** Graph may or may not have taken them: left Sending for a later run. */
  unknown: number;
  /** Digests not started because the time limit was near. */
  leftForNextRun: number;
  graph: GraphStats;
  outcomes: DeliveryOutcome[];
}

export const DEFAULT_LEASE_SECONDS = 15 * 60;
const DEFAULT_SLICE = 100;

function slices<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

function tally(report: ReminderRunReport, outcomes: readonly DeliveryOutcome[]): void {
  outcomes.forEach((outcome) => {
    report.outcomes.push(outcome);
    if (outcome.status === 'sent') report.sent[outcome.channel === 'Teams' ? 'teams' : 'email'] += 1;
    else if (outcome.status === 'unreachable') report.unreachable += 1;
    else if (outcome.status === 'unknown') report.unknown += 1;
    else report.failed += 1;
  });
}

/** The plan alone, for `--dry-run`: reads, sends nothing, writes nothing. */
export async function planReminderRun(store: IReminderStore, now: Date, planner?: Partial<ReminderSettings>): Promise<ReminderPlan<StoredReminderSources>> {
  const today = londonDateOf(now);
  const input = await store.readReminderInput(today, milestoneDueWindow(today, planner));
  return planReminders(input, now.toISOString(), planner);
}

export async function runReminders(options: ReminderJobOptions): Promise<{ plan: ReminderPlan<StoredReminderSources>; report: ReminderRunReport }> {
  const now = options.clock.planNow();
  const plan = await planReminderRun(options.store, now, options.planner);
  const report: ReminderRunReport = {
    now: plan.now, today: plan.today, quiet: plan.quiet, planned: plan.digests.length, alreadySent: plan.alreadySent.length,
    heldElsewhere: 0, sent: { teams: 0, email: 0 }, unreachable: 0, failed: 0, unknown: 0, leftForNextRun: 0,
    graph: options.graph.stats(), outcomes: []
  };
  if (plan.quiet || !plan.digests.length) return { plan, report };
  const users = await options.graph.lookUpUsers(Array.from(new Set(plan.digests.map((digest) => digest.recipient.email))));
  const parts = slices(plan.digests, options.sliceSize || DEFAULT_SLICE);
  // A slice of e-mails paced at 30 a minute takes minutes: a slice starts only when the longest
  // so far would still end before the deadline, so the run stops cleanly rather than being cut off.
  let longestSliceMs = 0;
  for (let index = 0; index < parts.length; index += 1) {
    const startedAt = options.clock.wallClock().getTime();
    if (options.deadline !== undefined && startedAt + longestSliceMs >= options.deadline) {
      report.leftForNextRun = parts.slice(index).reduce((sum, part) => sum + part.length, 0);
      options.progress?.(`Stopping before the time limit: ${report.leftForNextRun} digests are left for the next run.`);
      break;
    }
    await sendSlice(parts[index], users, options, report);
    longestSliceMs = Math.max(longestSliceMs, options.clock.wallClock().getTime() - startedAt);
  }
  report.graph = options.graph.stats();
  return { plan, report };
}

async function sendSlice(
  slice: readonly StoredDigest[], users: Parameters<typeof deliverDigests>[1], options: ReminderJobOptions, report: ReminderRunReport
): Promise<void> {
  const owned = await options.store.claim(slice, {
    runId: options.runId, wallClock: options.clock.wallClock(), leaseSeconds: options.leaseSeconds ?? DEFAULT_LEASE_SECONDS
  });
  const mine = slice.filter((digest) => owned.has(digest.key));
  report.heldElsewhere += slice.length - mine.length;
  if (!mine.length) return;
  const outcomes = await deliverDigests(mine, users, options.graph, options.delivery);
  // SentOn is on the planning clock, as every date in local mode is on the demo clock.
  await options.store.record(outcomes, new Map(mine.map((digest): [string, StoredDigest] => [digest.key, digest])), options.clock.planNow());
  tally(report, outcomes);
  options.progress?.(`Sent ${report.sent.teams + report.sent.email} of ${report.planned} digests.`);
}
