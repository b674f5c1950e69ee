import { ACTION_BUCKETS, MEASURE_BUCKETS, MeasurePeriodCell, ReportDocument } from '../../domain/reporting';
import { QUARTERS } from '../../domain/model';
import { escapeHtml as e } from './escapeHtml';
import { ExportLabels, exportLabels } from './exportLabels';
import { targetText } from './reportText';

/**
 * The quarterly report as a print-ready HTML page (SPEC §4.4): every text escaped, its words the
 * Word and Excel exports' own (ExportLabels) in English or Welsh. Printed (or saved as PDF from the
 * browser) it is A4 landscape with margins; tables lose their scrolling boxes, repeat their header
 * row on each page and never split a row; RAG shading prints.
 */

/** "6 April 2020", "6 Ebrill 2020": the report is read by people, its JSON by programs (which keep ISO dates). */
function longDate(isoDate: string, labels: ExportLabels): string {
  return new Intl.DateTimeFormat(labels.intlLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

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

function atAGlanceTable(report: ReportDocument, labels: ExportLabels): string {
  const { rows, total, percent } = report.atAGlance;
  const { column, bucket } = labels;
  const head = row([e(column.objective), ...ACTION_BUCKETS.map((b) => e(`${column.actions}: ${bucket[b]}`)), ...MEASURE_BUCKETS.map((b) => e(`${column.measures}: ${bucket[b]}`))], true);
  const body = rows.map((r) => row([`${e(r.objectiveRef)} ${e(r.objective)}`, ...ACTION_BUCKETS.map((b) => String(r.actions[b])), ...MEASURE_BUCKETS.map((b) => String(r.measures[b]))]));
  const totals = row([`<strong>${e(column.total)}</strong>`, ...ACTION_BUCKETS.map((b) => String(total.actions[b])), ...MEASURE_BUCKETS.map((b) => String(total.measures[b]))]);
  const percents = row([`<strong>${e(column.percent)}</strong>`, ...ACTION_BUCKETS.map((b) => `${percent.actions[b]}%`), ...MEASURE_BUCKETS.map((b) => `${percent.measures[b]}%`)]);
  return scrollingTable('table-at-a-glance', labels.section.atAGlance, head, `${body.join('')}${totals}${percents}`);
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
function measureCellHtml(cell: MeasurePeriodCell | undefined, labels: ExportLabels): string {
  if (!cell) return '<td></td>';
  const label = labels.rag[cell.rag] || cell.rag;
  const standing = `${e(label)}${cell.trend ? ` ${e(labels.trend[cell.trend])}` : ''}`;
  const note = cell.note && !sameWords(cell.note, label) ? `<br><small>${e(cell.note)}</small>` : '';
  const body = cell.value === null ? `${standing}${note}` : `${e(cell.value)}<br><small>${standing}</small>${note}`;
  return `<td class="${e(cell.rag)}">${body}</td>`;
}

function measuresTable(report: ReportDocument, labels: ExportLabels): string {
  const { column } = labels;
  const head = row([column.ref, column.measure, column.polarity, column.unit, column.priorYear, column.target, ...labels.quarters].map(e), true);
  const body = report.measures.map((m) =>
    `<tr><td>${e(m.ref)}</td><td>${e(m.title)}</td><td>${e(labels.polarity[m.polarity])}</td><td>${e(m.unit)}</td><td class="n">${e(m.priorYearActual)}</td><td class="n">${e(targetText(m))}</td>${QUARTERS.map((q) => measureCellHtml(m.periods[q], labels)).join('')}</tr>`
  );
  return scrollingTable('table-measures', labels.section.measures, head, body.join(''));
}

function challengesTable(report: ReportDocument, labels: ExportLabels): string {
  if (!report.challenges.length) return `<p>${e(labels.none.challenges)}</p>`;
  const { column } = labels;
  const head = row([column.ref, column.severity, column.item, column.reason, column.managementResponse].map(e), true);
  const body = report.challenges.map((c) => row([e(c.ref), e(labels.severity[c.severity]), `${e(labels.itemType[c.itemType])} ${e(c.itemRef)}: ${e(c.title)}`, e(c.reason), e(c.remedialResponse)]));
  return scrollingTable('table-challenges', labels.section.challenges, head, body.join(''));
}

function overdueTable(report: ReportDocument, labels: ExportLabels): string {
  if (!report.overdue.length) return `<p>${e(labels.none.overdue)}</p>`;
  const { column } = labels;
  const head = row([column.item, column.title, column.owner, column.dueDate, column.daysOverdue].map(e), true);
  const body = report.overdue.map((o) => row([`${e(labels.itemType[o.itemType])} ${e(o.itemRef)}`, e(o.title), e(o.owner), e(o.dueDate), e(o.daysOverdue)]));
  return scrollingTable('table-overdue', labels.section.overdue, head, body.join(''));
}

function risksTable(report: ReportDocument, labels: ExportLabels): string {
  if (!report.risks.length) return `<p>${e(labels.none.risks)}</p>`;
  const { column } = labels;
  const head = row([column.ref, column.risk, column.owner, column.score, column.trend, column.mitigation].map(e), true);
  const body = report.risks.map((r) => row([e(r.ref), e(r.title), e(r.owner), `${e(r.likelihood)} × ${e(r.impact)} = ${e(r.score)}`, e(labels.riskTrend[r.trend]), e(r.mitigation)]));
  return scrollingTable('table-risks', labels.section.risks, head, body.join(''));
}

/** The report's sections, in the labels' language (the headlines are the document's own, built in the same language). */
export function reportBody(report: ReportDocument, labels: ExportLabels): string {
  const { section } = labels;
  return `<p>${e(labels.statusAsAt(longDate(report.asOf, labels)))}</p>
<h2>${e(section.headlines)}</h2><ul>${report.headlines.map((line) => `<li>${e(line)}</li>`).join('')}</ul>
<h2>${e(section.atAGlance)}</h2>${atAGlanceTable(report, labels)}
<h2>${e(section.challenges)}</h2>${challengesTable(report, labels)}
<h2>${e(section.measures)}</h2>${measuresTable(report, labels)}
<h2>${e(section.overdue)}</h2>${overdueTable(report, labels)}
<h2>${e(section.risks)}</h2>${risksTable(report, labels)}`;
}

export function formatHtml(report: ReportDocument, planTitle: string, labels: ExportLabels = exportLabels('en-GB')): string {
  const quarter = labels.quarters[QUARTERS.indexOf(report.period.quarter)];
  const title = `${planTitle}: ${quarter} ${report.period.financialYear}`;
  return `<!DOCTYPE html>
<html lang="${labels.lang === 'cy-GB' ? 'cy' : 'en-GB'}"><head><meta charset="utf-8"><title>${e(title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${e(title)}</h1>
${reportBody(report, labels)}
</main></body></html>
`;
}
