/**
 * One load of "My milestones" (loadMyMilestones, issue 14) on the My updates benchmark's tracker
 * (myUpdatesTracker.ts: three plans; here of 500 and of 2,000 actions each) against the embedded
 * SharePoint store over HTTP: for the owner of 20 actions and their 20 milestones, and for the
 * first plan's lead with 3 deadline change requests to decide, beside the naive way (read every
 * list the due list draws on, whole, and pick the person's rows out). Prints HTTP requests,
 * SharePoint operations (each request inside a `$batch` counts, as SharePoint meters them) and
 * bytes; exits 1 over budget, when the larger tracker's page load reads more than the smaller's,
 * or when a page load does not list what the tracker was built to have due.
 * Today is 10 September 2018: 2018-19 Q1's updates were due on 13 July (13 of the owner's 20 are
 * still owed), the milestones fall due on 30 September.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SPFI } from '@pnp/sp';
import { createSiteSp } from '../src/data/createSp';
import { silentLogger } from '../src/data/logger';
import { LISTS, ListKey } from '../src/data/schema';
import { TrackerRepository } from '../src/data/TrackerRepository';
import { StoreStats } from '../src/local/sharepointStore';
import { startTrackerSite } from '../src/local/trackerSite';
import { loadMyMilestones, MyMilestones } from '../src/report/loadMyMilestones';
import { growthFailures, runSizedBenchmark } from './benchRun';
import { generateTracker, LEAD, OWNED, OWNER, PLANS, queuedUpdates } from './myUpdatesTracker';

const TODAY = '2018-09-10';
/** Actions per plan: the 2,000-action plans are the issue's; the 500-action ones show the reads do not grow. */
const PLAN_SIZES = [500, 2000];
/** Items myUpdatesTracker generates per action (its shapeFor), so a size in items gives these plans. */
const ITEMS_PER_ACTION = 6.7;
const REQUESTED_CHANGES = 3;
/** The user beside one `$batch`, then one more (measured: 3 requests; 5 operations and 22.6 KB for the owner, 6 and 6.8 KB for the lead). */
const BUDGET = { requests: 3, operations: 6, ownerBytes: 30_000, leadBytes: 10_000 };
/** The larger tracker's page load against the smaller's: a person's reads must not grow with the plans. */
const GROWTH_BUDGET = 1.05;
/** What the due list draws on; the naive way reads each whole. */
const WHOLE_LISTS: ListKey[] = ['plans', 'calendar', 'actions', 'milestones', 'updates', 'changeRequests'];

interface Load {
  requests: number;
  operations: number;
  bytes: number;
  ms: number;
}

interface Measured {
  actionsPerPlan: number;
  owner: Load;
  lead: Load;
  naive: Load;
  problems: string[];
}

function loadOf(stats: StoreStats, ms: number): Load {
  return { requests: stats.totalRequests, operations: stats.operations, bytes: stats.bytesOut, ms };
}

function repositoryOf(siteUrl: string, email: string): TrackerRepository {
  return new TrackerRepository(createSiteSp({ siteUrl, localUser: email, organisation: 'Benchmark' }), { logger: silentLogger });
}

async function timed<T>(store: { resetStats(): void; stats(): StoreStats }, work: () => Promise<T>): Promise<{ load: Load; result: T }> {
  store.resetStats();
  const started = Date.now();
  const result = await work();
  return { load: loadOf(store.stats(), Date.now() - started), result };
}

/** Every item of the lists the due list draws on, page by page: what a page would read without indexed, per-person queries. */
async function naiveLoad(sp: SPFI): Promise<number> {
  let rows = 0;
  for (const key of WHOLE_LISTS) {
    for await (const page of sp.web.lists.getByTitle(LISTS[key].title).items.top(5000)) {
      rows += page.length;
    }
  }
  return rows;
}

/** The owner asks to move three milestones of the first plan: the lead's to decide. */
async function requestChanges(owner: TrackerRepository): Promise<void> {
  for (let n = 0; n < REQUESTED_CHANGES; n += 1) {
    await owner.requestDeadlineChange(PLANS[0], {
      actionRef: `${1 + (n % 10)}.${n}.`, milestoneTitle: `Milestone of action ${n}`, currentDate: '2018-09-30', requestedDate: '2018-12-31',
      reason: 'The contractor starts late', requester: { name: OWNER.title, email: OWNER.email }, decision: 'Pending'
    });
  }
}

