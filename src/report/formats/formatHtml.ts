import { ACTION_BUCKETS, MEASURE_BUCKETS, MeasurePeriodCell, ReportDocument } from '../../domain/reporting';
import { QUARTERS } from '../../domain/model';
import { escapeHtml as e } from './escapeHtml';
import { targetText } from './reportText';

/**
 * The quarterly report as a print-ready HTML page (SPEC §4.4): every text escaped. Printed (or saved
 * as PDF from the browser) it is A4 landscape with margins; tables lose their scrolling boxes, repeat
 * their header row on each page and never split a row; RAG shading prints.
 */

const BUCKET_LABEL: Record<string, string> = {
  Blue: 'Blue', Green: 'Green', Amber: 'Amber', Red: 'Red', NoUpdate: 'No update', NotDue: 'Not due', Withdrawn: 'Withdrawn',
  NoTarget: 'Not rated', NoData: 'No data'
};
/** "6 April 2020": the report is read by people, its JSON by programs (which keep ISO dates). */
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDate = (isoDate: string): string => LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));

const TREND_ARROW: Record<string, string> = { improving: '↑ improving', worsening: '↓ worsening', unchanged: '↔ unchanged' };

const STYLE = `
body { font: 11pt/1.4 "Segoe UI", Arial, sans-serif; color: #201f1e; margin: 2em; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.6em; border-bottom: 1px solid #c8c6c4; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; page-break-inside: auto; }
th, td { border: 1px solid #c8c6c4; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f3f2f1; } td.n { text-align: right; } .table-scroll { overflow-x: auto; }
.Blue { background: #deecf9; } .Green { background: #dff6dd; } .Amber { background: #fff4ce; } .Red { background: #fde7e9; }
@page { size: A4 landscape; margin: 15mm 12mm; }
@media print {
  body { margin: 0; font-size: 9pt; }
  .table-scroll { overflow: visible; }
  thead { display: table-header-group; }
  tr, th, td { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, caption { break-after: avoid; page-break-after: avoid; }
  .Blue, .Green, .Amber, .Red, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

function row(cells: string[], header = false): string {
  const tag = header ? 'th scope="col"' : 'td';
  return `<tr>${cells.map((cell) => `<${tag}>${cell}</${header ? 'th' : 'td'}>`).join('')}</tr>`;
}

/**
 * A captioned table in a box of its own that scrolls sideways when the screen is narrower than the
 * table, so the page never does (WCAG 1.4.10 reflow). The box is a named region that takes focus,
 * so it can be scrolled with the keyboard (WCAG 2.1.1).
 */
export function scrollingTable(id: string, caption: string, head: string, body: string): string {
  return `<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0"><table><caption id="${id}">${e(caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table></div>`;
}

function atAGlanceTable(report: ReportDocument): string {
  const { rows, total, percent } = report.atAGlance;
  const head = row(['Objective', ...ACTION_BUCKETS.map((b) => `Actions: ${BUCKET_LABEL[b]}`), ...MEASURE_BUCKETS.map((b) => `Measures: ${BUCKET_LABEL[b]}`)], true);
  const body = rows.map((r) => row([`${e(r.objectiveRef)} ${e(r.objective)}`, ...ACTION_BUCKETS.map((b) => String(r.actions[b])), ...MEASURE_BUCKETS.map((b) => String(r.measures[b]))]));
  const totals = row(['<strong>Total</strong>', ...ACTION_BUCKETS.map((b) => String(total.actions[b])), ...MEASURE_BUCKETS.map((b) => String(total.measures[b]))]);
  const percents = row(['<strong>%</strong>', ...ACTION_BUCKETS.map((b) => `${percent.actions[b]}%`), ...MEASURE_BUCKETS.map((b) => `${percent.measures[b]}%`)]);
  return scrollingTable('table-at-a-glance', 'Status at a glance', head, `${body.join('')}${totals}${percents}`);
}

