import { formatDay } from '../../components/dates';
import { IsoDate } from '../../domain/model';
import { ENGLISH_DATES } from './englishDates';
import { escapeHtml as e } from '../../report/formats/escapeHtml';
import { DemoPerson } from './demoPeople';

/** The workbench's page chrome: plain, accessible HTML around the web parts (local mode). */

/** The Reminders page: the run form, and the outbox as a list of cards, one per message. */
const REMINDERS_STYLE = `.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.run button{font:inherit;font-weight:600;background:#0078d4;color:#fff;border:1px solid #0078d4;border-radius:2px;padding:.35em 1.2em;cursor:pointer}
.run button:hover,.run button:focus{background:#106ebe}.run button:focus{outline:2px solid #201f1e;outline-offset:2px}
.run-status{border-left:4px solid #0078d4;background:#f3f9fd;padding:.5em .8em}
.reminders{max-width:46em}.outbox{list-style:none;padding:0;margin:0;display:grid;gap:1em}
.message{border:1px solid #c8c6c4;border-radius:4px;padding:.8em 1em;overflow-wrap:anywhere}
.message h3{margin:0;font-size:1.1em}.message article>:last-child{margin-bottom:0}.message .meta{margin:.1em 0 .6em;color:#605e5c;font-size:.9em}
.feed{border-left:4px solid #5b5fc7;background:#f5f5f5;padding:.5em .8em;margin-bottom:.6em}.feed p{margin:.2em 0}
.feed .app{font-size:.85em;color:#5b5fc7;font-weight:600}.feed .preview{color:#424242}
.subject .label{font-weight:600}
.message pre{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;font-size:.9em;background:#faf9f8;padding:.5em}`;

const STYLE = `body{font:15px/1.5 "Segoe UI",Arial,sans-serif;color:#201f1e;margin:0}
header{background:#0078d4;color:#fff;padding:.6em 1em;display:flex;flex-wrap:wrap;gap:1em;align-items:center;justify-content:space-between}
header a{color:#fff} main{padding:1em;max-width:80em}
.skip{position:absolute;left:-999px}.skip:focus{left:1em;top:1em;background:#fff;color:#000;padding:.3em}
.preferences{display:flex;flex-wrap:wrap;gap:.5em 2em;margin-bottom:1em}\n.clock{margin:0}header input{font:inherit}.job{flex-basis:100%;margin:0}
body.theme-dark{background:#1f1f1f;color:#fff}body.theme-dark main a{color:#b9bcf9}
body.theme-contrast{background:#000;color:#fff}body.theme-contrast main a{color:#ffff01}
${REMINDERS_STYLE}`;

function signInForm(people: readonly DemoPerson[], current: string): string {
  const options = people
    .map((p) => `<option value="${e(p.email)}"${p.email === current ? ' selected' : ''}>${e(p.title)} (${e(p.persona)})</option>`)
    .join('');
  const job = people.filter((p) => p.email === current).map((p) => p.job)[0];
  return `<form method="post" action="/sign-in"><label for="user">Signed in as</label>
<select id="user" name="user">${options}</select> <button type="submit">Switch</button></form>${job ? `<p class="job">${e(job)}</p>` : ''}`;
}

/** Local mode's one clock, in words, and (for the demo clock) a form to move it. */
function clockPanel(today: IsoDate, changeable: boolean): string {
  const shown = `<p class="clock">Today in the demo: <strong>${e(formatDay(today, ENGLISH_DATES, 'weekday'))} ${e(today.slice(0, 4))}</strong></p>`;
  if (!changeable) return shown;
  return `${shown}<form method="post" action="/clock"><label for="today">Change the demo's day</label>
<input type="date" id="today" name="today" value="${e(today)}" required> <button type="submit">Change</button></form>`;
}

/** What every workbench page shows around its content: who is signed in, and the demo's day. */
export interface PageChrome {
  people: readonly DemoPerson[];
  /** The e-mail of the person signed in. */
  current: string;
  today: IsoDate;
  clockChangeable: boolean;
}

export function page(title: string, body: string, chrome: PageChrome): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(title)} · Performance Tracker (local)</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><style>${STYLE}</style></head>
<body><a class="skip" href="#main">Skip to content</a>
<header><nav aria-label="Workbench"><a href="/">Performance Tracker · local mode</a> · <a href="/">Dashboard</a> · <a href="/updates">My updates</a> · <a href="/milestones">My milestones</a> · <a href="/setup">Tracker setup</a> · <a href="/reminders">Reminders</a></nav>${clockPanel(chrome.today, chrome.clockChangeable)}${signInForm(chrome.people, chrome.current)}</header>
<main id="main"><h1>${e(title)}</h1>${body}</main></body></html>`;
}

export function errorPage(message: string): string {
  return `<p role="alert">${e(message)}</p><p><a href="/">Back to the dashboard</a></p>`;
}
