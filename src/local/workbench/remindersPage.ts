import { IncomingMessage, ServerResponse } from 'http';
import { formatDay } from '../../components/dates';
import { londonDateOf } from '../../domain/calendarDate';
import { escapeHtml as e } from '../../report/formats/escapeHtml';
import { ReminderRunReport } from '../../reminders/job/runReminders';
import { OutboxMessage } from '../graphOutbox';
import { LocalReminders } from '../localReminders';
import { DemoPerson } from './demoPeople';
import { ENGLISH_DATES } from './englishDates';
import { notificationText } from './notificationText';

/**
 * Local mode's reminders page (SPEC §5.6): "Run reminders now" runs the reminder job on the demo
 * clock against the store and the local Graph outbox, and the outbox lists what each person
 * received: the Teams notification as it would read, with its link into My milestones, and the
 * e-mail, rendered on its own page.
 */

export interface RemindersPageDeps {
  reminders: LocalReminders;
  people: readonly DemoPerson[];
  now(): Date;
}

/** A run's summary, shown until the next run. */
interface RunResult {
  at: Date;
  report?: ReminderRunReport;
  error?: string;
}

/** `/milestones?subEntityId=…` from a Teams deep link's `context`: the link the tab would open on. */
export function localMilestonesLink(webUrl: string | undefined): string {
  try {
    const context = JSON.parse(new URL(webUrl || '').searchParams.get('context') || '{}') as { subEntityId?: string };
    return context.subEntityId ? `/milestones?subEntityId=${encodeURIComponent(context.subEntityId)}` : '/milestones';
  } catch {
    return '/milestones';
  }
}

function time(at: string | Date): string {
  const instant = new Date(at);
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }).format(instant);
  return `${formatDay(londonDateOf(instant), ENGLISH_DATES, 'weekday')} ${londonDateOf(instant).slice(0, 4)}, ${clock}`;
}

function runSummary(lastRun: RunResult | undefined): string {
  if (!lastRun) return '';
  if (lastRun.error) return `<p role="alert">The reminder job failed: ${e(lastRun.error)}</p>`;
  const report = lastRun.report as ReminderRunReport;
  if (report.quiet) {
    return `<p role="status">Nothing was sent: reminders are not sent ${report.quiet.reason === 'outsideHours' ? 'outside 08:00–18:00' : report.quiet.reason === 'weekend' ? 'at weekends' : 'on bank holidays'}. The next time they may go is ${e(time(report.quiet.nextSendable))}.</p>`;
  }
  const sent = report.sent.teams + report.sent.email;
  return `<p role="status">Run at ${e(time(report.now))}: ${sent} reminder${sent === 1 ? '' : 's'} sent (${report.sent.teams} in Teams, ${report.sent.email} by e-mail); ` +
    `${report.alreadySent} had gone before${report.unreachable ? `; ${report.unreachable} could not be reached` : ''}. ` +
    `Graph: ${report.graph.httpCalls} HTTP call${report.graph.httpCalls === 1 ? '' : 's'}.</p>`;
}

function personOf(people: readonly DemoPerson[], address: string): DemoPerson | undefined {
  return people.filter((person) => person.email.toLowerCase() === address.toLowerCase())[0];
}

function messageHtml(message: OutboxMessage, people: readonly DemoPerson[]): string {
  const person = personOf(people, message.to);
  const who = person ? `${person.title} (${message.to})` : message.to;
  const heading = `<h3 id="message-${message.seq}">${message.kind === 'activity' ? 'Teams' : 'E-mail'} to ${e(who)}</h3><p>${e(time(message.at))}</p>`;
  if (message.kind === 'activity') {
    const welsh = !!person && person.language === 'cy-GB';
    return `${heading}<p><strong>${e(notificationText(message.activityType || '', message.templateParameters || [], welsh))}</strong></p>` +
      `<p>${e(message.topic ? message.topic.value : '')}</p><p>${e(message.previewText || '')}</p>` +
      `<p><a href="${e(localMilestonesLink(message.topic && message.topic.webUrl))}">Open My milestones from this notification</a></p>`;
  }
  return `${heading}<p>Subject: ${e(message.subject || '')}</p><p><a href="/reminders/mail/${message.seq}">Read the e-mail “${e(message.subject || '')}”</a></p>` +
    `<details><summary>Plain-text part</summary><pre>${e(message.text || '')}</pre></details>`;
}

function remindersBody(deps: RemindersPageDeps, messages: readonly OutboxMessage[], lastRun: RunResult | undefined): string {
  const list = messages.slice().reverse().map((message) => `<li><article aria-labelledby="message-${message.seq}">${messageHtml(message, deps.people)}</article></li>`).join('');
  return `<section aria-labelledby="run"><h2 id="run">Run the reminder job</h2>
<p>The job plans as at the demo's clock, ${e(time(deps.now()))}: updates due in 14, 7 and 2 days, overdue updates, escalations to leads, milestones due in 7 days or overdue, and deadline change requests waiting for a decision. Each person gets one digest per reminder, in Teams where they have the app, else by e-mail; nothing goes twice.</p>
<form method="post" action="/reminders/run"><button type="submit">Run reminders now</button></form>${runSummary(lastRun)}</section>
<section aria-labelledby="outbox"><h2 id="outbox">Outbox</h2><p>What the local Graph outbox has received: ${messages.length} message${messages.length === 1 ? '' : 's'}, newest first.</p>
${messages.length ? `<ol class="outbox">${list}</ol>` : '<p>Nothing yet.</p>'}</section>`;
}

const MAIL_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'";

/** GET /reminders/mail/<seq>: the e-mail's HTML as sent, on its own page, with no script allowed. */
function sendMail(response: ServerResponse, messages: readonly OutboxMessage[], seq: number): void {
  const mail = messages.filter((message) => message.seq === seq && message.kind === 'mail')[0];
  response.writeHead(mail ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': MAIL_POLICY });
  response.end(mail ? mail.html || `<pre>${e(mail.text || '')}</pre>` : '<p>There is no e-mail with this number in the outbox.</p>');
}

export interface RemindersPage {
  /** The page's content: the run form, the last run's summary and the outbox. */
  body(): string;
  /** POST /reminders/run: runs the job on the demo clock, then back to the page. */
  runNow(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** GET /reminders/mail/<seq>. */
  mail(response: ServerResponse, seq: number): void;
}

export function remindersPage(deps: RemindersPageDeps): RemindersPage {
  let lastRun: RunResult | undefined;
  return {
    body: () => remindersBody(deps, deps.reminders.outbox.messages(), lastRun),
    runNow: async (request, response) => {
      request.resume();
      const at = deps.now();
      try {
        lastRun = { at, report: await deps.reminders.run(at) };
      } catch (error) {
        lastRun = { at, error: error instanceof Error ? error.message : String(error) };
      }
      response.writeHead(303, { Location: '/reminders' });
      response.end();
    },
    mail: (response, seq) => sendMail(response, deps.reminders.outbox.messages(), seq)
  };
}
