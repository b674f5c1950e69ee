import { Plan } from '../../domain/model';
import { ReportDocument } from '../../domain/reporting';
import { Stored } from '../../data/ITrackerRepository';
import { escapeHtml as e } from '../../report/formats/escapeHtml';
import { reportBody, scrollingTable } from '../../report/formats/formatHtml';
import { DemoPerson } from './demoPeople';

/** The workbench's pages: plain, accessible HTML read through the repository (local mode). */

const STYLE = `body{font:15px/1.5 "Segoe UI",Arial,sans-serif;color:#201f1e;margin:0}
header{background:#0078d4;color:#fff;padding:.6em 1em;display:flex;flex-wrap:wrap;gap:1em;align-items:center;justify-content:space-between}
header a{color:#fff} main{padding:1em;max-width:80em} table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #c8c6c4;padding:3px 6px;text-align:left;vertical-align:top} th{background:#f3f2f1}
.Blue{background:#deecf9}.Green{background:#dff6dd}.Amber{background:#fff4ce}.Red{background:#fde7e9}
.skip{position:absolute;left:-999px}.skip:focus{left:1em;top:1em;background:#fff;color:#000;padding:.3em}
.table-scroll{overflow-x:auto}.table-scroll:focus{outline:2px solid #0078d4;outline-offset:2px}
.preferences{display:flex;flex-wrap:wrap;gap:.5em 2em;margin-bottom:1em}
body.theme-dark{background:#1f1f1f;color:#fff}body.theme-dark main a{color:#b9bcf9}
body.theme-contrast{background:#000;color:#fff}body.theme-contrast main a{color:#ffff01}`;

function signInForm(people: readonly DemoPerson[], current: string): string {
  const options = people
    .map((p) => `<option value="${e(p.email)}"${p.email === current ? ' selected' : ''}>${e(p.title)} (${e(p.persona)})</option>`)
    .join('');
  return `<form method="post" action="/sign-in"><label for="user">Signed in as</label>
<select id="user" name="user">${options}</select> <button type="submit">Switch</button></form>`;
}

export function page(title: string, body: string, people: readonly DemoPerson[], current: string): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(title)} · Performance Tracker (local)</title><style>${STYLE}</style></head>
<body><a class="skip" href="#main">Skip to content</a>
<header><nav aria-label="Workbench"><a href="/">Performance Tracker · local mode</a> · <a href="/updates">My updates</a></nav>${signInForm(people, current)}</header>
<main id="main"><h1>${e(title)}</h1>${body}</main></body></html>`;
}

export function plansPage(plans: readonly Stored<Plan>[], year: string, quarter: string): string {
  if (!plans.length) return '<p>No plans yet. Import a tracker with <code>npx tracker import FILE.csv</code>.</p>';
  const rows = plans
    .map(({ value }) => {
      const link = `/plan?title=${encodeURIComponent(value.title)}&amp;year=${e(year)}&amp;quarter=${e(quarter)}`;
      return `<tr><th scope="row"><a href="${link}">${e(value.title)}</a></th><td>${e(value.type)}</td><td>${e(value.firstYear)} to ${e(value.lastYear)}</td><td>${e(value.status)}</td></tr>`;
    })
    .join('');
  return `<p>The plans on this site, read through the same repository the web parts use.</p>
${scrollingTable('table-plans', 'Plans', '<tr><th scope="col">Plan</th><th scope="col">Type</th><th scope="col">Years</th><th scope="col">Status</th></tr>', rows)}`;
}

export function periodForm(title: string, year: string, quarter: string): string {
  const quarters = ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `<option${q === quarter ? ' selected' : ''}>${q}</option>`).join('');
  return `<form method="get" action="/plan"><input type="hidden" name="title" value="${e(title)}">
<label for="year">Financial year</label> <input id="year" name="year" value="${e(year)}" size="8">
<label for="quarter">Quarter</label> <select id="quarter" name="quarter">${quarters}</select> <button type="submit">Show</button></form>`;
}

export function planPage(report: ReportDocument, title: string, year: string, quarter: string): string {
  return `${periodForm(title, year, quarter)}${reportBody(report)}`;
}

export function errorPage(message: string): string {
  return `<p role="alert">${e(message)}</p><p><a href="/">Back to the plans</a></p>`;
}
