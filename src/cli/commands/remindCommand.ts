import { resolve } from 'path';
import { isIsoDate } from '../../domain/calendarDate';
import { ReminderStore } from '../../data/reminders/ReminderStore';
import { DemoClock } from '../../local/demoClock';
import { DEMO_PEOPLE } from '../../local/demoData/demoOverlay';
import { startLocalReminders } from '../../local/localReminders';
import { productionReminderJob, productionStore } from '../../reminders/job/productionJob';
import { isLoopback, reminderSettingsFromEnv } from '../../reminders/job/reminderSettings';
import { ReminderPlan } from '../../domain/reminders';
import { StoredReminderSources } from '../../reminders/contracts';
import { planReminderRun, ReminderRunReport } from '../../reminders/job/runReminders';
import { planJson, planTable } from '../../reminders/job/planJson';
import { CliIo } from '../io';
import { isSiteUrl, openSite, siteArgument } from '../site';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../usage';

export const REMIND_FORMATS = ['table', 'json'] as const;

export interface RemindCommandOptions {
  now?: string;
  dryRun?: boolean;
  site?: string;
  format?: string;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** `--now`: an instant with its offset (`2018-04-10T09:00:00+01:00`), or a date meaning 09:00 in London that day. */
export function parseNow(text: string): Date {
  if (isIsoDate(text)) return DemoClock.open(undefined, text).now();
  // Date.parse rolls 30 February over into March: the calendar date must exist as written.
  if (!INSTANT.test(text) || !isIsoDate(text.slice(0, 10)) || isNaN(Date.parse(text))) {
    throw new UsageError(`--now "${text}" is not a time: write it like 2018-04-10T09:00:00+01:00 (with its offset), or a date like 2018-04-10 for 09:00 in London.`);
  }
  return new Date(text);
}

/** Without `--now`: the demo clock for a local store's folder, else the real time. */
function defaultNow(site: string, io: CliIo): Date {
  if (isSiteUrl(site)) return io.now();
  const day = DemoClock.dayIn(resolve(io.cwd, site));
  return day ? DemoClock.open(resolve(io.cwd, site), day).now() : io.now();
}

function printReport(report: ReminderRunReport, io: CliIo, format: string): void {
  if (format === 'json') {
    io.write(`${JSON.stringify({ ...report, outcomes: report.outcomes }, undefined, 2)}\n`);
    return;
  }
  if (report.quiet) {
    io.out(`Nothing sent (${report.quiet.reason}): reminders may next go at ${report.quiet.nextSendable}.`);
    return;
  }
  io.out(`Reminders on ${report.today}: ${report.planned} due, ${report.sent.teams} sent in Teams, ${report.sent.email} by e-mail, ` +
    `${report.alreadySent} sent before, ${report.heldElsewhere} held by another run.`);
  if (report.unreachable || report.failed) io.out(`${report.unreachable} could not be reached and ${report.failed} failed (recorded in the Reminder Log).`);
  if (report.unknown) io.out(`${report.unknown} may not have gone (Graph did not say): the next run sends them.`);
  if (report.leftForNextRun) io.out(`${report.leftForNextRun} left for the next run (time limit).`);
  io.out(`Graph: ${report.graph.httpCalls} HTTP calls, ${report.graph.innerRequests} requests, ${report.graph.throttled} throttled, ${Math.round(report.graph.waitedMs / 1000)} s paced.`);
}

function printPlan(plan: ReminderPlan<StoredReminderSources>, io: CliIo, format: string): void {
  if (format === 'json') io.write(`${JSON.stringify(planJson(plan), undefined, 2)}\n`);
  else planTable(plan).forEach((line) => io.out(line));
}

/** `tracker remind` (SPEC §6): plan, and unless `--dry-run`, send the reminders due now. */
export async function remindCommand(options: RemindCommandOptions, io: CliIo): Promise<number> {
  const format = options.format || 'table';
  if ((REMIND_FORMATS as readonly string[]).indexOf(format) < 0) throw new UsageError(`--format "${format}" is not one of ${REMIND_FORMATS.join(', ')}.`);
  const site = siteArgument(options.site, io.env);
  const now = options.now ? parseNow(options.now) : defaultNow(site, io);
  if (isSiteUrl(site) && !isLoopback(site)) {
    // A tenant: the job's own settings and certificate, as the Azure Function runs it.
    const env = { ...io.env, TRACKER_SITE: site };
    if (options.dryRun) {
      printPlan(await planReminderRun(productionStore(reminderSettingsFromEnv(env)), now), io, format);
      return EXIT_OK;
    }
    const { report } = await productionReminderJob(env, { planNow: () => now, wallClock: () => new Date() }, io.err);
    printReport(report, io, format);
    return report.failed ? EXIT_FAILED : EXIT_OK;
  }
  const target = await openSite(site, io.env);
  try {
    if (options.dryRun) {
      printPlan(await planReminderRun(new ReminderStore(target.sp), now), io, format);
      return EXIT_OK;
    }
    const reminders = await startLocalReminders({
      siteUrl: target.store ? target.store.siteUrl : site, dir: target.store ? resolve(io.cwd, site) : undefined, people: DEMO_PEOPLE,
      myMilestonesUrl: io.env.TRACKER_MY_MILESTONES_URL || 'http://localhost:4321/milestones', clock: () => now.getTime()
    });
    try {
      printReport(await reminders.run(now), io, format);
      return EXIT_OK;
    } finally {
      await reminders.close();
    }
  } finally {
    await target.close();
  }
}