function problemsOf(owner: MyMilestones, lead: MyMilestones): string[] {
  const problems: string[] = [];
  const expect = (what: string, actual: number, expected: number): void => {
    if (actual !== expected) problems.push(`${what}: ${actual}, expected ${expected}`);
  };
  const count = (list: MyMilestones, kind: string): number => list.overdue.concat(list.dueSoon).filter((row) => row.kind === kind).length;
  expect("owner's updates owed (overdue)", owner.overdue.filter((row) => row.kind === 'updateOwed').length, OWNED.actions - queuedUpdates());
  expect("owner's milestones due soon", owner.dueSoon.filter((row) => row.kind === 'milestone').length, OWNED.actions);
  expect("owner's plans", owner.byPlan.length, PLANS.length);
  expect("lead's change requests", count(lead, 'changeRequest'), REQUESTED_CHANGES);
  expect("lead's other rows", lead.overdue.length + lead.dueSoon.length - REQUESTED_CHANGES, 0);
  return problems;
}

async function measureSize(actionsPerPlan: number): Promise<Measured> {
  const store = await startTrackerSite({ memory: true, port: 0, quiet: true, people: [OWNER, LEAD] });
  try {
    const lead = repositoryOf(store.siteUrl, LEAD.email);
    const owner = repositoryOf(store.siteUrl, OWNER.email);
    await generateTracker(lead, owner, Math.round(actionsPerPlan * ITEMS_PER_ACTION * PLANS.length));
    await requestChanges(owner);
    const owners = await timed(store, () => loadMyMilestones(owner, { email: OWNER.email, today: TODAY }));
    const leads = await timed(store, () => loadMyMilestones(lead, { email: LEAD.email, today: TODAY }));
    const naive = await timed(store, () => naiveLoad(createSiteSp({ siteUrl: store.siteUrl, localUser: OWNER.email, organisation: 'Benchmark' })));
    return { actionsPerPlan, owner: owners.load, lead: leads.load, naive: naive.load, problems: problemsOf(owners.result, leads.result) };
  } finally {
    await store.close();
  }
}

function row(name: string, load: Load): string {
  return `  ${name.padEnd(40)} ${String(load.requests).padStart(8)} ${String(load.operations).padStart(10)} ${(load.bytes / 1e3).toFixed(1).padStart(10)} KB ${(load.ms / 1000).toFixed(2).padStart(7)} s`;
}

function budgetFailures(result: Measured): string[] {
  const failures = result.problems.map((problem) => `${result.actionsPerPlan} actions a plan: ${problem}`);
  const check = (who: string, load: Load, bytes: number): void => {
    if (load.requests > BUDGET.requests) failures.push(`${who}'s page load made ${load.requests} requests; the budget is ${BUDGET.requests}.`);
    if (load.operations > BUDGET.operations) failures.push(`${who}'s page load made ${load.operations} operations; the budget is ${BUDGET.operations}.`);
    if (load.bytes > bytes) failures.push(`${who}'s page load read ${load.bytes} bytes; the budget is ${bytes}.`);
  };
  check(`${result.actionsPerPlan} actions a plan: the owner`, result.owner, BUDGET.ownerBytes);
  check(`${result.actionsPerPlan} actions a plan: the lead`, result.lead, BUDGET.leadBytes);
  return failures;
}

function report(results: Measured[]): string[] {
  console.log(`\nMy milestones page load on ${TODAY}: the owner has ${OWNED.actions} actions and their ${OWNED.actions} milestones in ${PLANS.length} plans; the lead ${REQUESTED_CHANGES} change requests to decide`);
  results.forEach((result) => {
    console.log(`\n${PLANS.length} plans of ${result.actionsPerPlan.toLocaleString('en-GB')} actions`);
    console.log(`  ${'way'.padEnd(40)} ${'requests'.padStart(8)} ${'operations'.padStart(10)} ${'bytes'.padStart(13)} ${'time'.padStart(9)}`);
    console.log(row('owner: loadMyMilestones', result.owner));
    console.log(row('lead: loadMyMilestones', result.lead));
    console.log(row('naive: the lists read whole', result.naive));
  });
  const [smaller, larger] = [results[0], results[results.length - 1]];
  const growth = (pick: (result: Measured) => Load): number => pick(larger).bytes / pick(smaller).bytes;
  console.log(`\nbytes(${larger.actionsPerPlan}) / bytes(${smaller.actionsPerPlan}): owner ${growth((r) => r.owner).toFixed(3)}, lead ${growth((r) => r.lead).toFixed(3)}, naive ${growth((r) => r.naive).toFixed(3)}`);
  const failures = ([] as string[]).concat(...results.map(budgetFailures));
  failures.push(...growthFailures([['owner', growth((r) => r.owner)], ['lead', growth((r) => r.lead)]], GROWTH_BUDGET, 'the plans'));
  return failures;
}

runSizedBenchmark({
  sizes: PLAN_SIZES,
  measure: measureSize,
  report,
  ok: `at most ${BUDGET.requests} requests, ${BUDGET.operations} operations, ${BUDGET.ownerBytes / 1e3} KB (owner) and ${BUDGET.leadBytes / 1e3} KB (lead) per page load, growing at most ${GROWTH_BUDGET}x.`
});
