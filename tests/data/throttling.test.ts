/**
 * @jest-environment node
 */
import { ThrottledError } from '../../src/data/errors';
import { SharePointStore } from '../../src/local/sharepointStore';
import { planActions, repositoryAs, startStore } from './repositoryHarness';

const PLAN = 'Service Plan 2017-18';
const Q4 = { financialYear: '2017-18', quarter: 'Q4' as const };

describe('the repository under throttling', () => {
  let store: SharePointStore;

  beforeAll(async () => {
    store = await startStore();
  });

  afterAll(() => store.close());

  test('an import, a load and saves complete while 30% of requests get 429 + Retry-After', async () => {
    store.faults.set({ failureRate: 0.3, status: 429, retryAfterSeconds: 0, seed: 11 });
    store.resetStats();
    const repository = repositoryAs(store, undefined, 12);
    const outcome = await repository.importRows(planActions(PLAN, 300));
    expect(outcome).toMatchObject({ created: 300, writes: 604 });
    const tracker = await repository.loadTracker(PLAN, Q4);
    expect(tracker.actions).toHaveLength(300);
    expect(tracker.updates).toHaveLength(300);
    for (const update of tracker.updates.slice(0, 10)) {
      await repository.saveUpdate(PLAN, { ...update.value, progress: 'Saved while throttled' }, update);
    }
    expect(store.stats().injected[429]).toBeGreaterThan(0);
    store.faults.clear();
    const again = await repositoryAs(store).loadTracker(PLAN, Q4);
    expect(again.updates.filter((update) => update.value.progress === 'Saved while throttled')).toHaveLength(10);
  }, 60000);

  test('throttling that outlasts the retries is ThrottledError with the wait SharePoint asked for', async () => {
    store.faults.set({ failureRate: 1, status: 503, retryAfterSeconds: 0 });
    const error = await repositoryAs(store, undefined, 2).listPlans().catch((e) => e);
    store.faults.clear();
    expect(error).toBeInstanceOf(ThrottledError);
    expect(error.message).toMatch(/SharePoint is busy/);
  });
});
