import { writeFileSync } from 'fs';
import { isIsoDate, londonDateOf } from '../../domain/calendarDate';
import { ReportingPeriod } from '../../domain/model';
import { parseFinancialYear, parseQuarter } from '../../domain/periods';
import { TrackerRepository } from '../../data/TrackerRepository';
import { silentLogger } from '../../data/logger';
import { LoadedReport, loadReport, PlanNotChosenError } from '../../report/loadReport';
import { formatCsv } from '../../report/formats/formatCsv';
import { formatHtml } from '../../report/formats/formatHtml';
import { CliIo } from '../io';
import { isSiteUrl, openSite, siteArgument } from '../site';
import { DemoClock } from '../../local/demoClock';
import { resolve } from 'path';
import { progressOnStderr } from '../progress';
import { EXIT_OK, UsageError } from '../usage';

export const REPORT_FORMATS = ['json', 'csv', 'html'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportCommandOptions {
  year: string;
  quarter: string;
  plan?: string;
  format?: string;
  out?: string;
  site?: string;
  asOf?: string;
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

function formatted(report: LoadedReport, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify(report.document, undefined, 2)}\n`;
  return format === 'html' ? formatHtml(report.document, report.plan.title) : formatCsv(report.document, report.actionRows);
}

/** Several plans cover the year: the person must say which, as for any other usage error. */
function planToChoose(error: unknown): never {
  if (error instanceof PlanNotChosenError) {
    throw new UsageError(`${error.candidates.length} plans cover ${error.year}; choose one with --plan: ${error.candidates.map((title) => `"${title}"`).join(', ')}.`);
  }
  throw error;
}

/** `tracker report --year --quarter [--plan] [--format] [--out] [--site]`. */
export async function reportCommand(options: ReportCommandOptions, io: CliIo): Promise<number> {
  const period = periodOf(options);
  const format = formatOf(options);
  const siteName = siteArgument(options.site, io.env);
  const asOf = asOfOf(options, io, siteName);
  const site = await openSite(siteName, io.env);
  const progress = progressOnStderr('Building the report');
  try {
    // The CLI prints its own errors: the repository need not log them too.
    const repository = new TrackerRepository(site.sp, { logger: silentLogger });
    progress.update(0, 1);
    const report = await loadReport(repository, { plan: options.plan, period, asOf }).catch(planToChoose);
    const plan = report.plan;
    const text = formatted(report, format);
    progress.update(1, 1);
    progress.stop();
    if (options.out) {
      writeFileSync(options.out, text);
      io.err(`Wrote the ${period.quarter} ${period.financialYear} report for "${plan.title}" to ${options.out}.`);
    } else {
      io.write(text);
    }
    return EXIT_OK;
  } finally {
    progress.stop();
    await site.close();
  }
}
