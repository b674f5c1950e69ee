/**
 * The dashboard's first render — loadDashboard for the generated tracker's plan and period, with
 * 8 quarters of direction of travel — at about 3,000, 10,000 and 30,000 items, against the
 * embedded SharePoint store over HTTP, beside the naive way (the whole tracker read for each
 * quarter, as before issue 13). Prints HTTP requests, SharePoint operations (each request inside a
 * `$batch` counts, as SharePoint meters them), bytes and time, and their ratios; exits 1 when the
 * 30,000-item render breaks a budget, or when its bytes grow faster than the rows it shows.
 * Bytes and counts are exact on any machine; times compare only within one run.
 */
import { createSiteSp } from '../src/data/createSp';
import { silentLogger } from '../src/data/logger';
import { TrackerRepository } from '../src/data/TrackerRepository';
import { earliestTravelPeriod, travelPeriods } from '../src/domain/reporting/directionOfTravel';
import { StoreStats } from '../src/local/sharepointStore';
import { startTrackerSite } from '../src/local/trackerSite';
import { dashboardOf, loadDashboard } from '../src/report/loadDashboard';
import { DashboardRequest } from '../src/report/dashboardTypes';
import { generateLargeTracker, itemsOf, LARGE_PERIOD, LARGE_PLAN, LARGE_SIZE, TrackerSize } from '../tests/data/largeTracker';

const BUDGET = { bytes: 1.5e6, requests: 4, operations: 12 };
/** Bytes per row shown may grow this much from 3,000 to 30,000 items (they should not grow at all). */
const GROWTH_ALLOWED = 1.2;
const AS_OF = '2019-04-30';
const SIZES: TrackerSize[] = [{ actions: 280, measuresPerYear: 25 }, { actions: 920, measuresPerYear: 80 }, LARGE_SIZE];

interface Run {
  requests: number;
  operations: number;
  bytes: number;
  ms: number;
}

interface Measured {
  items: number;
  /** Of the lean run's time, judging the 8 quarters' reports from what was read (no reads). */
  judgingMs: number;
  /** Rows the dashboard shows: actions, milestones, measures and values. */
  rows: number;
  lean: Run;
  naive: Run;
}

function runOf(stats: StoreStats, ms: number): Run {
  return { requests: stats.totalRequests, operations: stats.operations, bytes: stats.bytesOut, ms };
}

/** The time `dashboardOf` takes over the tracker the lean run reads: the best of three, with the reads outside the clock. */
async function timeJudging(repository: TrackerRepository, request: DashboardRequest): Promise<number> {
  const { tracker, responses } = await repository.loadDashboardTracker(LARGE_PLAN, request.period, earliestTravelPeriod(request.period, 8));
  const times = [0, 1, 2].map(() => {
    const started = process.hrtime.bigint();
    dashboardOf(tracker, responses, request);
    return Number(process.hrtime.bigint() - started) / 1e6;
  });
  return Math.min(...times);
}

async function measure(size: TrackerSize): Promise<Measured> {
  const store = await startTrackerSite({ memory: true, port: 0, quiet: true });
  try {
    const repository = new TrackerRepository(createSiteSp({ siteUrl: store.siteUrl, organisation: 'Benchmark' }), { logger: silentLogger });
    await generateLargeTracker(repository, size);
    const request = { plan: LARGE_PLAN, period: LARGE_PERIOD, asOf: AS_OF, quarters: 8 };

    store.resetStats();
    let started = Date.now();
    const dashboard = await loadDashboard(repository, request);
    const lean = runOf(store.stats(), Date.now() - started);

    // The naive way: each quarter's whole tracker (every update of its report span, every column), then the responses.
    store.resetStats();
    started = Date.now();
    for (const period of travelPeriods(dashboard.report.plan, LARGE_PERIOD, AS_OF, 8)) {
      await repository.loadTracker(LARGE_PLAN, period);
    }
    await repository.challengeResponses(LARGE_PLAN, LARGE_PERIOD);
    const naive = runOf(store.stats(), Date.now() - started);
    const judgingMs = await timeJudging(repository, request);
    const tracker = dashboard.report.tracker;
    return { items: itemsOf(size), judgingMs, rows: tracker.actions.length + tracker.milestones.length + tracker.measures.length + tracker.measureValues.length, lean, naive };
  } finally {
    await store.close();
  }
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

function line(label: string, run: Run): string {
  return `  ${label.padEnd(7)} ${String(run.requests).padStart(8)} ${String(run.operations).padStart(10)} ${mb(run.bytes).padStart(10)} ${`${(run.ms / 1000).toFixed(2)} s`.padStart(9)}`;
}

function check(failures: string[], what: string, value: number, budget: number, unit: (n: number) => string = String): void {
  const verdict = value <= budget ? 'OK  ' : 'FAIL';
  console.log(`${verdict} ${what}: ${unit(value)} (budget ${unit(budget)})`);
  if (value > budget) {
    failures.push(what);
  }
}

async function main(): Promise<void> {
  const results: Measured[] = [];
  for (const size of SIZES) {
    results.push(await measure(size));
    const result = results[results.length - 1];
    console.log(`\n${result.items} items (${result.rows} rows shown): loadDashboard, ${LARGE_PERIOD.financialYear} ${LARGE_PERIOD.quarter}, 8 quarters`);
    console.log(`  ${'way'.padEnd(7)} ${'requests'.padStart(8)} ${'operations'.padStart(10)} ${'bytes'.padStart(10)} ${'time'.padStart(9)}`);
    console.log(line('lean', result.lean));
    console.log(line('naive', result.naive));
    console.log(`  of lean's ${(result.lean.ms / 1000).toFixed(2)} s, judging the 8 quarters' reports (no reads) takes ${(result.judgingMs / 1000).toFixed(2)} s`);
    console.log(`  naive/lean: ${(result.naive.requests / result.lean.requests).toFixed(1)}x requests, ${(result.naive.operations / result.lean.operations).toFixed(1)}x operations, ` +
      `${(result.naive.bytes / result.lean.bytes).toFixed(1)}x bytes, ${(result.naive.ms / result.lean.ms).toFixed(1)}x time`);
  }
  const small = results[0];
  const large = results[results.length - 1];
  const perRow = (result: Measured, run: Run): number => run.bytes / result.rows;
  console.log(`\nGrowth from ${small.items} to ${large.items} items: rows shown ${(large.rows / small.rows).toFixed(1)}x, ` +
    `lean bytes ${(large.lean.bytes / small.lean.bytes).toFixed(1)}x (${perRow(small, small.lean).toFixed(0)} → ${perRow(large, large.lean).toFixed(0)} bytes a row), ` +
    `naive bytes ${(large.naive.bytes / small.naive.bytes).toFixed(1)}x (${perRow(small, small.naive).toFixed(0)} → ${perRow(large, large.naive).toFixed(0)} bytes a row)`);
  const failures: string[] = [];
  check(failures, `bytes at ${large.items} items`, large.lean.bytes, BUDGET.bytes, mb);
  check(failures, `HTTP requests at ${large.items} items`, large.lean.requests, BUDGET.requests);
  check(failures, `SharePoint operations at ${large.items} items`, large.lean.operations, BUDGET.operations);
  check(failures, 'growth of bytes a row shown, 3k → 30k', perRow(large, large.lean) / perRow(small, small.lean), GROWTH_ALLOWED, (n) => `${n.toFixed(2)}x`);
  if (failures.length > 0) {
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
