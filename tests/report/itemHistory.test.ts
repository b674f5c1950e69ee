/**
 * @jest-environment node
 */
import { NotFoundError } from '../../src/data/errors';
import { MeasureImportRow } from '../../src/domain/import';
import { SharePointStore } from '../../src/local/sharepointStore';
import { startTrackerSite } from '../../src/local/trackerSite';
import { HistoryEntry } from '../../src/report/dashboardTypes';
import { loadItemHistory } from '../../src/report/itemHistory';
import { actionRow, actionsFile, LEAD, OWNER, repositoryAs, VISITOR } from '../data/repositoryHarness';
import { ownersUpdate, personOf, setPlan } from '../data/reviewHarness';

jest.setTimeout(60_000);

const PLAN = 'History Plan';

function measureRow(q1: number): MeasureImportRow {
  return {
    rowNumber: 2, plan: PLAN, objectiveRef: '1',
    values: [{ measureRef: 'M1', financialYear: '2017-18', period: 'Q1', value: q1 }],
    measure: {
      ref: 'M1', objectiveRef: '1', title: 'Days to answer a complaint', financialYear: '2017-18', unit: 'days', polarity: 'Low', frequency: 'Quarterly',
      aggregation: 'InQuarter', target: { lower: 10, upper: 10 }, tolerance: { kind: 'percent', amount: 10 }
    }
  };
}

/** The entry of one period (or of the item itself) saved at `changedOn`. */
const at = (entries: HistoryEntry[], changedOn: string): HistoryEntry => entries.filter((entry) => entry.changedOn === changedOn)[0];

describe('an item’s history from its list versions, against the embedded store', () => {
  let store: SharePointStore;
  let now = Date.parse('2018-04-05T09:00:00Z');
  /** Moves the store's clock on an hour, so each save has its own time. */
  const later = (): void => {
    now += 3_600_000;
  };

  beforeAll(async () => {
    store = await startTrackerSite({ memory: true, port: 0, quiet: true, people: [LEAD, OWNER, VISITOR], clock: () => now });
    const lead = repositoryAs(store);
    const owner = repositoryAs(store, OWNER.email);
    await lead.importRows(actionsFile([actionRow(PLAN, 1)])); // 2.1., owned by Jan Coles, end date 2018-06-30, 2017-18 Q4 update NotDue
    await setPlan(lead, PLAN, { lead: personOf(LEAD) });
    later(); // 10:00
    const submitted = await owner.saveUpdate(PLAN, ownersUpdate('2.1.', '2018-19', 'Q1', 'Submitted', '2018-07-02T09:00:00Z', 'Amber'));
    later(); // 11:00
    const queue = await lead.reviewQueue(LEAD.email, { financialYear: '2018-19', quarter: 'Q1' });
    await lead.reviewUpdate(PLAN, queue.updates.filter((item) => item.update.id === submitted.id)[0].update, 'Approved', undefined, personOf(LEAD));
    later(); // 12:00
    const request = await owner.requestDeadlineChange(PLAN, {
      actionRef: '2.1.', currentDate: '2018-06-30', requestedDate: '2018-09-30', reason: 'Consultation ran late', requester: personOf(OWNER), decision: 'Pending'
    });
    await lead.decideDeadlineChange(PLAN, request, 'Approved', personOf(LEAD), '2018-07-03');
    await lead.importRows({ kind: 'measures', rows: [measureRow(12)], errors: [], warnings: [] });
    later(); // 13:00
    await lead.importRows({ kind: 'measures', rows: [measureRow(9)], errors: [], warnings: [] });
  });

  afterAll(() => store.close());

  test('an action: its own changes and its updates’, newest first, with who made each and the fields’ display names', async () => {
    const history = await loadItemHistory(repositoryAs(store, VISITOR.email), PLAN, 'action', '2.1.');
    expect(history).toMatchObject({ itemType: 'action', ref: '2.1.', title: 'Action number 1' });
    const times = history.entries.map((entry) => entry.changedOn);
    expect(times).toEqual(times.slice().sort().reverse());

    expect(at(history.entries, '2018-04-05T12:00:00Z')).toEqual({
      changedOn: '2018-04-05T12:00:00Z', changedBy: 'Pat Lead', kind: 'changed',
      changes: [{ field: 'End date', before: '2018-06-30', after: '2018-09-30' }, { field: 'Original end date', before: '', after: '2018-06-30' }]
    });
    const review = at(history.entries, '2018-04-05T11:00:00Z');
    expect(review).toMatchObject({ period: { financialYear: '2018-19', quarter: 'Q1' }, changedBy: 'Pat Lead', kind: 'changed' });
    expect(review.changes).toContainEqual({ field: 'Review state', before: 'Submitted', after: 'Approved' });
    expect(review.changes).toContainEqual({ field: 'Reviewed by', before: '', after: 'Pat Lead' });

    const written = at(history.entries, '2018-04-05T10:00:00Z');
    expect(written).toMatchObject({ period: { financialYear: '2018-19', quarter: 'Q1' }, changedBy: 'Jan Coles', kind: 'created' });
    expect(written.changes).toEqual(expect.arrayContaining([
      { field: 'Status', before: '', after: 'Amber' },
      { field: 'Progress', before: '', after: 'Progress on 2.1.' },
      { field: 'Remedial action', before: '', after: 'Extra staff' },
      { field: 'Review state', before: '', after: 'Submitted' },
      { field: 'Submitted by', before: '', after: 'Jan Coles' }
    ]));

    const created = history.entries.filter((entry) => entry.kind === 'created' && !entry.period)[0];
    expect(created).toMatchObject({ changedOn: '2018-04-05T09:00:00Z', changedBy: 'Pat Lead' });
    expect(created.changes).toContainEqual({ field: 'End date', before: '', after: '2018-06-30' });
    expect(history.entries.filter((entry) => entry.period && entry.period.financialYear === '2017-18')).toHaveLength(1);
  });

  test('a measure: its definition and its values, a re-imported value showing what it was', async () => {
    const history = await loadItemHistory(repositoryAs(store, VISITOR.email), PLAN, 'measure', 'M1');
    expect(history).toMatchObject({ itemType: 'measure', ref: 'M1', title: 'Days to answer a complaint' });
    const revalued = at(history.entries, '2018-04-05T13:00:00Z');
    expect(revalued).toMatchObject({ period: { financialYear: '2017-18', quarter: 'Q1' }, changedBy: 'Pat Lead', kind: 'changed' });
    expect(revalued.changes).toContainEqual({ field: 'Value', before: '12', after: '9' });
    expect(history.entries[history.entries.length - 1].kind).toBe('created');
  });

  test('an unknown reference is a NotFoundError naming it', async () => {
    await expect(loadItemHistory(repositoryAs(store), PLAN, 'action', '9.9.')).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadItemHistory(repositoryAs(store), PLAN, 'measure', 'M404')).rejects.toThrow(/M404/);
  });
});
