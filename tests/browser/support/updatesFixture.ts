import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { createSiteSp } from '../../../src/data/createSp';
import { TrackerRepository } from '../../../src/data/TrackerRepository';
import { Stored } from '../../../src/data/ITrackerRepository';
import { parseImportFile } from '../../../src/domain/import';
import { IsoDate, Milestone, Plan, ReportingPeriod, Update } from '../../../src/domain/model';
import { SharePointStore } from '../../../src/local/sharepointStore';
import { startTrackerSite } from '../../../src/local/trackerSite';
import { DemoClock } from '../../../src/local/demoClock';
import { DemoPerson } from '../../../src/local/workbench/demoPeople';
import { LANGUAGE_COOKIE, startWorkbench, THEME_COOKIE, USER_COOKIE, Workbench } from '../../../src/local/workbench/startWorkbench';
import { HostThemeName } from '../../../src/components/theme/hostThemes';
import { launchBrowser } from './browser';

/**
 * One tracker for the My updates browser tests: the embedded store (in memory) with the web part's
 * page served by the local workbench, and the data written the way a plan lead writes it — the
 * plan through `savePlan`, actions, measures and milestones through the CSV importer
 * (`parseImportFile` → `importRows`). Nothing is written to the store's tables directly.
 *
 * Today is Tue 10 Apr 2018 and the page opens on Q4 2017-18. Q4 ends Sat 31 Mar 2018; the default
 * due date is the 10th working day after it, skipping Good Friday (30 Mar) and Easter Monday
 * (2 Apr): Tue 3, Wed 4, Thu 5, Fri 6, Mon 9 … Fri 13, Mon 16 April. So updates are due Mon 16 Apr.
 */

export const TODAY: IsoDate = '2018-04-10';
export const PERIOD: ReportingPeriod = { financialYear: '2017-18', quarter: 'Q4' };
export const NEXT_PERIOD: ReportingPeriod = { financialYear: '2018-19', quarter: 'Q1' };
export const DUE_EN = 'Monday 16 April';
export const DUE_CY = 'dydd Llun 16 Ebrill';

export const OWNER: DemoPerson = { email: 'owen.owner@council.example', title: 'Owen Owner', role: 'member', persona: 'Action owner' };
export const DELEGATE: DemoPerson = { email: 'dee.delegate@council.example', title: 'Dee Delegate', role: 'member', persona: 'Delegate' };
export const LEAD: DemoPerson = { email: 'lee.lead@council.example', title: 'Lee Lead', role: 'member', persona: 'Plan lead' };
export const PEOPLE: DemoPerson[] = [OWNER, DELEGATE, LEAD];

export const PLAN = 'Better Outcomes Plan 2017-20';

export interface FixtureAction {
  ref: string;
  objectiveRef: '1' | '2';
  title: string;
  /** Owner cell as a tracker holds it: the first person owns, the rest are delegates. */
  owner?: string;
  /** A Q3 update brought in by import (recorded as approved): last quarter's status and words. */
  q3?: { status: string; progress: string };
}

export interface FixtureMeasure {
  ref: string;
  objectiveRef: '1' | '2';
  title: string;
  /** Values Q1–Q3 as the CSV cells hold them ('' = none). */
  q1: string;
  q2: string;
  q3: string;
  owner?: string;
}

export interface FixtureMilestone {
  actionRef: string;
  title: string;
  due: IsoDate;
}

export interface FixtureData {
  actions: FixtureAction[];
  measures: FixtureMeasure[];
  milestones: FixtureMilestone[];
  /** Extra people (e.g. the owner of the XSS test's imported actions). */
  people?: DemoPerson[];
}

export const OBJECTIVES: Record<'1' | '2', string> = { '1': 'Raise attainment in every school', '2': 'Support families earlier' };

/** Objective 1's measure: higher is better, target 80 (default amber tolerance 10% = 8, so the amber floor is 72), Q3 was 75. */
export const ATTENDANCE: FixtureMeasure = { ref: 'M1', objectiveRef: '1', title: 'Pupils attending 95% of sessions', q1: '70%', q2: '74%', q3: '75%' };

