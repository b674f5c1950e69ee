import { app, InvocationContext, Timer } from '@azure/functions';
import { QuietReason } from '../../domain/reminders';
import { productionReminderJob } from '../job/productionJob';

/**
 * The reminder job as an Azure Functions (Node, programming model v4) timer trigger. The schedule
 * is the app setting REMINDER_SCHEDULE (NCRONTAB in UTC; README "Reminders" gives one that covers
 * 08:00–18:00 London in summer and winter: the planner itself keeps the quiet hours).
 * A late run (`isPastDue`: the app was asleep or a deployment held it up) still runs: the planner
 * judges what is due from "now" and the reminder log, so a late run sends what the missed one
 * would have, and nothing twice. A run that nears REMINDER_TIME_LIMIT_SECONDS stops starting new
 * work; the next run carries on.
 */

export interface TimerRunSummary {
  late: boolean;
  /** The instant planned for (the real time; REMINDER_NOW's in local mode). */
  now: string;
  /** Why nothing may be sent at that instant (a weekend, a bank holiday, outside 08:00–18:00 London), if so. */
  quiet?: QuietReason;
  planned: number;
  sent: { teams: number; email: number };
  leftForNextRun: number;
}

export async function reminderTimer(timer: Timer, context: InvocationContext): Promise<TimerRunSummary> {
  const startedAt = Date.now();
  if (timer.isPastDue) {
    context.warn('This run is late (isPastDue); it sends what is due now, which includes what the missed run would have sent.');
  }
  const { report } = await productionReminderJob(process.env, { planNow: () => new Date(), wallClock: () => new Date() }, (line) => context.log(line), startedAt);
  const { outcomes, ...totals } = report;
  context.log(JSON.stringify(totals));
  outcomes.filter((outcome) => outcome.status !== 'sent').forEach((outcome) => context.warn(`${outcome.key}: ${outcome.status}${outcome.detail ? ` (${outcome.detail})` : ''}`));
  const summary: TimerRunSummary = { late: timer.isPastDue, now: report.now, planned: report.planned, sent: report.sent, leftForNextRun: report.leftForNextRun };
  if (report.quiet) summary.quiet = report.quiet.reason;
  return summary;
}

app.timer('reminders', { schedule: '%REMINDER_SCHEDULE%', runOnStartup: false, useMonitor: true, handler: reminderTimer });
