import { formatCsv } from '../../../report/formats/formatCsv';
import { formatDocx } from '../../../report/formats/formatDocx';
import { formatXlsx } from '../../../report/formats/formatXlsx';
import { LoadedReport } from '../../../report/loadReport';

/**
 * The report's files, made in the browser from the figures on the page: a chunk of its own
 * (webpackChunkName 'dashboard-export'), fetched only when someone exports.
 */

export type ExportFormat = 'csv' | 'docx' | 'xlsx';

const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/** `Plan title 2019-20 Q4.csv`, with characters no file system takes replaced. */
export function exportFileName(report: LoadedReport, extension: string): string {
  const { financialYear, quarter } = report.document.period;
  return `${report.plan.title} ${financialYear} ${quarter}`.replace(/[\\/:*?"<>|]+/g, '-') + `.${extension}`;
}

/** The Word document and the workbook follow the page's language; the CSV is data, as the CLI writes it. */
export async function exportReport(report: LoadedReport, format: ExportFormat, locale: 'en-GB' | 'cy'): Promise<{ name: string; blob: Blob }> {
  let body: BlobPart;
  if (format === 'docx') body = await formatDocx(report, { locale }) as BlobPart;
  else if (format === 'xlsx') body = formatXlsx(report, { locale }) as BlobPart;
  // A byte order mark so Excel reads the CSV as UTF-8 (Welsh ŵ, ŷ; £).
  else body = `\ufeff${formatCsv(report.document, report.actionRows)}`;
  return { name: exportFileName(report, format), blob: new Blob([body], { type: TYPES[format] }) };
}

/** Hands the file to the browser as a download. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
