import { ActionStatus, Polarity, Rag, RiskTrend, Severity } from '../../domain/model';
import { ActionBucket, ChallengeItemType, MeasureBucket } from '../../domain/reporting';
import { CY_LABELS } from './exportLabelsCy';
import type { FillPattern } from './statusChart';

/**
 * The words of the Word and Excel exports, one table per language. The report's own sentences
 * (headlines, challenge reasons) come from the domain's ReportStrings in the same language; these
 * are the headings, column names and status names around them.
 */

export type ExportLocale = 'en-GB' | 'cy';

export interface ExportLabels {
  /** The document language Word spells checks and reads aloud in (w:lang). */
  lang: 'en-GB' | 'cy-GB';
  /** For dates written out in full ("6 April 2020"). */
  intlLocale: string;
  quarters: readonly [string, string, string, string];
  statusAsAt(longDate: string): string;
  section: {
    headlines: string; atAGlance: string; chart: string; challenges: string; measures: string; overdue: string; risks: string;
  };
  none: { headlines: string; challenges: string; overdue: string; risks: string; measures: string };
  bucket: Record<ActionBucket | MeasureBucket, string>;
  actionStatus: Record<ActionStatus, string>;
  rag: Record<Rag, string>;
  trend: { improving: string; worsening: string; unchanged: string; none: string };
  polarity: Record<Polarity, string>;
  severity: Record<Severity, string>;
  itemType: Record<ChallengeItemType | 'milestone', string>;
  riskTrend: Record<RiskTrend, string>;
  column: {
    objective: string; actions: string; measures: string; total: string; percent: string; exactPercent: string; count: string; of: string;
    bucket: string; group: string; ref: string; title: string; owner: string; status: string; dueDate: string; overdue: string;
    severity: string; item: string; itemType: string; reason: string; managementResponse: string; daysOverdue: string;
    polarity: string; unit: string; comparator: string; priorYear: string; target: string; quarter: string; value: string;
    rag: string; trend: string; note: string; challenge: string; measure: string;
    likelihood: string; impact: string; score: string; mitigation: string; portfolioHolder: string; risk: string;
  };
  yes: string;
  no: string;
  sheet: { atAGlance: string; actions: string; measures: string; challenges: string; overdue: string; risks: string };
  chart: {
    actionsTitle: string;
    measuresTitle: string;
    /** Alt text: what the chart shows, then its numbers, so a screen reader user hears the same. */
    alt(title: string, period: string, rows: string[]): string;
    row(objective: string, counts: string): string;
    key(entries: string[]): string;
    pattern: Record<FillPattern, string>;
  };
}

const EN_LABELS: ExportLabels = {
  lang: 'en-GB',
  intlLocale: 'en-GB',
  quarters: ['Q1', 'Q2', 'Q3', 'Q4'],
  statusAsAt: (date) => `Status as at ${date}.`,
  section: {
    headlines: 'Headlines', atAGlance: 'Status at a glance', chart: 'Status at a glance as a chart', challenges: 'Performance challenge',
    measures: 'Measures', overdue: 'Overdue', risks: 'Risks'
  },
  none: {
    headlines: 'No headlines this quarter.', challenges: 'No performance challenges this quarter.', overdue: 'Nothing is overdue.',
    risks: "No risks are linked to this plan's priorities.", measures: 'This plan has no measures for the year.'
  },
  bucket: {
    Blue: 'Blue', Green: 'Green', Amber: 'Amber', Red: 'Red', NoUpdate: 'No update', NotDue: 'Not due', Withdrawn: 'Withdrawn',
    NoTarget: 'Not rated', NoData: 'No data'
  },
  actionStatus: {
    Blue: 'Blue', Green: 'Green', Amber: 'Amber', Red: 'Red', NoUpdate: 'No update', NotDue: 'Not due', Withdrawn: 'Withdrawn',
    AwaitingUpdate: 'Awaiting update'
  },
  rag: { Green: 'Green', Amber: 'Amber', Red: 'Red', NoTarget: 'Not rated', NoData: 'No data', NotDue: 'Not due' },
  trend: { improving: '↑ improving', worsening: '↓ worsening', unchanged: '↔ unchanged', none: 'no trend' },
  polarity: { High: 'higher is better', Low: 'lower is better', Band: 'within the band' },
  severity: { critical: 'critical', important: 'important' },
  itemType: { action: 'action', measure: 'measure', milestone: 'milestone' },
  riskTrend: { New: 'new', Up: 'rising', Down: 'falling', Same: 'unchanged' },
  column: {
    objective: 'Objective', actions: 'Actions', measures: 'Measures', total: 'Total', percent: '%', exactPercent: 'Exact %', count: 'Count',
    of: 'Of', bucket: 'Status', group: 'Counted', ref: 'Ref', title: 'Title', owner: 'Owner', status: 'Status', dueDate: 'Due date',
    overdue: 'Overdue', severity: 'Severity', item: 'Item', itemType: 'Item type', reason: 'Reason',
    managementResponse: 'Management response', daysOverdue: 'Days overdue', polarity: 'Polarity', unit: 'Unit', comparator: 'Comparator',
    priorYear: 'Prior year', target: 'Target', quarter: 'Quarter', value: 'Value', rag: 'RAG', trend: 'Trend', note: 'Note',
    challenge: 'Challenge', measure: 'Measure', likelihood: 'Likelihood', impact: 'Impact', score: 'Score', mitigation: 'Mitigation',
    portfolioHolder: 'Portfolio holder', risk: 'Risk'
  },
  yes: 'Yes',
  no: 'No',
  sheet: { atAGlance: 'Status at a glance', actions: 'Actions', measures: 'Measures', challenges: 'Performance challenge', overdue: 'Overdue', risks: 'Risks' },
  chart: {
    actionsTitle: 'Actions by status',
    measuresTitle: 'Measures by RAG',
    alt: (title, period, rows) => `Stacked bar chart, one bar per objective: ${title}, ${period}. ${rows.join(' ')} The status at a glance table gives the same numbers.`,
    row: (objective, counts) => `${objective}: ${counts}.`,
    key: (entries) => `Key: ${entries.join('; ')}.`,
    pattern: {
      solid: 'solid', diagonal: 'diagonal lines', backDiagonal: 'back-slanted lines', horizontal: 'horizontal lines',
      vertical: 'vertical lines', dots: 'dots', cross: 'cross-hatched', grid: 'grid'
    }
  }
};

export function exportLabels(locale: ExportLocale): ExportLabels {
  return locale === 'cy' ? CY_LABELS : EN_LABELS;
}
