/**
 * One load of the My updates web part (myItems + reviewQueue, what the page asks for) on trackers
 * of about 3,000, 10,000 and 30,000 items where the person's work stays the same (see
 * myUpdatesTracker.ts), against the embedded SharePoint store over HTTP: for the owner (who leads
 * nothing) and for a plan lead with a queue, beside the naive way (read what I own, then each
 * item's updates or values one request at a time). Prints requests and bytes per size and how the
 * bytes grow from the smallest tracker to the largest; exits 1 over budget.
 * The naive way never looks for actions the person is a delegate for, so it misses work.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { SPFI } from '@pnp/sp';
import { createSiteSp } from '../src/data/createSp';
import { LISTS, LIST_ORDER } from '../src/data/schema';
import { TrackerRepository } from '../src/data/TrackerRepository';
import { SharePointStore } from '../src/local/sharepointStore';
import { startTrackerSite } from '../src/local/trackerSite';
import { growthFailures, runSizedBenchmark } from './benchRun';
import { generateTracker, LEAD, OWNED, OWNER, PERIOD, queuedUpdates } from './myUpdatesTracker';

const SIZES = [3_000, 10_000, 30_000];
/**
 * Requests of one person's page load: myItems 4 for an owner (the person beside a batch, two more
 * batches), 3 for someone who owns nothing; reviewQueue 2, or 3 for a lead with a queue.
 */
const REQUEST_BUDGET = 6;
/** Bytes of one person's page load at any size (measured: 160 KB for the owner, 53 KB for the lead). */
const BYTES_BUDGET = 200_000;
/** The largest tracker's page load against the smallest's: a person's reads must not grow with the plan. */
const GROWTH_BUDGET = 1.25;

interface Load {
  requests: number;
  bytes: number;
  ms: number;
}

interface Measured {
  items: number;
  owner: Load;
  lead: Load;
  naive: Load;
  problems: string[];
}

function repositoryOf(store: SharePointStore, email: string): TrackerRepository {
  return new TrackerRepository(createSiteSp({ siteUrl: store.siteUrl, localUser: email, organisation: 'Benchmark' }));
}

async function measure<T>(store: SharePointStore, work: () => Promise<T>): Promise<{ load: Load; result: T }> {
  store.resetStats();
  const started = Date.now();
  const result = await work();
  const ms = Date.now() - started;
  const stats = store.stats();
  return { load: { requests: stats.totalRequests, bytes: stats.bytesOut, ms }, result };
}

/** What the web part asks for on load, in parallel. */
async function pageLoad(store: SharePointStore, email: string): Promise<{ load: Load; result: [Awaited<ReturnType<TrackerRepository['myItems']>>, Awaited<ReturnType<TrackerRepository['reviewQueue']>>] }> {
  const repository = repositoryOf(store, email);
  return measure(store, () => Promise.all([repository.myItems(email, PERIOD), repository.reviewQueue(email, PERIOD)]));
}

/** The owner's items, then each one's updates or values (this year's and last year's definition) one at a time. */
async function naiveLoad(sp: SPFI): Promise<void> {
  const items = (list: keyof typeof LISTS, filter: string): Promise<Array<Record<string, any>>> =>
    sp.web.lists.getByTitle(LISTS[list].title).items.filter(filter).top(5000)();
  const userId = (await sp.web.siteUsers.getByEmail(OWNER.email)()).Id;
  const actions = await items('actions', `Owner/Id eq ${userId}`);
  const measures = await items('measures', `Owner/Id eq ${userId} and FinancialYear eq '${PERIOD.financialYear}'`);
  for (const action of actions) await items('updates', `Action/Id eq ${action.Id}`);
  for (const each of measures) {
    await items('measureValues', `Measure/Id eq ${each.Id}`);
    const [lastYear] = await items('measures', `Ref eq '${each.Ref}' and Plan/Id eq ${each.PlanId} and FinancialYear eq '2017-18'`);
    await items('measureValues', `Measure/Id eq ${lastYear.Id}`);
  }
  await items('milestones', `Owner/Id eq ${userId}`);
  await sp.web.lists.getByTitle(LISTS.plans.title).items();
}

async function itemCount(sp: SPFI): Promise<number> {
  const lists: Array<{ Title: string; ItemCount: number }> = await sp.web.lists.select('Title', 'ItemCount')();
  const titles = LIST_ORDER.map((key) => LISTS[key].title as string);
  return lists.filter((list) => titles.indexOf(list.Title) >= 0).reduce((sum, list) => sum + list.ItemCount, 0);
}

