/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { provisionSite } from '../../src/data/provisioning';
import { LISTS } from '../../src/data/schema';
import { ReportingPeriod } from '../../src/domain/model';
import { periodKey } from '../../src/domain/periods';
import { buildReport } from '../../src/domain/reporting';
import { SharePointStore } from '../../src/local/sharepointStore';
import { loadReport } from '../../src/report/loadReport';
import { reportInputOf } from '../../src/report/reportInput';
import { injectFaultAtWrite } from './faultAtWrite';
import { actionRow, actionsFile, LEAD, OWNER, repositoryAs, snapshot, spAs } from './repositoryHarness';
import { ownersUpdate, personOf, setPlan, startReviewSite } from './reviewHarness';

jest.setTimeout(120_000);

/**
 * Each action's ReportedStatuses column (what its updates count for, read by every report instead
 * of the updates) follows every write that changes an action's updates or the action: saving and
 * reviewing updates, importing and re-importing, an import undone, a deadline moved. The reports
 * read through it are the reports read from the updates themselves.
 */

const PLAN = 'Statuses Plan';
const Q4 = { financialYear: '2017-18', quarter: 'Q4' as const };
const Q1 = { financialYear: '2018-19', quarter: 'Q1' as const };

describe('an action’s reported statuses follow its updates', () => {
  let store: SharePointStore;
  let lead: TrackerRepository;
  let owner: TrackerRepository;

  /** The column of each action, by reference. */
  async function columns(): Promise<Record<string, string | null>> {
    const items = await spAs(store).web.lists.getByTitle(LISTS.actions.title).items.select('Ref', 'ReportedStatuses').top(5000)();
    const byRef: Record<string, string | null> = {};
    items.forEach((item: { Ref: string; ReportedStatuses: string | null }) => (byRef[item.Ref] = item.ReportedStatuses));
    return byRef;
  }

  /** The report as the updates themselves say it (the whole tracker read), for comparing with the report read through the column. */
  async function reportFromUpdates(period: ReportingPeriod, asOf: string): Promise<unknown> {
    return buildReport(reportInputOf(await lead.loadTracker(PLAN, period), asOf));
  }

  beforeAll(async () => {
    ({ store, lead, owner } = await startReviewSite());
    // 1.0. Green and 3.2. Green (n % 4 === 0); 2.1. and 1.3. Not due: all approved for 2017-18 Q4, with progress.
    await lead.importRows(actionsFile([0, 1, 2, 3].map((n) => actionRow(PLAN, n))));
    await setPlan(lead, PLAN, { lead: personOf(LEAD) });
  });

  afterAll(() => store.close());

  test('an import writes each action’s quarter', async () => {
    expect(await columns()).toEqual({ '1.0.': '2017-18 Q4:G', '2.1.': '2017-18 Q4:N', '3.2.': '2017-18 Q4:N', '1.3.': '2017-18 Q4:N' });
  });

  test('a draft does not count; submitting it does; returning it stops it counting; approving it again counts', async () => {
    const draft = await owner.saveUpdate(PLAN, ownersUpdate('2.1.', '2018-19', 'Q1', 'Draft', undefined, 'Red'));
    expect((await columns())['2.1.']).toBe('2017-18 Q4:N');

    const submitted = await owner.saveUpdate(PLAN, ownersUpdate('2.1.', '2018-19', 'Q1', 'Submitted', '2018-07-02T09:00:00Z', 'Red'), draft);
    expect((await columns())['2.1.']).toBe('2017-18 Q4:NR');

    const returned = await lead.reviewUpdate(PLAN, submitted, 'Returned', 'Say what the remedial action costs.', personOf(LEAD));
    expect((await columns())['2.1.']).toBe('2017-18 Q4:N');

    const again = await owner.saveUpdate(PLAN, { ...ownersUpdate('2.1.', '2018-19', 'Q1', 'Submitted', '2018-07-05T09:00:00Z', 'Amber') }, returned);
    await lead.reviewUpdate(PLAN, again, 'Approved', undefined, personOf(LEAD));
    expect((await columns())['2.1.']).toBe('2017-18 Q4:NA');
  });

  test('a re-import that changes a quarter’s status rewrites it; one that changes nothing writes nothing', async () => {
    const red = actionRow(PLAN, 0);
    red.update = { ...(red.update as NonNullable<typeof red.update>), status: 'Red', progress: '', remedialAction: 'Recovery plan' };
    await lead.importRows(actionsFile([red]));
    expect((await columns())['1.0.']).toBe('2017-18 Q4:r');
    const before = await snapshot(spAs(store));
    const outcome = await lead.importRows(actionsFile([red]));
    expect(outcome.writes).toBe(0);
    expect(await snapshot(spAs(store))).toEqual(before);
  });

  test('an import that fails part-way is undone, the columns with it', async () => {
    const before = await snapshot(spAs(store));
    const blue = [1, 2].map((n) => {
      const row = actionRow(PLAN, n);
      return { ...row, update: { ...(row.update as NonNullable<typeof row.update>), financialYear: '2018-19', quarter: 'Q2' as const, status: 'Blue' as const } };
    });
    // The writes: two updates, then the two actions' columns; the fault hits the second column.
    const fault = injectFaultAtWrite(4);
    try {
      await expect(lead.importRows(actionsFile(blue))).rejects.toThrow();
    } finally {
      fault.restore();
    }
    expect(fault.writesSeen()).toBeGreaterThanOrEqual(4);
    expect(await snapshot(spAs(store))).toEqual(before);
  });

  test('moving a deadline keeps the column, and the action’s updates can still be saved after', async () => {
    const before = (await columns())['3.2.'];
    const request = await owner.requestDeadlineChange(PLAN, {
      actionRef: '3.2.', currentDate: '2018-12-31', requestedDate: '2019-03-31', reason: 'Waiting for the new system', requester: personOf(OWNER), decision: 'Pending'
    });
    await lead.decideDeadlineChange(PLAN, request, 'Approved', personOf(LEAD), '2018-07-03');
    expect((await columns())['3.2.']).toBe(before);
    await owner.saveUpdate(PLAN, ownersUpdate('3.2.', '2018-19', 'Q1', 'Submitted', '2018-07-04T09:00:00Z', 'Green'));
    expect((await columns())['3.2.']).toBe('2017-18 Q4:NG');
    const tracker = await lead.loadTracker(PLAN, Q1);
    expect(tracker.actions.filter((action) => action.value.ref === '3.2.')[0].value.endDate).toBe('2019-03-31');
  });

  test('someone saving the action between the column’s read and its write: the column is read and worked out again, not lost', async () => {
    const action = (await spAs(store).web.lists.getByTitle(LISTS.actions.title).items.filter("Ref eq '1.3.'").select('Id')())[0] as { Id: number };
    const original = globalThis.fetch;
    let interfered = false;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = init && typeof init.body === 'string' ? init.body : '';
      if (!interfered && String(input).endsWith('/_api/$batch') && body.indexOf('MERGE ') >= 0 && body.indexOf('ReportedStatuses') >= 0) {
        interfered = true;
        // Another writer's save lands first, so the ETag the refresh read is stale.
        await spAs(store).web.lists.getByTitle(LISTS.actions.title).items.getById(action.Id).update({ ReportedStatuses: 'written by someone else' });
      }
      return original(input, init);
    }) as typeof fetch;
    try {
      await owner.saveUpdate(PLAN, ownersUpdate('1.3.', '2018-19', 'Q1', 'Submitted', '2018-07-02T09:00:00Z', 'Green'));
    } finally {
      globalThis.fetch = original;
    }
    expect(interfered).toBe(true);
    expect((await columns())['1.3.']).toBe('2017-18 Q4:NG');
  });

  test('a site from before the column: provisioning works each action’s column out from its updates, the report then reads one $batch fewer, and a second run fills none', async () => {
    const before = await columns();
    const actions = spAs(store).web.lists.getByTitle(LISTS.actions.title);
    for (const item of await actions.items.select('Id')()) {
      await actions.items.getById((item as { Id: number }).Id).update({ ReportedStatuses: null });
    }
    expect(Object.values(await columns())).toEqual([null, null, null, null]);
    const reportRequests = async (): Promise<number> => {
      store.resetStats();
      await loadReport(repositoryAs(store), { plan: PLAN, period: Q1, asOf: '2018-08-01' });
      return store.stats().totalRequests;
    };
    const unfilledRequests = await reportRequests();

    expect((await provisionSite(spAs(store))).statusesFilled).toBe(4);
    expect(await columns()).toEqual(before);
    expect(await reportRequests()).toBe(unfilledRequests - 1);
    expect((await provisionSite(spAs(store))).statusesFilled).toBe(0);
  });

  test.each<[ReportingPeriod, string]>([
    [Q4, '2018-03-01'], [Q4, '2018-05-01'], [Q1, '2018-07-10'], [Q1, '2018-08-01'], [{ financialYear: '2018-19', quarter: 'Q2' }, '2018-11-01']
  ])('the report read through the columns is the report read from the updates: %o on %s', async (period, asOf) => {
    const report = await loadReport(repositoryAs(store), { plan: PLAN, period, asOf });
    expect({ period: periodKey(period), document: report.document }).toEqual({ period: periodKey(period), document: await reportFromUpdates(period, asOf) });
  });
});
