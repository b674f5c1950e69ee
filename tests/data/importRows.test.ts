/**
 * @jest-environment node
 */
import { ValidationError } from '../../src/data/errors';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { parseImport, readCsv } from '../../src/domain/import';
import { SharePointStore } from '../../src/local/sharepointStore';
import { injectFaultAtWrite } from './faultAtWrite';
import { actionRow, actionsFile, OWNER, planActions, repositoryAs, snapshot, spAs, startStore } from './repositoryHarness';

const PLAN = 'Corporate Improvement Plan';

function csvFile(text: string) {
  const table = readCsv(text);
  if (!table.ok) {
    throw new Error('unreadable');
  }
  return parseImport(table.table);
}

const HEADER = 'Plan,Objective Ref,Objective,Ref,Title,Service Area,Owner,Start Date,End Date,Financial Year,Quarter,Status,Progress,Issue,Remedial Action,Evidence';

describe('importRows: all or nothing', () => {
  let store: SharePointStore;
  let repository: TrackerRepository;

  beforeAll(async () => {
    store = await startStore();
    repository = repositoryAs(store);
    await repository.importRows(planActions(PLAN, 200));
  }, 60000);

  afterAll(() => store.close());

  test('a file with one bad row writes nothing and names the row', async () => {
    const before = await snapshot(spAs(store));
    const parsed = csvFile([
      HEADER,
      `${PLAN},1,Objective 1,9.1.,New action,Education,${OWNER.email},01/04/2017,31/03/2018,2017-18,Q4,Green,Fine,,,`,
      `${PLAN},1,Objective 1,9.2.,Bad action,Education,${OWNER.email},01/04/2017,31/13/2018,2017-18,Q4,Green,Fine,,,`
    ].join('\n'));
    store.resetStats();
    const error = await repository.importRows(parsed).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.problems).toEqual([expect.objectContaining({ row: 3, field: 'End Date' })]);
    expect(store.stats().totalRequests).toBe(0);
    expect(await snapshot(spAs(store))).toEqual(before);
  });

  test('a row SharePoint would refuse (a reference over 32 characters) is caught before any write', async () => {
    const before = await snapshot(spAs(store));
    const rows = [actionRow(PLAN, 500), actionRow(PLAN, 501)];
    rows[1].action = { ...rows[1].action, ref: 'R'.repeat(40) };
    const error = await repository.importRows(actionsFile(rows)).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.problems[0]).toMatchObject({ row: 502, field: 'Reference' });
    expect(await snapshot(spAs(store))).toEqual(before);
  });

  test('re-importing the same rows updates instead of duplicating, and writes nothing unchanged', async () => {
    const before = await snapshot(spAs(store));
    const outcome = await repository.importRows(planActions(PLAN, 200));
    expect(outcome).toMatchObject({ created: 0, updated: 200, writes: 0, plansCreated: [] });
    expect(await snapshot(spAs(store))).toEqual(before);
  });

  test('a fault at write 500 of 1,000 leaves every list exactly as before', async () => {
    const before = await snapshot(spAs(store));
    // 200 changed actions and their updates, 300 new actions and their updates: 1,000 writes.
    const rows = Array.from({ length: 500 }, (_v, n) => {
      const row = actionRow(PLAN, n);
      return n < 200
        ? { ...row, action: { ...row.action, title: `Renamed ${n}` }, update: { ...row.update!, progress: `Changed ${n}` } }
        : row;
    });
    const fault = injectFaultAtWrite(500);
    let error: unknown;
    let progress = 0;
    try {
      error = await repository.importRows(actionsFile(rows), { onProgress: (done) => (progress = done) }).catch((e) => e);
    } finally {
      fault.restore();
    }
    expect(error).toBeInstanceOf(Error);
    expect(progress).toBeLessThan(503); // stopped in the batch holding write 500
    expect(fault.writesSeen()).toBeGreaterThanOrEqual(1000 - 500);
    expect(await snapshot(spAs(store))).toEqual(before);
    const outcome = await repository.importRows(actionsFile(rows));
    expect(outcome).toMatchObject({ created: 300, updated: 200, writes: 1000 });
  }, 60000);

  test('a dry run matches and counts but writes nothing', async () => {
    const before = await snapshot(spAs(store));
    const outcome = await repository.importRows(actionsFile([actionRow('Brand new plan', 1), actionRow(PLAN, 1)]), { dryRun: true });
    expect(outcome).toMatchObject({ created: 1, updated: 1, writes: 0, plansCreated: ['Brand new plan'] });
    expect(await snapshot(spAs(store))).toEqual(before);
  });

  test('owners who match no site user are kept as names and listed', async () => {
    const outcome = await repository.importRows(actionsFile([actionRow('Service Plan', 1), actionRow('Service Plan', 2)]));
    expect(outcome.unlinkedOwners).toEqual(['IB']);
  });
});
