/**
 * One load of the My updates web part (myItems + reviewQueue, what the page asks for) for an owner
 * with 20 actions and 5 measures in a plan of 2,000 actions and 200 measures, beside the naive
 * way (read what I own, then each item's updates or values one request at a time), against the
 * embedded SharePoint store over HTTP. Prints requests, bytes and time; exits 1 over budget.
 * The naive way never looks for actions the person is a delegate for, so it reads fewer bytes
 * and still misses work; the repository scans ids and delegates to find them.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { createSp } from '../src/data/createSp';
import { TrackerRepository } from '../src/data/TrackerRepository';
import { LISTS } from '../src/data/schema';
import { ActionImportRow, MeasureImportRow } from '../src/domain/import';
import { PersonRef, ReportingPeriod } from '../src/domain/model';
import { startTrackerSite } from '../src/local/trackerSite';

/** myItems: the person and a batch, two more batches (4 requests); reviewQueue: 3. Room for nothing else. */
const REQUEST_BUDGET = 7;
/**
 * Bytes the page load may read: the person's rows plus the delegate scan (ids and delegates of
 * every action in the plan, without metadata: about 60 bytes each). Reading the plan's actions in
 * full, as the first version did, was 4.2 MB here.
 */
const BYTES_BUDGET = 400_000;
const ACTIONS = 2000;
const MEASURES = 200;
const MINE_EVERY = 100;
const MEASURE_EVERY = 40;
const PLAN = 'County Improvement Plan';
const PERIOD: ReportingPeriod = { financialYear: '2018-19', quarter: 'Q4' };
const OWNER = { email: 'owner@council.gov.uk', title: 'Olwen Owen', role: 'member' as const };
const LEAD = { email: 'lead@council.gov.uk', title: 'Pat Lead', role: 'member' as const };
const owner: PersonRef = { name: OWNER.title, email: OWNER.email };

function actionRow(n: number): ActionImportRow {
  const ref = `${1 + (n % 10)}.${n}.`;
  return {
    rowNumber: n + 2, plan: PLAN, objectiveRef: String(1 + (n % 10)), objectiveTitle: `Objective ${1 + (n % 10)}`,
    action: { ref, objectiveRef: String(1 + (n % 10)), title: `Action ${n}`, owner: n % MINE_EVERY ? { name: `Officer ${n % 40}` } : owner, delegates: [] },
    update: { actionRef: ref, financialYear: '2018-19', quarter: 'Q3', status: 'Green', progress: `Progress on ${n}`, reviewState: 'Approved' }
  };
}

function measureRow(n: number): MeasureImportRow {
  const ref = `M${n}`;
  return {
    rowNumber: n + 2, plan: PLAN, objectiveRef: String(1 + (n % 10)),
    measure: {
      ref, objectiveRef: String(1 + (n % 10)), title: `Measure ${n}`, financialYear: '2018-19', unit: '%', polarity: 'High',
      frequency: 'Quarterly', aggregation: 'InQuarter', target: { lower: 80, upper: 80 }, tolerance: { kind: 'percent', amount: 10 },
      owner: n % MEASURE_EVERY ? { name: `Officer ${n % 40}` } : owner
    },
    values: [{ measureRef: ref, financialYear: '2018-19', period: 'Q3', value: 70 + (n % 20) }]
  };
}

async function main(): Promise<void> {
  const store = await startTrackerSite({ memory: true, port: 0, quiet: true, people: [OWNER, LEAD] });
  try {
    const lead = new TrackerRepository(createSp({ siteUrl: store.siteUrl, localUser: LEAD.email, organisation: 'Benchmark' }));
    await lead.importRows({ kind: 'actions', errors: [], warnings: [], rows: Array.from({ length: ACTIONS }, (_v, n) => actionRow(n)) });
    await lead.importRows({ kind: 'measures', errors: [], warnings: [], rows: Array.from({ length: MEASURES }, (_v, n) => measureRow(n)) });
    const sp = createSp({ siteUrl: store.siteUrl, localUser: OWNER.email, organisation: 'Benchmark' });
    const repository = new TrackerRepository(sp);

    store.resetStats();
    const started = Date.now();
    const [items] = await Promise.all([repository.myItems(OWNER.email, PERIOD), repository.reviewQueue(OWNER.email, PERIOD)]);
    const ms = Date.now() - started;
    const ours = store.stats();

    store.resetStats();
    const naiveStarted = Date.now();
    const userId = (await sp.web.siteUsers.getByEmail(OWNER.email)()).Id;
    const mine = await sp.web.lists.getByTitle(LISTS.actions.title).items.filter(`Owner/Id eq ${userId}`).top(5000)();
    const measures = await sp.web.lists.getByTitle(LISTS.measures.title).items.filter(`Owner/Id eq ${userId}`).top(5000)();
    for (const action of mine) await sp.web.lists.getByTitle(LISTS.updates.title).items.filter(`Action/Id eq ${action.Id}`)();
    for (const measure of measures) await sp.web.lists.getByTitle(LISTS.measureValues.title).items.filter(`Measure/Id eq ${measure.Id}`)();
    await sp.web.lists.getByTitle(LISTS.milestones.title).items.filter(`Owner/Id eq ${userId}`)();
    await sp.web.lists.getByTitle(LISTS.plans.title).items();
    const naiveMs = Date.now() - naiveStarted;
    const naive = store.stats();

    const row = (name: string, requests: number, bytes: number, time: number): string =>
      `${name.padEnd(40)} ${String(requests).padStart(8)} ${(bytes / 1e3).toFixed(1).padStart(9)} KB ${(time / 1000).toFixed(2).padStart(7)} s`;
    console.log(`\nMy updates page load: ${items.actions.length} actions and ${items.measures.length} measures owned, in a plan of ${ACTIONS} actions and ${MEASURES} measures`);
    console.log(`${'way'.padEnd(40)} ${'requests'.padStart(8)} ${'bytes'.padStart(12)} ${'time'.padStart(9)}`);
    console.log(row('repository (myItems + reviewQueue)', ours.totalRequests, ours.bytesOut, ms));
    console.log(row('naive (one request per item)', naive.totalRequests, naive.bytesOut, naiveMs));
    console.log(`ratio: ${(naive.totalRequests / ours.totalRequests).toFixed(1)}x fewer requests`);
    const expected = ACTIONS / MINE_EVERY;
    if (items.actions.length !== expected) {
      console.error(`FAIL: myItems found ${items.actions.length} actions; the owner owns ${expected}.`);
      process.exitCode = 1;
    } else if (ours.totalRequests > REQUEST_BUDGET || ours.bytesOut > BYTES_BUDGET) {
      console.error(`FAIL: a page load used ${ours.totalRequests} requests and ${ours.bytesOut} bytes; the budgets are ${REQUEST_BUDGET} and ${BYTES_BUDGET}.`);
      process.exitCode = 1;
    } else {
      console.log(`OK: ${ours.totalRequests} requests and ${(ours.bytesOut / 1e3).toFixed(0)} KB per page load, within the budgets of ${REQUEST_BUDGET} and ${BYTES_BUDGET / 1e3} KB.`);
    }
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
