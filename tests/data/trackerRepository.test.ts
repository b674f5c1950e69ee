/**
 * @jest-environment node
 */
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../src/data/errors';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { Update } from '../../src/domain/model';
import { SharePointStore } from '../../src/local/sharepointStore';
import { LEAD, OWNER, planActions, repositoryAs, snapshot, spAs, startStore, VISITOR } from './repositoryHarness';

const PLAN = 'Strategic Equality Plan 2016-20';
const Q4 = { financialYear: '2017-18', quarter: 'Q4' as const };

describe('TrackerRepository against the embedded SharePoint store', () => {
  let store: SharePointStore;
  let repository: TrackerRepository;

  beforeAll(async () => {
    store = await startStore();
    repository = repositoryAs(store);
    await repository.importRows(planActions(PLAN, 12));
  }, 30000);

  afterAll(() => store.close());

  test('lists plans with the imported plan, its years taken from the rows', async () => {
    const plans = await repository.listPlans();
    expect(plans.map((plan) => plan.value)).toEqual([
      { title: PLAN, type: 'Other', firstYear: '2017-18', lastYear: '2018-19', status: 'Active', allowChangeRequests: true }
    ]);
    expect(plans[0].etag).toMatch(/^"\d+"$/);
  });

  test('loads a plan\'s tracker for a period in two HTTP requests', async () => {
    store.resetStats();
    const tracker = await repository.loadTracker(PLAN, Q4);
    expect(store.stats().totalRequests).toBe(2);
    expect(tracker.objectives.map((item) => item.value.ref)).toEqual(['1', '2', '3']);
    expect(tracker.actions).toHaveLength(12);
    expect(tracker.updates).toHaveLength(12);
    const first = tracker.actions.filter((item) => item.value.ref === '1.0.')[0].value;
    expect(first).toEqual({
      ref: '1.0.', objectiveRef: '1', title: 'Action number 0', owner: { name: 'IB' }, delegates: [],
      startDate: '2017-04-01', endDate: '2018-12-31'
    });
    const linked = tracker.actions.filter((item) => item.value.ref === '2.1.')[0].value;
    expect(linked.owner).toEqual({ name: OWNER.title, email: OWNER.email });
    expect(linked.endDate).toBe('2018-06-30');
  });

  test('an unknown plan is NotFoundError with a sentence', async () => {
    await expect(repository.loadTracker('No such plan', Q4)).rejects.toThrow(NotFoundError);
    await expect(repository.loadTracker('No such plan', Q4)).rejects.toThrow('Plan "No such plan" could not be found');
  });

  test('a save over a stale ETag is ConflictError carrying the server version, and nothing is lost', async () => {
    const tracker = await repository.loadTracker(PLAN, Q4);
    const read = tracker.updates.filter((item) => item.value.actionRef === '1.0.')[0];
    const alice = repositoryAs(store, LEAD.email);
    const bob = repositoryAs(store, OWNER.email);
    const first: Update = { ...read.value, progress: 'Alice saved first' };
    const saved = await alice.saveUpdate(PLAN, first, { id: read.id, etag: read.etag });
    expect(saved.etag).not.toBe(read.etag);
    const error = await bob.saveUpdate(PLAN, { ...read.value, progress: 'Bob, stale' }, { id: read.id, etag: read.etag }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.current).toMatchObject({ progress: 'Alice saved first' });
    expect(error.currentEtag).toBe(saved.etag);
    expect(error.message).toMatch(/Someone else saved this update/);
    const after = await repository.loadTracker(PLAN, Q4);
    expect(after.updates.filter((item) => item.id === read.id)[0].value.progress).toBe('Alice saved first');
    const retried = await bob.saveUpdate(PLAN, { ...read.value, progress: 'Bob, merged' }, { id: read.id, etag: error.currentEtag });
    expect(retried.value.progress).toBe('Bob, merged');
  });

  test('a new update is added; a submitted Red one without commentary is refused before any request', async () => {
    const update: Update = { actionRef: '2.1.', financialYear: '2018-19', quarter: 'Q1', status: 'Amber', progress: 'Slipping', remedialAction: 'Extra staff', reviewState: 'Submitted', submittedBy: { name: OWNER.title, email: OWNER.email } };
    const added = await repositoryAs(store, OWNER.email).saveUpdate(PLAN, update);
    expect(added.id).toBeGreaterThan(0);
    const tracker = await repository.loadTracker(PLAN, { financialYear: '2018-19', quarter: 'Q1' });
    expect(tracker.updates.filter((item) => item.id === added.id)[0].value).toEqual(update);
    store.resetStats();
    await expect(repository.saveUpdate(PLAN, { ...update, status: 'Red', progress: undefined, remedialAction: undefined })).rejects.toThrow(ValidationError);
    expect(store.stats().totalRequests).toBe(0);
  });

  test('a visitor\'s save is ForbiddenError and writes nothing', async () => {
    const before = await snapshot(spAs(store));
    const visitor = repositoryAs(store, VISITOR.email);
    const update: Update = { actionRef: '1.0.', financialYear: '2018-19', quarter: 'Q1', status: 'Green', reviewState: 'Draft' };
    const error = await visitor.saveUpdate(PLAN, update).catch((e) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error.message).toMatch(/permission/);
    const tracker = await visitor.loadTracker(PLAN, Q4);
    const milestoneLess = tracker.updates[0];
    await expect(visitor.saveUpdate(PLAN, { ...milestoneLess.value, progress: 'x' }, milestoneLess)).rejects.toThrow(ForbiddenError);
    expect(await snapshot(spAs(store))).toEqual(before);
  });

  test('completing a milestone saves its done date with the ETag; a second stale completion conflicts', async () => {
    await repository.importRows({
      kind: 'milestones', errors: [], warnings: [],
      rows: [{ rowNumber: 2, plan: PLAN, milestone: { actionRef: '2.1.', title: 'Consultation closes', dueDate: '2018-06-30' } }]
    });
    const tracker = await repository.loadTracker(PLAN, Q4);
    const milestone = tracker.milestones[0];
    expect(milestone.value).toEqual({ actionRef: '2.1.', title: 'Consultation closes', dueDate: '2018-06-30', owner: { name: OWNER.title, email: OWNER.email } });
    const evidence = 'Consultation report: https://council.example/consultation.pdf';
    const done = await repository.completeMilestone(milestone, '2018-06-29', evidence);
    expect(done.value.doneDate).toBe('2018-06-29');
    await expect(repository.completeMilestone(milestone, '2018-07-01')).rejects.toThrow(ConflictError);
    const reread = (await repository.loadTracker(PLAN, Q4)).milestones[0];
    expect(reread.value.doneDate).toBe('2018-06-29');
    expect(reread.value.evidence).toBe(evidence);
  });

  test('a deadline change request is recorded as pending for the requester', async () => {
    const stored = await repository.requestDeadlineChange(PLAN, {
      actionRef: '2.1.', milestoneTitle: 'Consultation closes', currentDate: '2018-06-30', requestedDate: '2018-09-30',
      reason: 'Consultation extended', requester: { name: OWNER.title, email: OWNER.email }, decision: 'Pending'
    });
    const tracker = await repository.loadTracker(PLAN, Q4);
    expect(tracker.changeRequests.map((item) => item.value)).toEqual([stored.value]);
  });

  test('my items lists what a person owns, with their updates', async () => {
    const mine = await repository.myItems(OWNER.email, Q4);
    expect(mine.actions.map((item) => item.action.value.ref).sort()).toEqual(['1.3.', '1.9.', '2.1.', '2.7.', '3.11.', '3.5.']);
    expect(mine.actions.every((item) => item.plan === PLAN)).toBe(true);
    expect(mine.actions.filter((item) => item.action.value.ref === '2.1.')[0].updates).toHaveLength(1);
    expect(mine.milestones.map((item) => item.milestone.value.title)).toEqual([]);
    const nobody = await repository.myItems('nobody@council.gov.uk', Q4);
    expect(nobody.actions).toEqual([]);
  });
});
