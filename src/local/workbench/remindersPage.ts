import { IncomingMessage, ServerResponse } from 'http';
import { formatDay } from '../../components/dates';
import { londonDateOf } from '../../domain/calendarDate';
import { escapeHtml as e } from '../../report/formats/escapeHtml';
import { ReminderRunReport } from '../../reminders/job/runReminders';
import { OutboxMessage } from '../graphOutbox';
import { LOCAL_SENDER, LocalReminders } from '../localReminders';
import { DemoPerson } from './demoPeople';
import { ENGLISH_DATES } from './englishDates';
import { notificationText, notifierAppName } from './notificationText';

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

/** "Monday 6 April 2020 at 09:00", on London's clock. */
export function londonTime(at: string | Date): string {
  const instant = new Date(at);
  const day = londonDateOf(instant);
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  return `${formatDay(day, ENGLISH_DATES, 'weekday')} ${day.slice(0, 4)} at ${clock}`;
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

const QUIET_WHEN: Record<string, string> = { outsideHours: 'outside 08:00 to 18:00 on working days', weekend: 'at weekends', bankHoliday: 'on bank holidays' };

function runSummary(lastRun: RunResult | undefined): string {
  if (!lastRun) return '<p role="status" class="run-status">The job has not been run from this page yet.</p>';
  if (lastRun.error) return `<p role="alert" class="run-status">The reminder job failed: ${e(lastRun.error)}</p>`;
  const report = lastRun.report as ReminderRunReport;
  if (report.quiet) {
    return `<p role="status" class="run-status"><strong>Nothing was sent</strong> (run on ${e(londonTime(report.now))}): reminders are not sent ${QUIET_WHEN[report.quiet.reason] || 'now'}. ` +
      `The next time they may go is ${e(londonTime(report.quiet.nextSendable))}.</p>`;
  }
  const sent = report.sent.teams + report.sent.email;
  return `<p role="status" class="run-status"><strong>${plural(sent, 'reminder')} sent</strong> (${report.sent.teams} in Teams, ${report.sent.email} by e-mail), run on ${e(londonTime(report.now))}. ` +
    `${report.alreadySent} had gone before${report.unreachable ? `; ${report.unreachable} could not be reached` : ''}${report.failed ? `; ${report.failed} failed` : ''}. ` +
    `The job made ${plural(report.graph.httpCalls, 'call')} to Microsoft Graph.</p>`;
}

function personOf(people: readonly DemoPerson[], address: string): DemoPerson | undefined {
  return people.filter((person) => person.email.toLowerCase() === address.toLowerCase())[0];
}

const LANGUAGE_NAMES: Record<string, string> = { cy: 'Welsh', en: 'English' };
const languageName = (code: string): string => LANGUAGE_NAMES[code.slice(0, 2).toLowerCase()] || code;

/** The languages of an e-mail's sections, in the order it gives them: "Welsh, then English". */
function mailLanguages(html: string): string {
  const found = (html.match(/<div lang="([^"]+)"/g) || []).map((tag) => languageName(/lang="([^"]+)"/.exec(tag)![1]));
  const languages = found.length ? found : (/<html lang="([^"]+)"/.exec(html) || ['', 'en']).slice(1).map(languageName);
  return languages.join(', then ');
}

/** "Teams notification to Jan Coles", with the address, the language and when it was received. */
function messageHeading(message: OutboxMessage, person: DemoPerson | undefined, language: string): string {
  const what = message.kind === 'activity' ? 'Teams notification' : 'E-mail';
  return `<h3 id="message-${message.seq}">${what} to ${e(person ? person.title : message.to)}</h3>` +
    `<p class="meta">${e(message.to)} · in ${e(language)} · received ${e(londonTime(message.at))}</p>`;
}

/** The notification as the activity feed shows it: the app, the template's bold line, the topic and the preview. */
function teamsMessage(message: OutboxMessage, person: DemoPerson | undefined): string {
  const welsh = !!person && person.language === 'cy-GB';
  const lang = welsh ? 'cy' : 'en-GB';
  return messageHeading(message, person, welsh ? 'Welsh' : 'English') +
    `<div class="feed" lang="${lang}"><p class="app">${e(notifierAppName(welsh))}</p>` +
    `<p class="line"><strong>${e(notificationText(message.activityType || '', message.templateParameters || [], welsh))}</strong></p>` +
    `<p class="topic">${e(message.topic ? message.topic.value : '')}</p><p class="preview">${e(message.previewText || '')}</p></div>` +
    `<p><a href="${e(localMilestonesLink(message.topic && message.topic.webUrl))}">Open My milestones from this notification</a></p>`;
}

/** The sender as a mail app shows it: "Performance Tracker <performance.tracker@…>". */
function sender(address: string | undefined): string {
  if (!address) return '';
  return address.toLowerCase() === LOCAL_SENDER.address ? `${LOCAL_SENDER.name} <${address}>` : address;
}

function mailMessage(message: OutboxMessage, person: DemoPerson | undefined): string {
  return messageHeading(message, person, mailLanguages(message.html || '')) +
    `<p class="subject"><span class="label">From:</span> ${e(sender(message.from))}<br><span class="label">Subject:</span> ${e(message.subject || '')}</p>` +
    `<p><a href="/reminders/mail/${message.seq}">Read the e-mail as sent<span class="visually-hidden">: ${e(message.subject || '')}</span></a></p>` +
    `<details><summary>Plain-text part</summary><pre>${e(message.text || '')}</pre></details>`;
}

function messageHtml(message: OutboxMessage, people: readonly DemoPerson[]): string {
  const person = personOf(people, message.to);
  const body = message.kind === 'activity' ? teamsMessage(message, person) : mailMessage(message, person);
  return `<li class="message" data-kind="${message.kind}"><article aria-labelledby="message-${message.seq}">${body}</article></li>`;
}

function outboxSummary(messages: readonly OutboxMessage[]): string {
  const teams = messages.filter((message) => message.kind === 'activity').length;
  return `${plural(messages.length, 'message')} (${teams} in Teams, ${messages.length - teams} by e-mail), newest first`;
}

function remindersBody(deps: RemindersPageDeps, messages: readonly OutboxMessage[], lastRun: RunResult | undefined): string {
  const list = messages.slice().reverse().map((message) => messageHtml(message, deps.people)).join('');
  return `<section aria-labelledby="run" class="run reminders"><h2 id="run">Run the reminder job</h2>
<p>The job plans as at the demo's clock, <strong>${e(londonTime(deps.now()))}</strong>: updates due in 14, 7 and 2 days, overdue updates, escalations to leads, milestones due in 7 days or overdue, and deadline change requests waiting for a decision. Each person gets one digest per reminder, in Teams where they have the app, else by e-mail, in their own language; nothing goes twice.</p>
<form method="post" action="/reminders/run"><button type="submit">Run reminders now</button></form>${runSummary(lastRun)}</section>
<section aria-labelledby="outbox" class="reminders"><h2 id="outbox">Outbox</h2><p>What the local Graph outbox has received: ${outboxSummary(messages)}.</p>
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
