import { writeFileSync } from 'fs';
import { isIsoDate, londonDateOf } from '../../domain/calendarDate';
import { ReportingPeriod } from '../../domain/model';
import { parseFinancialYear, parseQuarter } from '../../domain/periods';
import { CY_GB, EN_GB } from '../../domain/reporting';
import { TrackerRepository } from '../../data/TrackerRepository';
import { silentLogger } from '../../data/logger';
import { LoadedReport, loadReport, PlanNotChosenError } from '../../report/loadReport';
import { formatCsv } from '../../report/formats/formatCsv';
import { formatDocx } from '../../report/formats/formatDocx';
import { formatHtml } from '../../report/formats/formatHtml';
import { formatXlsx } from '../../report/formats/formatXlsx';
import { exportLabels, ExportLocale } from '../../report/formats/exportLabels';
import { CliIo } from '../io';
import { isSiteUrl, openSite, siteArgument } from '../site';
import { DemoClock } from '../../local/demoClock';
import { resolve } from 'path';
import { progressOnStderr } from '../progress';
import { EXIT_OK, UsageError } from '../usage';

export const REPORT_FORMATS = ['json', 'csv', 'html', 'docx', 'xlsx'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Word and Excel files are bytes, not text: never written to a terminal. */
const BINARY_FORMATS: Partial<Record<ReportFormat, string>> = { docx: 'A Word report', xlsx: 'An Excel report' };

export const REPORT_LANGUAGES: readonly ExportLocale[] = ['en-GB', 'cy'];

/** Where a binary report goes without `--out`: stdout, unless it is a terminal. */
export interface BinaryStdout {
  isTTY?: boolean;
  write(bytes: Uint8Array): unknown;
}

export interface ReportCommandOptions {
  year: string;
  quarter: string;
  plan?: string;
  format?: string;
  out?: string;
  site?: string;
  asOf?: string;
  language?: string;
}

function periodOf(options: ReportCommandOptions): ReportingPeriod {
  const financialYear = parseFinancialYear(options.year);
  if (!financialYear) throw new UsageError(`--year "${options.year}" is not a financial year: write it like 2017-18.`);
  const quarter = parseQuarter(options.quarter);
  if (!quarter) throw new UsageError(`--quarter "${options.quarter}" is not a quarter: use Q1, Q2, Q3 or Q4.`);
  return { financialYear, quarter };
}

function formatOf(options: ReportCommandOptions): ReportFormat {
  const format = (options.format || 'json').toLowerCase();
  const known = REPORT_FORMATS.filter((candidate) => candidate === format)[0];
  if (!known) throw new UsageError(`--format "${options.format}" is not one of ${REPORT_FORMATS.join(', ')}.`);
  return known;
}

function languageOf(options: ReportCommandOptions): ExportLocale {
  const language = REPORT_LANGUAGES.filter((candidate) => candidate.toLowerCase() === (options.language || 'en-GB').toLowerCase())[0];
  if (!language) throw new UsageError(`--language "${options.language}" is not one of ${REPORT_LANGUAGES.join(', ')}.`);
  return language;
}

function refuseBinaryOnTerminal(format: ReportFormat, options: ReportCommandOptions, stdout: BinaryStdout): void {
  const binary = BINARY_FORMATS[format];
  if (binary && !options.out && stdout.isTTY) {
    throw new UsageError(`${binary} is a file, not text for a terminal: add --out report.${format}, or redirect it (> report.${format}).`);
  }
}

/**
 * `--as-of`; else, for local mode's store, the demo's own day (local mode runs on one clock, and
 * the report must say what its pages say); else today in London.
 */
function asOfOf(options: ReportCommandOptions, io: CliIo, site: string): string {
  if (options.asOf === undefined) {
    const demoDay = isSiteUrl(site) ? undefined : DemoClock.dayIn(resolve(io.cwd, site));
    return demoDay || londonDateOf(io.now());
  }
  if (!isIsoDate(options.asOf)) throw new UsageError(`--as-of "${options.asOf}" is not a date: write it like 2018-04-30.`);
  return options.asOf;
}

async function formatted(report: LoadedReport, format: ReportFormat, locale: ExportLocale): Promise<string | Uint8Array> {
  switch (format) {
    case 'json': return `${JSON.stringify(report.document, undefined, 2)}\n`;
    case 'html': return formatHtml(report.document, report.plan.title, exportLabels(locale));
    case 'docx': return formatDocx(report, { locale });
    case 'xlsx': return formatXlsx(report, { locale });
    default: return formatCsv(report.document, report.actionRows);
  }
}

/** Several plans cover the year: the person must say which, as for any other usage error. */
function planToChoose(error: unknown): never {
  if (error instanceof PlanNotChosenError) {
    throw new UsageError(`${error.candidates.length} plans cover ${error.year}; choose one with --plan: ${error.candidates.map((title) => `"${title}"`).join(', ')}.`);
  }
  throw error;
}

/**
 * `tracker report --year --quarter [--plan] [--format] [--language] [--out] [--site]`.
 * @param stdout - where a Word or Excel report goes without `--out` (refused when a terminal).
 */
export async function reportCommand(options: ReportCommandOptions, io: CliIo, stdout: BinaryStdout = process.stdout): Promise<number> {
  const period = periodOf(options);
  const format = formatOf(options);
  const locale = languageOf(options);
  refuseBinaryOnTerminal(format, options, stdout);
  const siteName = siteArgument(options.site, io.env);
  const asOf = asOfOf(options, io, siteName);
  const site = await openSite(siteName, io.env);
  const progress = progressOnStderr('Building the report');
  try {
    // The CLI prints its own errors: the repository need not log them too.
    const repository = new TrackerRepository(site.sp, { logger: silentLogger });
    progress.update(0, 1);
    const strings = locale === 'cy' ? CY_GB : EN_GB;
    const report = await loadReport(repository, { plan: options.plan, period, asOf, strings }).catch(planToChoose);
    const output = await formatted(report, format, locale);
    progress.update(1, 1);
    progress.stop();
    if (options.out) {
      writeFileSync(options.out, output);
      io.err(`Wrote the ${period.quarter} ${period.financialYear} report for "${report.plan.title}" to ${options.out}.`);
    } else if (typeof output === 'string') {
      io.write(output);
    } else {
      stdout.write(output);
    }
    return EXIT_OK;
  } finally {
    progress.stop();
    await site.close();
  }
}
