/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ConflictError, ValidationError } from '../../src/data/errors';
import { LISTS } from '../../src/data/schema';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { MeasureImportRow } from '../../src/domain/import';
import { DeadlineChangeRequest, Measure, MeasureValue, ReviewState, Update } from '../../src/domain/model';
import { SharePointStore } from '../../src/local/sharepointStore';
import { actionRow, actionsFile, OWNER, planActions, spAs } from './repositoryHarness';
import { ownersUpdate, personOf, startReviewSite } from './reviewHarness';

const PLAN = 'Corporate Improvement Plan';
const Q1 = { financialYear: '2018-19', quarter: 'Q1' as const };

/** Owner and delegate both start the quarter's update without having seen the other's. */
describe('two people adding the same action’s update for a quarter', () => {
  let store: SharePointStore;
  let lead: TrackerRepository;
  let owner: TrackerRepository;

  beforeAll(async () => {
    ({ store, lead, owner } = await startReviewSite());
    await lead.importRows(planActions(PLAN, 6));
  }, 60000);

  afterAll(() => store.close());

  const updatesOf = async (actionRef: string): Promise<Update[]> =>
    (await lead.loadTracker(PLAN, Q1)).updates.map((stored) => stored.value)
      .filter((update) => update.actionRef === actionRef && update.financialYear === '2018-19' && update.quarter === 'Q1');

  test.each<[ReviewState, string]>([
    ['Draft', '1.0.'],
    ['Submitted', '2.1.'],
    ['Returned', '3.2.']
  ])('the second add meets the first person’s %s update as a conflict, and nothing is added', async (firstState, ref) => {
    const first = await lead.saveUpdate(PLAN, { ...ownersUpdate(ref, '2018-19', 'Q1', firstState), progress: 'The lead wrote this first' });
    const second = owner.saveUpdate(PLAN, { ...ownersUpdate(ref, '2018-19', 'Q1', 'Draft'), progress: 'The owner wrote this second' });
    const error = await second.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = error as ConflictError<Update>;
    expect(conflict.currentId).toBe(first.id);
    expect(conflict.currentEtag).toBe(first.etag);
    expect(conflict.current && conflict.current.progress).toBe('The lead wrote this first');
    expect((await updatesOf(ref)).map((update) => update.progress)).toEqual(['The lead wrote this first']);
  });

  test('keeping mine after the conflict saves over the first update: one update, with my text', async () => {
    const first = await lead.saveUpdate(PLAN, { ...ownersUpdate('1.3.', '2018-19', 'Q1', 'Draft'), progress: 'Lead’s words' });
    const mine = { ...ownersUpdate('1.3.', '2018-19', 'Q1', 'Draft'), progress: 'Owner’s words' };
    const conflict = (await owner.saveUpdate(PLAN, mine).catch((caught: unknown) => caught)) as ConflictError<Update>;
    await owner.saveUpdate(PLAN, mine, { id: conflict.currentId as number, etag: conflict.currentEtag as string });
    expect((await updatesOf('1.3.')).map((update) => update.progress)).toEqual(['Owner’s words']);
    expect(first.id).toBe(conflict.currentId);
  });

  test('after an approved update, a new one may be added: approved updates are never edited in place', async () => {
    await lead.saveUpdate(PLAN, { ...ownersUpdate('2.4.', '2018-19', 'Q1', 'Approved'), progress: 'Approved words' });
    await owner.saveUpdate(PLAN, { ...ownersUpdate('2.4.', '2018-19', 'Q1', 'Submitted'), progress: 'A later update' });
    expect((await updatesOf('2.4.')).map((update) => update.progress)).toEqual(['Approved words', 'A later update']);
  });

  test('another quarter’s draft is no clash', async () => {
    await lead.saveUpdate(PLAN, ownersUpdate('3.5.', '2017-18', 'Q4', 'Draft'));
    await expect(owner.saveUpdate(PLAN, ownersUpdate('3.5.', '2018-19', 'Q1', 'Draft'))).resolves.toBeDefined();
  });
});

