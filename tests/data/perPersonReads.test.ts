/**
 * @jest-environment node
 */
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { ActionImportRow, MeasureImportRow } from '../../src/domain/import';
import { Measure, Quarter, ReportingPeriod } from '../../src/domain/model';
import { SharePointStore, StorePerson } from '../../src/local/sharepointStore';
import { actionRow, actionsFile, LEAD, OWNER, repositoryAs } from './repositoryHarness';
import { OTHER_LEAD, ownersUpdate, personOf, setPlan, startReviewStore } from './reviewHarness';

/**
 * The My updates page load reads a person's rows, not their plan's: what comes back over HTTP,
 * and how many bytes, stay the same when the plan around the person grows.
 */

const PLAN = 'Corporate Improvement Plan';
const OTHER_PLAN = 'Strategic Equality Plan 2016-20';
const Q1: ReportingPeriod = { financialYear: '2018-19', quarter: 'Q1' };
/** A value only another plan's measure M1 holds: it must never be read for this owner. */
const OTHER_PLANS_VALUE = 987654;
const OWNED = [1, 3, 5];
const DELEGATED = [8, 9];

/** Rows 0–9: odd rows 1, 3, 5 owned by Jan Coles; 8 delegated to her, 9 to her and Sam Other; 7 to Sam Other only. */
function planRow(n: number): ActionImportRow {
  const row = actionRow(PLAN, n);
  const owner = OWNED.indexOf(n) >= 0 ? personOf(OWNER) : { name: 'IB' };
  const delegates = n === 8 ? [personOf(OWNER)] : n === 9 ? [personOf(OWNER), personOf(OTHER_LEAD)] : n === 7 ? [personOf(OTHER_LEAD)] : [];
  return { ...row, action: { ...row.action, owner, delegates } };
}

function measureRow(plan: string, ref: string, owner: StorePerson, financialYear: string, values: Array<[Quarter, number]>): MeasureImportRow {
  const measure: Measure = {
    ref, objectiveRef: '1', title: `Measure ${ref}`, financialYear, unit: '%', polarity: 'High', frequency: 'Quarterly',
    aggregation: 'InQuarter', target: { lower: 75, upper: 75 }, tolerance: { kind: 'percent', amount: 10 }, owner: personOf(owner)
  };
  return { rowNumber: 2, plan, objectiveRef: '1', measure, values: values.map(([period, value]) => ({ measureRef: ref, financialYear, period, value })) };
}

/** Measures of both years: M1 and M3 are Jan Coles's this year (M3 was Sam Other's last year), M2 Pat Lead's; `extra` more of other people's. */
function measureRows(financialYear: string, extra: number): MeasureImportRow[] {
  const value = (n: number): Array<[Quarter, number]> => (financialYear === '2017-18' ? [['Q1', n], ['Q2', n + 1], ['Q3', n + 2], ['Q4', n + 3]] : [['Q1', n + 4]]);
  return [
    measureRow(PLAN, 'M1', OWNER, financialYear, value(60)),
    measureRow(PLAN, 'M2', LEAD, financialYear, value(40)),
    measureRow(PLAN, 'M3', financialYear === '2017-18' ? OTHER_LEAD : OWNER, financialYear, value(20)),
    measureRow(OTHER_PLAN, 'M1', LEAD, financialYear, value(OTHER_PLANS_VALUE))
  ].concat(Array.from({ length: extra }, (_v, n) => measureRow(PLAN, `X${n}`, OTHER_LEAD, financialYear, value(n))));
}

async function importMeasures(repository: TrackerRepository, extra: number): Promise<void> {
  for (const year of ['2017-18', '2018-19']) {
    await repository.importRows({ kind: 'measures', errors: [], warnings: [], rows: measureRows(year, extra) });
  }
}

/** Every response body PnPjs receives while `work` runs (a `$batch` body holds its parts' bodies). */
async function responsesDuring<T>(work: () => Promise<T>): Promise<{ result: T; bodies: string }> {
  const original = globalThis.fetch;
  const bodies: string[] = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await original(input, init);
    bodies.push(await response.clone().text());
    return response;
  };
  try {
    return { result: await work(), bodies: bodies.join('\n') };
  } finally {
    globalThis.fetch = original;
  }
}

function actionNumbersIn(bodies: string): number[] {
  const numbers = (bodies.match(/"Title":"Action number \d+"/g) || []).map((match) => Number(/\d+/.exec(match)?.[0]));
  return numbers.filter((n, index) => numbers.indexOf(n) === index).sort((a, b) => a - b);
}