const person = (who: DemoPerson): string => `${who.title} <${who.email}>`;

/** A CSV cell: quoted, quotes doubled (RFC 4180), so commas, quotes and markup survive as typed. */
export function csvCell(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function csv(header: string, rows: string[][]): Buffer {
  return Buffer.from([header, ...rows.map((row) => row.map(csvCell).join(','))].join('\r\n'), 'utf8');
}

export function actionsCsv(actions: FixtureAction[]): Buffer {
  return csv('Plan,Objective Ref,Objective,Ref,Title,Service Area,Owner,Start Date,End Date,Financial Year,Quarter,Status,Progress,Issue,Remedial Action,Evidence',
    actions.map((action) => [PLAN, action.objectiveRef, OBJECTIVES[action.objectiveRef], action.ref, action.title, 'Education', action.owner || person(OWNER),
      '2017-04-01', '2019-03-31', action.q3 ? '2017-18' : '', action.q3 ? 'Q3' : '', action.q3 ? action.q3.status : '', action.q3 ? action.q3.progress : '', '', '', '']));
}

export function measuresCsv(measures: FixtureMeasure[]): Buffer {
  return csv('Plan,Objective Ref,Objective,Ref,Title,Unit,Polarity,Frequency,Aggregation,Comparator Label,Comparator,Prior Year Actual,Target,Amber Tolerance,Financial Year,Q1,Q2,Q3,Q4,Owner',
    measures.map((measure) => [PLAN, measure.objectiveRef, OBJECTIVES[measure.objectiveRef], measure.ref, measure.title, '%', 'High', 'Quarterly', 'In quarter',
      'Welsh average', '78%', '71%', '80%', '', '2017-18', measure.q1, measure.q2, measure.q3, '', measure.owner || person(OWNER)]));
}

export function milestonesCsv(milestones: FixtureMilestone[]): Buffer {
  return csv('Plan,Action Ref,Title,Due Date,Owner,Done Date', milestones.map((milestone) => [PLAN, milestone.actionRef, milestone.title, milestone.due, person(OWNER), '']));
}

export interface UpdatesFixture {
  store: SharePointStore;
  workbench: Workbench;
  /** The workbench's origin, e.g. `http://localhost:41234`. */
  url: string;
  data: FixtureData;
  /** The repository in Node, signed in as `who` (checks what the page saved). */
  repositoryAs(who: DemoPerson): TrackerRepository;
  close(): Promise<void>;
}

/** Imports a CSV file through the real importer; fails on any row error, as the admin page would refuse it. */
export async function importCsv(repository: TrackerRepository, name: string, bytes: Buffer): Promise<void> {
  const parsed = parseImportFile(name, bytes, { importedOn: '2018-01-12T10:00:00.000Z' });
  if (parsed.errors.length) {
    throw new Error(`${name} does not import: ${parsed.errors.map((problem) => `row ${problem.row}: ${problem.message}`).join('; ')}`);
  }
  await repository.importRows(parsed);
}

/** Starts the store and the workbench on free ports and writes the fixture's tracker. */
export async function startUpdatesFixture(data: FixtureData): Promise<UpdatesFixture> {
  const people = PEOPLE.concat(data.people || []);
  const store = await startTrackerSite({ memory: true, port: 0, quiet: true, people });
  const repositoryAs = (who: DemoPerson): TrackerRepository =>
    new TrackerRepository(createSiteSp({ siteUrl: store.siteUrl, localUser: who.email, organisation: 'Test Council' }));
  const lead = repositoryAs(LEAD);
  const plan: Plan = {
    title: PLAN, type: 'Corporate Improvement Plan', firstYear: '2017-18', lastYear: '2019-20',
    lead: { name: LEAD.title, email: LEAD.email }, status: 'Active', allowChangeRequests: true
  };
  await lead.savePlan(plan);
  await importCsv(lead, 'actions.csv', actionsCsv(data.actions));
  if (data.measures.length) await importCsv(lead, 'measures.csv', measuresCsv(data.measures));
  if (data.milestones.length) await importCsv(lead, 'milestones.csv', milestonesCsv(data.milestones));
  // The web part opens on the quarter just ended on the fixture's day: PERIOD.
  const workbench = await startWorkbench({ siteUrl: store.siteUrl, people, port: 0, clock: DemoClock.open(undefined, TODAY) });
  return {
    store, workbench, url: workbench.url, data, repositoryAs,
    close: async () => {
      await workbench.close();
      await store.close();
    }
  };
}

export interface OpenOptions {
  width?: number;
  height?: number;
  language?: 'en-gb' | 'cy-gb';
  /** The host's theme, as a Teams tab is given it (the workbench's theme switch). */
  theme?: HostThemeName;
  /** Ignore the page's Content-Security-Policy, so only the web part's own escaping stands between a payload and the page. */
  bypassCSP?: boolean;
  /** Path and query, default `/updates`. */
  path?: string;
  /** Runs before the page is first loaded: init scripts, dialog listeners. */
  prepare?: (context: BrowserContext, page: Page) => Promise<void> | void;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
}

/** A fresh browser context signed in as `who` (the workbench's cookie), on the My updates page, loaded. */
export async function openUpdates(browser: Browser, fixture: UpdatesFixture, who: DemoPerson, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width || 1280, height: options.height || 900 }, locale: 'en-GB', bypassCSP: !!options.bypassCSP
  });
  const cookies = [{ name: USER_COOKIE, value: encodeURIComponent(who.email), url: fixture.url }];
  if (options.language) cookies.push({ name: LANGUAGE_COOKIE, value: options.language, url: fixture.url });
  if (options.theme) cookies.push({ name: THEME_COOKIE, value: options.theme, url: fixture.url });
  await context.addCookies(cookies);
  const page = await context.newPage();
  if (options.prepare) await options.prepare(context, page);
  await page.goto(`${fixture.url}${options.path || '/updates'}`);
  await waitForItems(page);
  return { context, page };
}

