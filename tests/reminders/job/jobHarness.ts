import { ReminderStore } from '../../../src/data/reminders/ReminderStore';
import { silentLogger } from '../../../src/data/logger';
import { createSiteSp } from '../../../src/data/createSp';
import { directoryFromPeople, GraphOutbox, OutboxPerson, startGraphOutbox } from '../../../src/local/graphOutbox';
import { localDeliverySettings } from '../../../src/local/localReminders';
import { ReminderGraph, virtualClock } from '../../../src/reminders/graph';
import { GraphRates } from '../../../src/reminders/graph/graphRates';
import { ReminderRunReport, runReminders } from '../../../src/reminders/job/runReminders';

/**
 * The reminder job as tests run it: the real ReminderStore against an embedded store over HTTP,
 * the real ReminderGraph against the local Graph outbox, paced on a virtual clock so a run at
 * Graph's published rates costs no real time and reports how long it would take.
 */

export const SENDER = { name: 'Performance Tracker', address: 'performance@council.gov.uk' };

export async function startOutboxFor(people: readonly OutboxPerson[]): Promise<GraphOutbox> {
  return startGraphOutbox({ quiet: true, directory: directoryFromPeople([...people, { email: SENDER.address, title: SENDER.name, teams: false }]) });
}

export interface JobRun {
  report: ReminderRunReport;
  /** What the paced waits add up to, in seconds. */
  pacedSeconds: number;
}

export interface RunOptions {
  siteUrl: string;
  outbox: GraphOutbox;
  /** The instant planned for. */
  now: string;
  runId?: string;
  /** Real time for leases (default: now). */
  wallClock?: () => Date;
  rates?: Partial<GraphRates>;
  sliceSize?: number;
  leaseSeconds?: number;
}

export async function runJob(options: RunOptions): Promise<JobRun> {
  const clock = virtualClock();
  const graph = new ReminderGraph({
    baseUrl: options.outbox.url, getAccessToken: () => Promise.resolve('test'), company: 'Test Council', senderMailbox: SENDER.address, clock, rates: options.rates
  });
  const store = new ReminderStore(createSiteSp({ siteUrl: options.siteUrl }), { logger: silentLogger });
  const { report } = await runReminders({
    store, graph, runId: options.runId || 'test-run', sliceSize: options.sliceSize, leaseSeconds: options.leaseSeconds,
    delivery: { ...localDeliverySettings('https://council.sharepoint.com/sites/tracker/SitePages/My-milestones.aspx'), sender: SENDER },
    clock: { planNow: () => new Date(options.now), wallClock: options.wallClock || (() => new Date()) }
  });
  return { report, pacedSeconds: clock.slept / 1000 };
}

/** How many messages each recipient got. */
export function messagesPerRecipient(outbox: GraphOutbox): Map<string, number> {
  const counts = new Map<string, number>();
  outbox.messages().forEach((message) => counts.set(message.to.toLowerCase(), (counts.get(message.to.toLowerCase()) || 0) + 1));
  return counts;
}