/** Two texts are the same words when they differ only in case and spacing ("No data" / "no data "). */
function sameWords(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * One quarter of a measure: the value with its RAG label and trend, or, with no value, the label
 * alone, once. A note kept with the value ("Not yet available", "provisional") follows unless it
 * only repeats the label.
 */
function measureCellHtml(cell: MeasurePeriodCell | undefined): string {
  if (!cell) return '<td></td>';
  const label = BUCKET_LABEL[cell.rag] || cell.rag;
  const standing = `${e(label)}${cell.trend ? ` ${TREND_ARROW[cell.trend]}` : ''}`;
  const note = cell.note && !sameWords(cell.note, label) ? `<br><small>${e(cell.note)}</small>` : '';
  const body = cell.value === null ? `${standing}${note}` : `${e(cell.value)}<br><small>${standing}</small>${note}`;
  return `<td class="${e(cell.rag)}">${body}</td>`;
}

function measuresTable(report: ReportDocument): string {
  const head = row(['Ref', 'Measure', 'Polarity', 'Unit', 'Prior year', 'Target', ...QUARTERS], true);
  const body = report.measures.map((m) =>
    `<tr><td>${e(m.ref)}</td><td>${e(m.title)}</td><td>${e(m.polarity)}</td><td>${e(m.unit)}</td><td class="n">${e(m.priorYearActual)}</td><td class="n">${e(targetText(m))}</td>${QUARTERS.map((q) => measureCellHtml(m.periods[q])).join('')}</tr>`
  );
  return scrollingTable('table-measures', 'Measures', head, body.join(''));
}

function challengesTable(report: ReportDocument): string {
  if (!report.challenges.length) return '<p>No performance challenges this quarter.</p>';
  const head = row(['Ref', 'Severity', 'Item', 'Reason', 'Management response'], true);
  const body = report.challenges.map((c) => row([e(c.ref), e(c.severity), `${e(c.itemType)} ${e(c.itemRef)}: ${e(c.title)}`, e(c.reason), e(c.remedialResponse)]));
  return scrollingTable('table-challenges', 'Performance challenge', head, body.join(''));
}

function overdueTable(report: ReportDocument): string {
  if (!report.overdue.length) return '<p>Nothing is overdue.</p>';
  const head = row(['Item', 'Title', 'Owner', 'Due', 'Days overdue'], true);
  const body = report.overdue.map((o) => row([`${e(o.itemType)} ${e(o.itemRef)}`, e(o.title), e(o.owner), e(o.dueDate), e(o.daysOverdue)]));
  return scrollingTable('table-overdue', 'Overdue', head, body.join(''));
}

function risksTable(report: ReportDocument): string {
  if (!report.risks.length) return '<p>No risks are linked to this plan\'s priorities.</p>';
  const head = row(['Ref', 'Risk', 'Owner', 'Score', 'Trend', 'Mitigation'], true);
  const body = report.risks.map((r) => row([e(r.ref), e(r.title), e(r.owner), `${e(r.likelihood)} × ${e(r.impact)} = ${e(r.score)}`, e(r.trend), e(r.mitigation)]));
  return scrollingTable('table-risks', 'Risks', head, body.join(''));
}

/** The report's sections, for the HTML file and the local workbench. */
export function reportBody(report: ReportDocument): string {
  return `<p>Status as at ${e(longDate(report.asOf))}.</p>
<h2>Headlines</h2><ul>${report.headlines.map((line) => `<li>${e(line)}</li>`).join('')}</ul>
<h2>Status at a glance</h2>${atAGlanceTable(report)}
<h2>Performance challenge</h2>${challengesTable(report)}
<h2>Measures</h2>${measuresTable(report)}
<h2>Overdue</h2>${overdueTable(report)}
<h2>Risks</h2>${risksTable(report)}`;
}

export function formatHtml(report: ReportDocument, planTitle: string): string {
  const title = `${planTitle}: ${report.period.quarter} ${report.period.financialYear}`;
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${e(title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${e(title)}</h1>
${reportBody(report)}
</main></body></html>
`;
}
