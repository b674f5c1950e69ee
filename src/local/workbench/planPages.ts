import { ITrackerReader } from '../../data/ITrackerRepository';
import { ValidationError } from '../../data/errors';
import { IsoDate, Plan, ReportingPeriod } from '../../domain/model';
import { findPlan, hasPlanEnded, openingPeriod, planPeriods } from '../../domain/plans';
import { parseFinancialYear, parsePeriodKey, parseQuarter, quarterBounds } from '../../domain/periods';
import { loadReport } from '../../report/loadReport';
import { planPage, plansPage, PlanEntry, periodForm } from './pages';

/**
 * The workbench's plan pages, on local mode's one clock: the plans, each opening on the quarter
 * the demo's day makes current for it (or its last reported quarter once ended), and a plan's
 * report for one of its quarters. A quarter the plan does not have, or that has not begun, is
 * refused with a sentence, never reported as overdue.
 */

export interface PageContent {
  status: number;
  title: string;
  body: string;
}

/** Where a plan opens: for an ended plan, its last reported quarter (one read). */
async function opensOn(reader: ITrackerReader, plan: Plan, today: IsoDate): Promise<ReportingPeriod> {
  return openingPeriod(plan, today, hasPlanEnded(plan, today) ? await reader.lastReportedPeriod(plan.title) : undefined);
}

export async function homePage(reader: ITrackerReader, today: IsoDate): Promise<PageContent> {
  const plans = (await reader.listPlans()).map((stored) => stored.value);
  const entries: PlanEntry[] = [];
  for (const plan of plans) {
    entries.push({ plan, opensOn: await opensOn(reader, plan, today) });
  }
  return { status: 200, title: 'Plans', body: plansPage(entries) };
}

/** The quarters that have begun on `today`, which the plan page offers. */
function begunPeriods(plan: Plan, today: IsoDate): ReportingPeriod[] {
  return planPeriods(plan).filter((period) => quarterBounds(period).start <= today);
}

type Asked = { period: ReportingPeriod } | { problem: string } | undefined;

/** The quarter the address asks for (`period=2017-18 Q4`, or `year` and `quarter`), or why it is not one. */
function askedPeriod(url: URL): Asked {
  const key = url.searchParams.get('period');
  if (key !== null) {
    const period = parsePeriodKey(key);
    return period ? { period } : { problem: `“${key}” is not a quarter: choose one from the list.` };
  }
  const year = url.searchParams.get('year');
  if (year === null) return undefined;
  const financialYear = parseFinancialYear(year);
  if (!financialYear) return { problem: `“${year}” is not a financial year: write it like 2019-20.` };
  const quarter = parseQuarter(url.searchParams.get('quarter') || 'Q4');
  return quarter ? { period: { financialYear, quarter } } : { problem: `“${url.searchParams.get('quarter')}” is not a quarter: use Q1, Q2, Q3 or Q4.` };
}

function refusal(title: string, plan: Plan, today: IsoDate, message: string): PageContent {
  return { status: 400, title, body: `${periodForm(plan.title, begunPeriods(plan, today), undefined)}<p role="alert">${escapeText(message)}</p>` };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export async function planReportPage(reader: ITrackerReader, url: URL, today: IsoDate): Promise<PageContent> {
  const title = url.searchParams.get('title') || '';
  const plan = findPlan((await reader.listPlans()).map((stored) => stored.value), title);
  if (!plan) {
    return { status: 404, title: 'Not found', body: `<p role="alert">${escapeText(`There is no plan called “${title}” on this site.`)}</p><p><a href="/">Back to the plans</a></p>` };
  }
  const asked = askedPeriod(url);
  if (asked && 'problem' in asked) {
    return refusal(plan.title, plan, today, asked.problem);
  }
  const period = asked ? asked.period : await opensOn(reader, plan, today);
  try {
    const report = await loadReport(reader, { plan: plan.title, period, asOf: today });
    return { status: 200, title: `${plan.title}: ${period.quarter} ${period.financialYear}`, body: planPage(report.document, plan.title, begunPeriods(plan, today), period) };
  } catch (error) {
    if (error instanceof ValidationError) {
      return refusal(plan.title, plan, today, error.message);
    }
    throw error;
  }
}
