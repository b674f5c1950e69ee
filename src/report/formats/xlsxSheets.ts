import { QUARTERS } from '../../domain/model';
import { ACTION_BUCKETS, MEASURE_BUCKETS, MeasurePeriodCell } from '../../domain/reporting';
import { LoadedReport } from '../loadReport';
import { ExportLabels } from './exportLabels';
import { quarterName } from './reportText';
import { percentOf, SheetValue, sheetDate } from './xlsxSheet';

/** The Excel export's sheets as header and rows, in the export's language. */

export interface SheetRows {
  header: string[];
  rows: SheetValue[][];
}

/** A figure the report may lack (`null` in its JSON). */
const number = (value: MeasurePeriodCell['value']): SheetValue => (value === null ? undefined : value);

/**
 * Counts per objective, the total row, the total's whole percentages (as the report prints them)
 * and its exact shares (count ÷ row total, unrounded), all as numbers Excel can sum and chart.
 */
export function atAGlanceRows({ document }: LoadedReport, l: ExportLabels): SheetRows {
  const { rows, total, percent, exact } = document.atAGlance;
  const header = [
    l.column.ref, l.column.objective,
    ...ACTION_BUCKETS.map((b) => `${l.column.actions}: ${l.bucket[b]}`), `${l.column.actions}: ${l.column.total}`,
    ...MEASURE_BUCKETS.map((b) => `${l.column.measures}: ${l.bucket[b]}`), `${l.column.measures}: ${l.column.total}`
  ];
  const counts = (ref: string, name: string, a: typeof total.actions, m: typeof total.measures): SheetValue[] =>
    [ref, name, ...ACTION_BUCKETS.map((b) => a[b]), a.total, ...MEASURE_BUCKETS.map((b) => m[b]), m.total];
  return {
    header,
    rows: [
      ...rows.map((r) => counts(r.objectiveRef, r.objective, r.actions, r.measures)),
      counts('', l.column.total, total.actions, total.measures),
      ['', l.column.percent, ...ACTION_BUCKETS.map((b) => percentOf(percent.actions[b] / 100)), undefined, ...MEASURE_BUCKETS.map((b) => percentOf(percent.measures[b] / 100))],
      ['', l.column.exactPercent,
        ...ACTION_BUCKETS.map((b) => percentOf(exact.actions[b].of ? exact.actions[b].count / exact.actions[b].of : 0, '0.00%')), undefined,
        ...MEASURE_BUCKETS.map((b) => percentOf(exact.measures[b].of ? exact.measures[b].count / exact.measures[b].of : 0, '0.00%'))]
    ]
  };
}

export function actionRows({ document, actionRows: actions }: LoadedReport, l: ExportLabels): SheetRows {
  const challengesOf = (ref: string): string => document.challenges.filter((c) => c.itemType === 'action' && c.itemRef === ref).map((c) => c.ref).join(' ');
  return {
    header: [l.column.objective, l.column.ref, l.column.title, l.column.owner, l.column.status, l.column.dueDate, l.column.overdue, l.column.challenge],
    rows: actions.map((a) => [a.objectiveRef, a.ref, a.title, a.owner, l.actionStatus[a.status], sheetDate(a.dueDate), a.overdue ? l.yes : l.no, challengesOf(a.ref)])
  };
}

/** One row per measure per quarter reported, so the values sit in one column to filter and chart. */
export function measureRows({ document }: LoadedReport, l: ExportLabels): SheetRows {
  const header = [
    l.column.objective, l.column.ref, l.column.measure, l.column.polarity, l.column.unit, l.column.comparator, `${l.column.comparator}: ${l.column.value}`,
    l.column.priorYear, l.column.target, l.column.quarter, l.column.value, l.column.rag, l.column.trend, l.column.note
  ];
  const rows = document.measures.reduce<SheetValue[][]>((all, m) => all.concat(QUARTERS.filter((q) => m.periods[q]).map((q) => {
    const cell = m.periods[q]!;
    const target = m.target === null ? undefined : typeof m.target === 'number' ? m.target : `${m.target.lower}–${m.target.upper}`;
    return [
      m.objectiveRef, m.ref, m.title, l.polarity[m.polarity], m.unit, m.comparator ? m.comparator.label : undefined, m.comparator ? m.comparator.value : undefined,
      number(m.priorYearActual), target, quarterName(q, l), number(cell.value), l.rag[cell.rag], cell.trend ? l.trend[cell.trend] : undefined, cell.note || undefined
    ];
  })), []);
  return { header, rows };
}

export function challengeRows({ document }: LoadedReport, l: ExportLabels): SheetRows {
  return {
    header: [l.column.ref, l.column.severity, l.column.itemType, l.column.item, l.column.title, l.column.objective, l.column.reason, l.column.managementResponse],
    rows: document.challenges.map((c) => [c.ref, l.severity[c.severity], l.itemType[c.itemType], c.itemRef, c.title, c.objectiveRef, c.reason, c.remedialResponse || undefined])
  };
}

export function overdueRows({ document }: LoadedReport, l: ExportLabels): SheetRows {
  return {
    header: [l.column.itemType, l.column.ref, l.column.title, l.column.owner, l.column.dueDate, l.column.daysOverdue],
    rows: document.overdue.map((o) => [l.itemType[o.itemType], o.itemRef, o.title, o.owner, sheetDate(o.dueDate), o.daysOverdue])
  };
}

export function riskRows({ document }: LoadedReport, l: ExportLabels): SheetRows {
  return {
    header: [l.column.ref, l.column.risk, l.column.objective, l.column.owner, l.column.portfolioHolder, l.column.likelihood, l.column.impact, l.column.score, l.column.trend, l.column.mitigation],
    rows: document.risks.map((r) => [r.ref, r.title, r.objectiveRef, r.owner || undefined, r.portfolioHolder || undefined, r.likelihood, r.impact, r.score, l.riskTrend[r.trend], r.mitigation || undefined])
  };
}