/** Two people (or one in two tabs) both enter the same measure's value for a period. */
describe('two people adding the same measure’s value for a period', () => {
  let store: SharePointStore;
  let lead: TrackerRepository;
  let owner: TrackerRepository;

  const measure: Measure = {
    ref: 'M1', objectiveRef: '1', title: 'Pupils attending 95% of sessions', financialYear: '2018-19', unit: '%', polarity: 'High',
    frequency: 'Quarterly', aggregation: 'InQuarter', target: { lower: 80, upper: 80 }, tolerance: { kind: 'percent', amount: 5 }, owner: personOf(OWNER)
  };
  const valueOf = (period: MeasureValue['period'], value: number | undefined, note?: string): MeasureValue =>
    ({ measureRef: 'M1', financialYear: '2018-19', period, value, note, enteredBy: personOf(OWNER) });

  beforeAll(async () => {
    ({ store, lead, owner } = await startReviewSite());
    await lead.importRows(actionsFile([actionRow(PLAN, 0)]));
    const row: MeasureImportRow = { rowNumber: 2, plan: PLAN, objectiveRef: '1', measure, values: [] };
    await lead.importRows({ kind: 'measures', errors: [], warnings: [], rows: [row] });
  }, 60000);

  afterAll(() => store.close());

  const valuesOf = async (period: MeasureValue['period']): Promise<Array<number | string | undefined>> =>
    (await lead.loadTracker(PLAN, Q1)).measureValues.map((stored) => stored.value)
      .filter((value) => value.measureRef === 'M1' && value.period === period).map((value) => value.value ?? value.note);

  test('the second add meets the first value as a conflict, with its id; keeping mine saves over it: one value, mine', async () => {
    const first = await lead.saveMeasureValue(PLAN, valueOf('Q1', 81));
    const error = await owner.saveMeasureValue(PLAN, valueOf('Q1', undefined, 'Census not yet published')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = error as ConflictError<MeasureValue>;
    expect([conflict.currentId, conflict.currentEtag, conflict.current && conflict.current.value]).toEqual([first.id, first.etag, 81]);
    expect(await valuesOf('Q1')).toEqual([81]);

    await owner.saveMeasureValue(PLAN, valueOf('Q1', undefined, 'Census not yet published'), { id: first.id, etag: first.etag });
    expect(await valuesOf('Q1')).toEqual(['Census not yet published']);
  });

  test('another period’s value is no clash', async () => {
    await lead.saveMeasureValue(PLAN, valueOf('Q2', 79));
    await owner.saveMeasureValue(PLAN, valueOf('Q3', 83));
    expect([await valuesOf('Q2'), await valuesOf('Q3')]).toEqual([[79], [83]]);
  });
});

/** A deadline change request waits for the plan lead; asking again meanwhile would only compete with it. */
describe('a second request to move the same deadline', () => {
  let store: SharePointStore;
  let lead: TrackerRepository;
  let owner: TrackerRepository;

  const ask = (actionRef: string, requestedDate: string, milestoneTitle?: string): DeadlineChangeRequest => ({
    actionRef, milestoneTitle, currentDate: '2018-12-31', requestedDate, reason: 'Consultation extended', requester: personOf(OWNER), decision: 'Pending'
  });

  beforeAll(async () => {
    ({ store, lead, owner } = await startReviewSite());
    await lead.importRows(actionsFile([actionRow(PLAN, 0), actionRow(PLAN, 1)]));
    await lead.importRows({
      kind: 'milestones', errors: [], warnings: [],
      rows: [{ rowNumber: 2, plan: PLAN, milestone: { actionRef: '1.0.', title: 'Consultation closes', dueDate: '2018-06-30' } }]
    });
  }, 60000);

  afterAll(() => store.close());

  const requestsOf = async (): Promise<string[]> =>
    (await lead.loadTracker(PLAN, Q1)).changeRequests.map((stored) => `${stored.value.actionRef} ${stored.value.milestoneTitle || '-'} ${stored.value.requestedDate} ${stored.value.decision}`);

  test('is refused while the first waits; the action’s milestone and another action are other deadlines', async () => {
    await owner.requestDeadlineChange(PLAN, ask('1.0.', '2019-03-31'));
    const error = await owner.requestDeadlineChange(PLAN, ask('1.0.', '2019-06-30')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([
      expect.objectContaining({ field: 'requestedDate', code: 'changeAlreadyPending', message: "A request to move the deadline of action 1.0. is already waiting for the plan lead's decision." })
    ]);
    await owner.requestDeadlineChange(PLAN, ask('1.0.', '2018-07-31', 'Consultation closes'));
    await owner.requestDeadlineChange(PLAN, ask('2.1.', '2019-03-31'));
    const again = await owner.requestDeadlineChange(PLAN, ask('1.0.', '2018-08-31', 'Consultation closes')).catch((caught: unknown) => caught);
    expect((again as ValidationError).message).toBe('A request to move the deadline of milestone "Consultation closes" is already waiting for the plan lead\'s decision.');
    expect(await requestsOf()).toEqual(['1.0. - 2019-03-31 Pending', '1.0. Consultation closes 2018-07-31 Pending', '2.1. - 2019-03-31 Pending']);
  });

  test('once the first is decided, the owner may ask again', async () => {
    const first = (await lead.loadTracker(PLAN, Q1)).changeRequests.filter((stored) => stored.value.actionRef === '2.1.')[0];
    await spAs(store).web.lists.getByTitle(LISTS.changeRequests.title).items.getById(first.id).update({ Decision: 'Rejected' });
    await owner.requestDeadlineChange(PLAN, ask('2.1.', '2019-02-28'));
    expect((await requestsOf()).filter((line) => line.indexOf('2.1.') === 0)).toEqual(['2.1. - 2019-03-31 Rejected', '2.1. - 2019-02-28 Pending']);
  });
});
