import { writeFileSync } from 'fs';
import { isIsoDate, londonDateOf } from '../../domain/calendarDate';
import { Plan, ReportingPeriod } from '../../domain/model';
import { parseFinancialYear, parseQuarter, startYearOf } from '../../domain/periods';
import { buildReport } from '../../domain/reporting';
import { Stored } from '../../data/ITrackerRepository';
import { TrackerRepository } from '../../data/TrackerRepository';
import { reportInputOf } from '../../data/reportInput';
import { NotFoundError } from '../../data/errors';
import { actionLines } from '../report/actionLines';
import { formatCsv } from '../report/formatCsv';
import { formatHtml } from '../report/formatHtml';
import { CliIo } from '../io';
import { openSite, siteArgument } from '../site';
import { progressOnStderr } from '../progress';
import { EXIT_OK, UsageError } from '../usage';

export const REPORT_FORMATS = ['json', 'csv', 'html', 'docx'] as const;

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

function formatOf(options: ReportCommandOptions): 'json' | 'csv' | 'html' {
  const format = (options.format || 'json').toLowerCase();
  if (format === 'docx') throw new UsageError('The Word (.docx) report is not available yet; use --format json, csv or html.');
  if (format !== 'json' && format !== 'csv' && format !== 'html') throw new UsageError(`--format "${options.format}" is not one of json, csv, html.`);
  return format;
}

function asOfOf(options: ReportCommandOptions, io: CliIo): string {
  if (options.asOf === undefined) return londonDateOf(io.now());
  if (!isIsoDate(options.asOf)) throw new UsageError(`--as-of "${options.asOf}" is not a date: write it like 2018-04-30.`);
  return options.asOf;
}

const covers = (plan: Plan, year: string): boolean =>
  startYearOf(plan.firstYear) <= startYearOf(year) && startYearOf(year) <= startYearOf(plan.lastYear);

/** `--plan`, else the one plan that covers the year (SPEC §6 `report`). */
export function choosePlan(plans: readonly Stored<Plan>[], wanted: string | undefined, year: string): Plan {
  if (wanted) {
    const match = plans.filter((plan) => plan.value.title.toLowerCase() === wanted.trim().toLowerCase())[0];
    if (!match) throw new NotFoundError(`Plan "${wanted}" (plans on this site: ${plans.map((p) => p.value.title).join('; ') || 'none'})`);
    return match.value;
  }
  const candidates = plans.filter((plan) => covers(plan.value, year));
  if (candidates.length === 1) return candidates[0].value;
  if (!candidates.length) throw new NotFoundError(`A plan covering ${year}`);
  throw new UsageError(`${candidates.length} plans cover ${year}; choose one with --plan: ${candidates.map((p) => `"${p.value.title}"`).join(', ')}.`);
}

/** `tracker report --year --quarter [--plan] [--format] [--out] [--site]`. */
export async function reportCommand(options: ReportCommandOptions, io: CliIo): Promise<number> {
  const period = periodOf(options);
  const format = formatOf(options);
  const asOf = asOfOf(options, io);
  const site = await openSite(siteArgument(options.site, io.env), io.env);
  const progress = progressOnStderr('Building the report');
  try {
    const repository = new TrackerRepository(site.sp);
    progress.update(0, 3);
    const plan = choosePlan(await repository.listPlans(), options.plan, period.financialYear);
    progress.update(1, 3);
    const tracker = await repository.loadTracker(plan.title, period);
    progress.update(2, 3);
    const input = reportInputOf(tracker, asOf);
    const report = buildReport(input);
    const text =
      format === 'json' ? `${JSON.stringify(report, undefined, 2)}\n`
        : format === 'html' ? formatHtml(report, plan.title)
          : formatCsv(report, actionLines(input.actions, input.updates, period, input));
    progress.update(3, 3);
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
