import { unparse } from 'papaparse';
import { QUARTERS } from '../../domain/model';
import { ReportDocument } from '../../domain/reporting';
import { ReportActionRow } from '../../domain/reporting/actionRows';

/**
 * The report as data (SPEC §4.4 "CSV/Excel data"): one row per action and per measure, for Power
 * BI, Excel and scripts. Actions carry their status for the period; measures their values, RAG
 * and trend per quarter.
 */
const COLUMNS = [
  'Type', 'Objective Ref', 'Ref', 'Title', 'Owner', 'Status', 'Due Date', 'Overdue', 'Challenge',
  'Unit', 'Polarity', 'Target', 'Prior Year Actual',
  ...QUARTERS.reduce<string[]>((all, q) => all.concat([`${q} Value`, `${q} RAG`, `${q} Trend`]), [])
];

export function formatCsv(report: ReportDocument, actions: readonly ReportActionRow[]): string {
  const challengeOf = (itemType: string, ref: string): string =>
    report.challenges.filter((c) => c.itemType === itemType && c.itemRef === ref).map((c) => c.ref).join(' ');
  const actionRows = actions.map((line) => [
    'Action', line.objectiveRef, line.ref, line.title, line.owner, line.status, line.dueDate || '',
    line.overdue ? 'Yes' : 'No', challengeOf('action', line.ref),
    '', '', '', '', ...QUARTERS.reduce<string[]>((all) => all.concat(['', '', '']), [])
  ]);
  const measureRows = report.measures.map((m) => [
    'Measure', m.objectiveRef, m.ref, m.title, '', '', '', '', challengeOf('measure', m.ref),
    m.unit, m.polarity,
    m.target === null ? '' : typeof m.target === 'number' ? String(m.target) : `${m.target.lower}-${m.target.upper}`,
    m.priorYearActual === null ? '' : String(m.priorYearActual),
    ...QUARTERS.reduce<string[]>((all, q) => {
      const cell = m.periods[q];
      return all.concat(cell ? [cell.value === null ? '' : String(cell.value), cell.rag, cell.trend || ''] : ['', '', '']);
    }, [])
  ]);
  return `${unparse({ fields: COLUMNS, data: actionRows.concat(measureRows) }, { newline: '\r\n' })}\r\n`;
}