/** Waits until the web part has read the person's items (the root section is no longer busy). */
export async function waitForItems(page: Page): Promise<void> {
  await page.locator('section[aria-labelledby="my-updates-title"][aria-busy="false"]').waitFor();
}

/** Reloads the page and waits for the items again. */
export async function reloadUpdates(page: Page): Promise<void> {
  await page.reload();
  await waitForItems(page);
}

/** An action's card: the list item named by its heading ("1.a. Title"). */
export function actionCard(page: Page, action: FixtureAction): Locator {
  return page.getByRole('listitem', { name: `${action.ref} ${action.title}`, exact: true });
}

/**
 * Clicks a radio button's or checkbox's label, as a person does, and checks it took. (Fluent draws
 * the control on its label, over the hidden input, so Playwright's click on the input itself is
 * refused as "intercepted".)
 */
export async function clickLabelOf(control: Locator): Promise<void> {
  await control.page().locator(`label[for="${await control.getAttribute('id')}"]`).click();
  if (!(await control.isChecked())) throw new Error(`Clicking the label of ${control} did not check it`);
}

/** Chooses a status in the update form ("Green — on track"). */
export async function chooseStatus(scope: Locator, status: string): Promise<void> {
  await clickLabelOf(scope.getByRole('radio', { name: new RegExp(`^${status}\\.`) }));
}

/** A milestone's card: the list item holding its heading ("1.a. Title"). */
export function milestoneCard(page: Page, milestone: FixtureMilestone): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `${milestone.actionRef} ${milestone.title}`, exact: true }) });
}

/** The owner submits this quarter's update on `action`, as their form would: it then waits in the plan lead's review queue. */
export async function submitForReview(fixture: UpdatesFixture, action: FixtureAction, words: { status: 'Amber' | 'Red'; progress: string; remedialAction: string }): Promise<void> {
  await fixture.repositoryAs(OWNER).saveUpdate(PLAN, {
    actionRef: action.ref, financialYear: PERIOD.financialYear, quarter: PERIOD.quarter, ...words, reviewState: 'Submitted',
    submittedBy: { name: OWNER.title, email: OWNER.email }, submittedOn: '2018-04-09T10:00:00.000Z'
  });
}

