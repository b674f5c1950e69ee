/**
 * Loading the 30,000-item tracker through the repository (paged, batched, indexed queries)
 * beside the naive way (one request per item), against the embedded SharePoint store over HTTP.
 * Prints requests, bytes and time for both and their ratio; exits 1 when the repository's
 * requests exceed the budget (CI runs this through `npm run bench`).
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { createSiteSp } from '../src/data/createSp';
import { TrackerRepository } from '../src/data/TrackerRepository';
import { LISTS } from '../src/data/schema';
import { startTrackerSite } from '../src/local/trackerSite';
import { EXPECTED_TOTAL, generateLargeTracker, LARGE_PERIOD, LARGE_PLAN } from '../tests/data/largeTracker';

/** Two `$batch` requests today (plan + calendar; everything else); room for a next page or two. */
const REQUEST_BUDGET = 4;
/** Items read one by one to time the naive way; the rest is extrapolated (30,000 requests take minutes). */
const NAIVE_SAMPLE = 500;

async function main(): Promise<void> {
  const store = await startTrackerSite({ memory: true, port: 0, quiet: true });
  try {
    const sp = createSiteSp({ siteUrl: store.siteUrl, organisation: 'Benchmark' });
    const repository = new TrackerRepository(sp);
    const generatedAt = Date.now();
    await generateLargeTracker(repository);
    console.log(`Generated ${EXPECTED_TOTAL} items through the import in ${((Date.now() - generatedAt) / 1000).toFixed(1)} s`);

    store.resetStats();
    const started = Date.now();
    const tracker = await repository.loadTracker(LARGE_PLAN, LARGE_PERIOD);
    const repoMs = Date.now() - started;
    const repoStats = store.stats();
    const loaded = 1 + tracker.objectives.length + tracker.actions.length + tracker.updates.length + tracker.milestones.length +
      tracker.measures.length + tracker.measureValues.length;

    const ids = (await sp.web.lists.getByTitle(LISTS.updates.title).items.select('Id').filter("PeriodKey eq '2018-19 Q4'").top(NAIVE_SAMPLE)()).map((item: { Id: number }) => item.Id);
    store.resetStats();
    const naiveStarted = Date.now();
    for (const id of ids) {
      await sp.web.lists.getByTitle(LISTS.updates.title).items.getById(id)();
    }
    const naiveSampleMs = Date.now() - naiveStarted;
    const naiveStats = store.stats();
    const scale = loaded / ids.length;
    const naiveRequests = Math.round(naiveStats.totalRequests * scale);
    const naiveMs = naiveSampleMs * scale;
    const naiveBytes = naiveStats.bytesOut * scale;

    const row = (name: string, requests: number, bytes: number, ms: number): string =>
      `${name.padEnd(34)} ${String(requests).padStart(8)} ${(bytes / 1e6).toFixed(1).padStart(9)} MB ${(ms / 1000).toFixed(2).padStart(9)} s`;
    console.log(`\nLoading a ${loaded}-item tracker (${LARGE_PLAN}, ${LARGE_PERIOD.financialYear} ${LARGE_PERIOD.quarter})`);
    console.log(`${'way'.padEnd(34)} ${'requests'.padStart(8)} ${'bytes'.padStart(12)} ${'time'.padStart(11)}`);
    console.log(row('repository (paged, batched)', repoStats.totalRequests, repoStats.bytesOut, repoMs));
    console.log(row(`naive getById (from ${ids.length}, extrapolated)`, naiveRequests, naiveBytes, naiveMs));
    console.log(`ratio: ${(naiveRequests / repoStats.totalRequests).toFixed(0)}x fewer requests, ${(naiveMs / repoMs).toFixed(1)}x faster`);
    if (repoStats.totalRequests > REQUEST_BUDGET) {
      console.error(`FAIL: the repository used ${repoStats.totalRequests} requests; the budget is ${REQUEST_BUDGET}.`);
      process.exitCode = 1;
    } else {
      console.log(`OK: ${repoStats.totalRequests} requests, within the budget of ${REQUEST_BUDGET}.`);
    }
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