describe('per-person reads: a page load reads the person’s rows, not the plan’s', () => {
  let store: SharePointStore;
  let lead: TrackerRepository;
  const bytesBefore = new Map<string, { requests: number; bytes: number }>();

  const pageLoad = async (email: string): Promise<{ requests: number; bytes: number }> => {
    const repository = repositoryAs(store, email);
    store.resetStats();
    await Promise.all([repository.myItems(email, Q1), repository.reviewQueue(email, Q1)]);
    return { requests: store.stats().totalRequests, bytes: store.stats().bytesOut };
  };

  beforeAll(async () => {
    store = await startReviewStore();
    lead = repositoryAs(store);
    const owner = repositoryAs(store, OWNER.email);
    await lead.importRows(actionsFile(Array.from({ length: 10 }, (_v, n) => planRow(n))));
    await lead.importRows(actionsFile([actionRow(OTHER_PLAN, 0)]));
    await setPlan(lead, PLAN, { lead: personOf(LEAD) });
    await importMeasures(lead, 0);
    await owner.saveUpdate(PLAN, ownersUpdate('2.1.', '2018-19', 'Q1', 'Submitted', '2018-07-02T09:00:00Z'));
    await owner.saveUpdate(PLAN, ownersUpdate('1.3.', '2018-19', 'Q1', 'Submitted', '2018-07-03T09:00:00Z'));
    for (const email of [OWNER.email, LEAD.email]) {
      bytesBefore.set(email, await pageLoad(email));
    }
    // The plan grows around them: 300 more actions of other people (some delegated to others), 30 more measures a year.
    const more = Array.from({ length: 300 }, (_v, n) => {
      const row = actionRow(PLAN, 10 + n);
      return { ...row, action: { ...row.action, owner: { name: 'IB' }, delegates: n % 10 ? [] : [personOf(OTHER_LEAD)] } };
    });
    await lead.importRows(actionsFile(more));
    await importMeasures(lead, 30);
  }, 60000);

  afterAll(() => store.close());

  test("a delegate's actions come back in full, and no other action is read", async () => {
    const { result, bodies } = await responsesDuring(() => repositoryAs(store, OWNER.email).myItems(OWNER.email, Q1));
    expect(result.actions.map((item) => item.action.value.title).sort()).toEqual(OWNED.concat(DELEGATED).map((n) => `Action number ${n}`).sort());
    const delegated = result.actions.filter((item) => item.action.value.ref === '3.8.')[0].action.value;
    expect(delegated).toMatchObject({ owner: { name: 'IB' }, delegates: [personOf(OWNER)], endDate: '2018-12-31' });
    expect(actionNumbersIn(bodies)).toEqual(OWNED.concat(DELEGATED).sort((a, b) => a - b));
    // Every action read carries its Delegates, whatever else is selected: five actions, not the plan's 310.
    expect(bodies.match(/"Delegates":/g)).toHaveLength(OWNED.length + DELEGATED.length);
  });

  test("last year's values of the owner's measures come back, matched by reference (M3 had another owner last year); other owners' and other plans' do not", async () => {
    const { result, bodies } = await responsesDuring(() => repositoryAs(store, OWNER.email).myItems(OWNER.email, Q1));
    const valuesOf = (ref: string): string[] => result.measures.filter((item) => item.measure.value.ref === ref)[0].values
      .map((value) => `${value.value.financialYear} ${value.value.period} ${value.value.value}`).sort();
    expect(result.measures.map((item) => item.measure.value.ref).sort()).toEqual(['M1', 'M3']);
    expect(valuesOf('M1')).toEqual(['2017-18 Q1 60', '2017-18 Q2 61', '2017-18 Q3 62', '2017-18 Q4 63', '2018-19 Q1 64']);
    expect(valuesOf('M3')).toEqual(['2017-18 Q1 20', '2017-18 Q2 21', '2017-18 Q3 22', '2017-18 Q4 23', '2018-19 Q1 24']);
    expect(bodies).not.toContain('"Ref":"M2"');
    expect(bodies).not.toMatch(/"Ref":"X\d+"/);
    expect(bodies).not.toContain(String(OTHER_PLANS_VALUE));
  });

  test('a person who reviews nothing learns which actions have updates waiting, without reading the updates', async () => {
    const { result, bodies } = await responsesDuring(() => repositoryAs(store, OWNER.email).reviewQueue(OWNER.email, Q1));
    expect(result).toEqual({ updates: [], deadlineChanges: [] });
    expect(bodies).not.toContain('"Progress":');
  });

  test.each([
    ['the owner, who leads nothing', OWNER.email],
    ['the plan lead, with a queue of two', LEAD.email]
  ])('%s: a page load makes the same requests and reads the same bytes after the plan grew by 300 actions and 60 measures', async (_who, email) => {
    expect(await pageLoad(email)).toEqual(bytesBefore.get(email));
  });

  test("the lead's queue carries each queued action and the update that counted last quarter", async () => {
    const queue = await lead.reviewQueue(LEAD.email, Q1);
    expect(queue.updates.map((item) => [item.action.value.ref, item.previous && item.previous.quarter])).toEqual([['2.1.', 'Q4'], ['1.3.', 'Q4']]);
  });
});