/** The action's stored updates for `period`, as the repository reads them (every review state). */
export async function updatesOf(fixture: UpdatesFixture, who: DemoPerson, actionRef: string, period: ReportingPeriod = PERIOD): Promise<Update[]> {
  const items = await fixture.repositoryAs(who).myItems(who.email, period);
  const entry = items.actions.filter((candidate) => candidate.action.value.ref === actionRef)[0];
  if (!entry) throw new Error(`${who.email} has no action ${actionRef}`);
  return entry.updates.map((stored) => stored.value).filter((update) => update.financialYear === period.financialYear && update.quarter === period.quarter);
}

/** The plan's milestones as stored (done or not). */
export async function milestonesOf(fixture: UpdatesFixture): Promise<Stored<Milestone>[]> {
  return (await fixture.repositoryAs(LEAD).loadTracker(PLAN, PERIOD)).milestones;
}

/** The words a field's aria-describedby points at: its hint and its error message. */
export async function describedByText(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean)
      .map((id) => { const described = document.getElementById(id); return described ? described.textContent || '' : ''; }).join(' | '));
}

/**
 * Types a date into a date input from the keyboard, as a person does (any day, even one past the
 * input's max: the picker would not offer it, typing does). Chromium shows the day, month and year
 * in its own locale's order, so the order is found first by typing a probe date.
 */
export async function setDate(field: Locator, date: IsoDate): Promise<void> {
  const page = field.page();
  await field.focus();
  await page.keyboard.type('01022003');
  const probe = await field.inputValue();
  const [year, month, day] = date.split('-');
  // Focus lands on the first part again only when it comes from outside the input.
  await field.evaluate((element) => (element as HTMLInputElement).blur());
  await field.focus();
  await page.keyboard.type(probe === '2003-02-01' ? `${day}${month}${year}` : `${month}${day}${year}`);
  const typed = await field.inputValue();
  if (typed !== date) throw new Error(`Typed ${date} into a date input but it holds "${typed}" (probe read "${probe}")`);
}

/** Bytes from the workbench's origin, as the signed-in person's browser would fetch them. */
export async function fetchBytes(fixture: UpdatesFixture, url: string, who: DemoPerson): Promise<{ status: number; bytes: Buffer }> {
  const absolute = new URL(url, fixture.url);
  if (absolute.origin !== new URL(fixture.url).origin) throw new Error(`${url} is not on the workbench's origin ${fixture.url}`);
  const response = await fetch(absolute, { headers: { Cookie: `${USER_COOKIE}=${encodeURIComponent(who.email)}` } });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** One browser test file's fixture, browser and pages. */
export interface UpdatesSuite {
  readonly fixture: UpdatesFixture;
  readonly browser: Browser;
  /** Opens My updates as `who` (see openUpdates); the page's context is closed after the test. */
  open(who: DemoPerson, options?: OpenOptions): Promise<Page>;
}

/**
 * Starts one fixture and one browser for a test file (after `prepare`, e.g. an update to review),
 * closes every page a test opened after it, and both at the end.
 */
export function updatesSuite(data: FixtureData, prepare?: (fixture: UpdatesFixture) => Promise<void>): UpdatesSuite {
  let fixture: UpdatesFixture | undefined;
  let browser: Browser | undefined;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    [fixture, browser] = await Promise.all([startUpdatesFixture(data), launchBrowser()]);
    if (prepare) await prepare(fixture);
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((page) => page.context.close()));
  });

  afterAll(async () => {
    if (browser) await browser.close();
    if (fixture) await fixture.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} has not started: use the suite inside a test`);
    return value;
  };
  return {
    get fixture() { return started(fixture, 'fixture'); },
    get browser() { return started(browser, 'browser'); },
    async open(who, options = {}) {
      const page = await openUpdates(started(browser, 'browser'), started(fixture, 'fixture'), who, options);
      opened.push(page);
      return page.page;
    }
  };
}
