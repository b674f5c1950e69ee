import { Paragraph, Table } from 'docx';
import { QUARTERS } from '../../domain/model';
import { ACTION_BUCKETS, MEASURE_BUCKETS, ReportDocument } from '../../domain/reporting';
import { bullet, CellValue, heading, paragraph, table } from './docxParts';
import { ExportLabels } from './exportLabels';
import { comparatorText, longDate, measureCellLines, quarterName, targetText } from './reportText';

/** The report's sections as Word content, each under its Heading 2, in the order of the HTML report. */

type Content = Array<Paragraph | Table>;

export function headlinesSection(report: ReportDocument, l: ExportLabels): Content {
  const lines = report.headlines.length ? report.headlines.map(bullet) : [paragraph(l.none.headlines)];
  return [heading(l.section.headlines, 2), ...lines];
}

/** Counts per objective, the total row and the percentage row, as the JSON document holds them. */
export function atAGlanceTable(report: ReportDocument, l: ExportLabels): Table {
  const { rows, total, percent } = report.atAGlance;
  const header = [
    l.column.objective,
    ...ACTION_BUCKETS.map((b) => `${l.column.actions}: ${l.bucket[b]}`),
    ...MEASURE_BUCKETS.map((b) => `${l.column.measures}: ${l.bucket[b]}`)
  ];
  const body: CellValue[][] = rows.map((r) => [`${r.objectiveRef} ${r.objective}`.trim(), ...ACTION_BUCKETS.map((b) => r.actions[b]), ...MEASURE_BUCKETS.map((b) => r.measures[b])]);
  body.push([l.column.total, ...ACTION_BUCKETS.map((b) => total.actions[b]), ...MEASURE_BUCKETS.map((b) => total.measures[b])]);
  body.push([l.column.percent, ...ACTION_BUCKETS.map((b) => `${percent.actions[b]}%`), ...MEASURE_BUCKETS.map((b) => `${percent.measures[b]}%`)]);
  return table(header, body, 2);
}

export function challengesSection(report: ReportDocument, l: ExportLabels): Content {
  if (!report.challenges.length) return [heading(l.section.challenges, 2), paragraph(l.none.challenges)];
  const header = [l.column.ref, l.column.severity, l.column.item, l.column.reason, l.column.managementResponse];
  const rows = report.challenges.map((c) => [
    c.ref, l.severity[c.severity], `${l.itemType[c.itemType]} ${c.itemRef}: ${c.title}`, c.reason, c.remedialResponse || ''
  ]);
  return [heading(l.section.challenges, 2), table(header, rows)];
}

export function measuresSection(report: ReportDocument, l: ExportLabels): Content {
  if (!report.measures.length) return [heading(l.section.measures, 2), paragraph(l.none.measures)];
  const header = [
    l.column.ref, l.column.measure, l.column.polarity, l.column.unit, l.column.comparator, l.column.priorYear, l.column.target,
    ...QUARTERS.map((q) => quarterName(q, l))
  ];
  const rows = report.measures.map((m) => [
    m.ref, m.title, l.polarity[m.polarity], m.unit, comparatorText(m), m.priorYearActual === null ? '' : m.priorYearActual, targetText(m),
    ...QUARTERS.map((q) => measureCellLines(m.periods[q], l))
  ]);
  return [heading(l.section.measures, 2), table(header, rows)];
}

export function overdueSection(report: ReportDocument, l: ExportLabels): Content {
  if (!report.overdue.length) return [heading(l.section.overdue, 2), paragraph(l.none.overdue)];
  const header = [l.column.item, l.column.title, l.column.owner, l.column.dueDate, l.column.daysOverdue];
  const rows = report.overdue.map((o) => [`${l.itemType[o.itemType]} ${o.itemRef}`, o.title, o.owner, longDate(o.dueDate, l), o.daysOverdue]);
  return [heading(l.section.overdue, 2), table(header, rows)];
}

export function risksSection(report: ReportDocument, l: ExportLabels): Content {
  if (!report.risks.length) return [heading(l.section.risks, 2), paragraph(l.none.risks)];
  const header = [l.column.ref, l.column.risk, l.column.owner, l.column.likelihood, l.column.impact, l.column.score, l.column.trend, l.column.mitigation];
  const rows = report.risks.map((r) => [r.ref, r.title, r.owner || '', r.likelihood, r.impact, r.score, l.riskTrend[r.trend], r.mitigation || '']);
  return [heading(l.section.risks, 2), table(header, rows)];
}