/** What a page load must return, the same at every size. */
function problemsOf(owner: Awaited<ReturnType<typeof pageLoad>>['result'], lead: Awaited<ReturnType<typeof pageLoad>>['result']): string[] {
  const [mine, ownersQueue] = owner;
  const problems: string[] = [];
  const expect = (what: string, actual: number, expected: number): void => {
    if (actual !== expected) problems.push(`${what}: ${actual}, expected ${expected}`);
  };
  expect("owner's actions (owned and delegated)", mine.actions.length, OWNED.actions + OWNED.delegated);
  expect("owner's measures", mine.measures.length, OWNED.measures);
  expect("owner's milestones", mine.milestones.length, OWNED.actions);
  expect("last year's values of the owner's measures", mine.measures.reduce((n, item) => n + item.values.filter((v) => v.value.financialYear === '2017-18').length, 0), OWNED.measures * 4);
  expect("owner's queue", ownersQueue.updates.length, 0);
  expect("lead's queue", lead[1].updates.length, queuedUpdates());
  expect("lead's queue items with last quarter's update", lead[1].updates.filter((item) => item.previous !== undefined).length, queuedUpdates());
  return problems;
}

async function measureSize(size: number): Promise<Measured> {
  const store = await startTrackerSite({ memory: true, port: 0, quiet: true, people: [OWNER, LEAD] });
  try {
    await generateTracker(repositoryOf(store, LEAD.email), repositoryOf(store, OWNER.email), size);
    const sp = createSiteSp({ siteUrl: store.siteUrl, localUser: OWNER.email, organisation: 'Benchmark' });
    const items = await itemCount(sp);
    const owner = await pageLoad(store, OWNER.email);
    const lead = await pageLoad(store, LEAD.email);
    const naive = await measure(store, () => naiveLoad(sp));
    return { items, owner: owner.load, lead: lead.load, naive: naive.load, problems: problemsOf(owner.result, lead.result) };
  } finally {
    await store.close();
  }
}

function row(name: string, load: Load): string {
  return `  ${name.padEnd(38)} ${String(load.requests).padStart(8)} ${(load.bytes / 1e3).toFixed(1).padStart(9)} KB ${(load.ms / 1000).toFixed(2).padStart(7)} s`;
}

function report(results: Measured[]): string[] {
  console.log(`\nMy updates page load (${PERIOD.financialYear} ${PERIOD.quarter}): the owner has ${OWNED.actions} actions, ${OWNED.delegated} delegated, ${OWNED.measures} measures at every size`);
  results.forEach((result) => {
    console.log(`\n${result.items.toLocaleString('en-GB')} items`);
    console.log(`  ${'way'.padEnd(38)} ${'requests'.padStart(8)} ${'bytes'.padStart(12)} ${'time'.padStart(9)}`);
    console.log(row('owner: myItems + reviewQueue', result.owner));
    console.log(row('lead with a queue: myItems + reviewQueue', result.lead));
    console.log(row('naive (owner, one request per item)', result.naive));
  });
  const [smallest, largest] = [results[0], results[results.length - 1]];
  const growth = (pick: (result: Measured) => Load): number => pick(largest).bytes / pick(smallest).bytes;
  console.log(`\nbytes(${largest.items.toLocaleString('en-GB')}) / bytes(${smallest.items.toLocaleString('en-GB')}): owner ${growth((r) => r.owner).toFixed(3)}, lead ${growth((r) => r.lead).toFixed(3)}, naive ${growth((r) => r.naive).toFixed(3)}`);
  const failures: string[] = [];
  results.forEach((result) => {
    result.problems.forEach((problem) => failures.push(`${result.items} items: ${problem}`));
    [['owner', result.owner], ['lead', result.lead]].forEach(([who, load]) => {
      const { requests, bytes } = load as Load;
      if (requests > REQUEST_BUDGET) failures.push(`${result.items} items: the ${who}'s page load made ${requests} requests; the budget is ${REQUEST_BUDGET}.`);
      if (bytes > BYTES_BUDGET) failures.push(`${result.items} items: the ${who}'s page load read ${bytes} bytes; the budget is ${BYTES_BUDGET}.`);
    });
  });
  failures.push(...growthFailures([['owner', growth((r) => r.owner)], ['lead', growth((r) => r.lead)]], GROWTH_BUDGET, 'the tracker'));
  return failures;
}

runSizedBenchmark({
  sizes: SIZES,
  measure: measureSize,
  report,
  ok: `at most ${REQUEST_BUDGET} requests and ${BYTES_BUDGET / 1e3} KB per page load, growing at most ${GROWTH_BUDGET}x from the smallest tracker to the largest.`
});
