/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ConflictError, NotReviewerError, ValidationError } from '../../src/data/errors';
import { Stored } from '../../src/data/ITrackerRepository';
import { LISTS } from '../../src/data/schema';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { ReportingPeriod, ReviewState, Update } from '../../src/domain/model';
import { countingUpdate } from '../../src/domain/status';
import { SharePointStore } from '../../src/local/sharepointStore';
import { LEAD, OWNER, planActions, repositoryAs, spAs } from './repositoryHarness';
import { nestObjective, OTHER_LEAD, ownersUpdate, personOf, setObjectiveLeads, setPlan, startReviewSite } from './reviewHarness';

// Rows 0–5 of each plan: actions 1.0., 2.1., 3.2., 1.3., 2.4., 3.5. under objectives 1, 2 and 3.
const PLAN_A = 'Corporate Improvement Plan';
const PLAN_B = 'Strategic Equality Plan 2016-20';
const Q1: ReportingPeriod = { financialYear: '2018-19', quarter: 'Q1' };
const Q3: ReportingPeriod = { financialYear: '2018-19', quarter: 'Q3' };

describe('review queue and review decisions against the embedded SharePoint store', () => {
  let store: SharePointStore;
  let lead: TrackerRepository;
  let owner: TrackerRepository;

  beforeAll(async () => {
    ({ store, lead, owner } = await startReviewSite());
    await lead.importRows(planActions(PLAN_A, 6));
    await lead.importRows(planActions(PLAN_B, 6));
    await setPlan(lead, PLAN_A, { lead: personOf(LEAD) });
    await setPlan(lead, PLAN_B, { lead: personOf(OTHER_LEAD) });
    // Pat Lead also leads objective 2 of plan B, so reviews its actions' updates there.
    await setObjectiveLeads(store, lead, PLAN_B, '2', [LEAD]);
    // Plan B's objective 3 is a priority nested under objective 2, so Pat Lead reviews it too.
    await nestObjective(store, lead, PLAN_B, '3', '2');
    // Last quarter, 1.0. was returned after its approved update: the approved one still counts.
    await owner.saveUpdate(PLAN_A, ownersUpdate('1.0.', '2017-18', 'Q4', 'Returned', '2018-04-20T10:00:00Z', 'Amber'));
    await owner.saveUpdate(PLAN_B, ownersUpdate('1.0.', '2018-19', 'Q1', 'Submitted', '2018-07-01T08:00:00Z'));
    await owner.saveUpdate(PLAN_B, ownersUpdate('2.1.', '2018-19', 'Q1', 'Submitted', '2018-07-02T08:00:00Z'));
    await owner.saveUpdate(PLAN_B, ownersUpdate('3.2.', '2018-19', 'Q1', 'Submitted', '2018-07-04T08:00:00Z'));
    await owner.saveUpdate(PLAN_A, ownersUpdate('1.0.', '2018-19', 'Q1', 'Submitted', '2018-07-03T08:30:00Z'));
    // Saved after 1.0.'s but submitted earlier: 09:00 London summer time is 08:00 UTC (SharePoint keeps UTC).
    await owner.saveUpdate(PLAN_A, ownersUpdate('3.2.', '2018-19', 'Q1', 'Submitted', '2018-07-03T09:00:00+01:00'));
    await owner.saveUpdate(PLAN_A, ownersUpdate('2.4.', '2018-19', 'Q1', 'Draft'));
    await owner.saveUpdate(PLAN_A, ownersUpdate('1.3.', '2018-19', 'Q2', 'Submitted', '2018-10-02T08:00:00Z'));
  }, 60000);

  afterAll(() => store.close());

  const queueOf = async (email: string, period: ReportingPeriod = Q1): Promise<string[]> =>
    (await lead.reviewQueue(email, period)).updates.map((item) => `${item.plan} ${item.action.value.ref}`);

  test.each([
    ['the lead of plan A and of plan B\'s objective 2 (with 3 nested under it), oldest first', 'Lead@Council.GOV.uk', [`${PLAN_B} 2.1.`, `${PLAN_A} 3.2.`, `${PLAN_A} 1.0.`, `${PLAN_B} 3.2.`]],
    ['the lead of plan B: all of its submitted updates', OTHER_LEAD.email, [`${PLAN_B} 1.0.`, `${PLAN_B} 2.1.`, `${PLAN_B} 3.2.`]],
    ['an owner who leads nothing', OWNER.email, []],
    ['someone not on the site', 'nobody@council.gov.uk', []]
  ])('queue of %s', async (_who, email, expected) => {
    expect(await queueOf(email)).toEqual(expected);
  });

  test("each item carries its action, the submitted update and the update that counted last quarter", async () => {
    const queue = (await lead.reviewQueue(LEAD.email, Q1)).updates;
    const item = queue.filter((entry) => entry.plan === PLAN_A && entry.action.value.ref === '1.0.')[0];
    expect(item.action.value).toEqual({
      ref: '1.0.', objectiveRef: '1', title: 'Action number 0', owner: { name: 'IB' }, delegates: [], startDate: '2017-04-01', endDate: '2018-12-31'
    });
    expect(item.update.value).toEqual(ownersUpdate('1.0.', '2018-19', 'Q1', 'Submitted', '2018-07-03T08:30:00Z'));
    expect(item.update.etag).toMatch(/^"\d+"$/);
    // The import's approved Q4 update (row 0: Green), not the later returned one.
    expect(item.previous).toEqual({ actionRef: '1.0.', financialYear: '2017-18', quarter: 'Q4', status: 'Green', progress: 'Progress on 0', reviewState: 'Approved' });
    const noEarlier = queue.filter((entry) => entry.plan === PLAN_A && entry.action.value.ref === '3.2.')[0];
    expect(noEarlier.previous).toMatchObject({ status: 'NotDue', reviewState: 'Approved' });
  });

  test.each([
    ['a lead with items: the plans, one $batch of objectives and submitted updates, one of actions and last quarter’s updates', LEAD.email, 3],
    ['a person who reviews nothing: no third round trip', OWNER.email, 2]
  ])('reads the queue of %s (%s) in %i HTTP requests', async (_who, email, requests) => {
    store.resetStats();
    await lead.reviewQueue(email, Q1);
    expect(store.stats().totalRequests).toBe(requests);
  });

  describe('reviewUpdate refuses, before any request', () => {
    const stored = (reviewState: ReviewState): Stored<Update> => ({ id: 1, etag: '"1"', value: ownersUpdate('1.0.', '2018-19', 'Q1', reviewState, '2018-07-03T08:30:00Z') });

    test.each([
      ['Draft', 'Approved', undefined, 'reviewState', 'reviewDraft', 'This update is still a draft: it can be approved or returned once its owner submits it.'],
      ['Approved', 'Returned', 'Fix it', 'reviewState', 'reviewApproved', 'This update has already been approved, so there is nothing left to review.'],
      ['Returned', 'Approved', undefined, 'reviewState', 'reviewReturned', 'This update has been returned to its owner: it can be reviewed again once they resubmit it.'],
      ['Submitted', 'Returned', undefined, 'reviewComment', 'returnNeedsComment', 'Say what needs changing, so the owner knows what to do.'],
      ['Submitted', 'Returned', '   ', 'reviewComment', 'returnNeedsComment', 'Say what needs changing, so the owner knows what to do.'],
      ['Submitted', 'Returned', '<p>&nbsp;</p>', 'reviewComment', 'returnNeedsComment', 'Say what needs changing, so the owner knows what to do.'],
      ['Submitted', 'Rejected', 'No', 'reviewState', 'badDecision', '"Rejected" is not a review decision: choose Approved or Returned.']
    ])('state %s, decision %s, comment %p: ValidationError on %s (%s)', async (state, decision, comment, field, code, message) => {
      store.resetStats();
      const error = await lead.reviewUpdate(PLAN_A, stored(state as ReviewState), decision as 'Approved', comment, personOf(LEAD)).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.problems).toEqual([expect.objectContaining({ field, code, message })]);
      expect(error.message).toBe(message);
      expect(store.stats().totalRequests).toBe(0);
    });
  });

  test('submit → return with a comment → resubmit → approve: only the approved update counts, and a stale review conflicts', async () => {
    const actionUpdates = async (): Promise<Update[]> =>
      (await lead.loadTracker(PLAN_A, Q3)).updates.map((item) => item.value).filter((update) => update.actionRef === '3.5.');
    const submitted = await owner.saveUpdate(PLAN_A, ownersUpdate('3.5.', '2018-19', 'Q3', 'Submitted', '2019-01-07T09:00:00Z'));
    const queued = (await lead.reviewQueue(LEAD.email, Q3)).updates.map((item) => item.update);
    expect(queued.map((update) => update.id)).toEqual([submitted.id]);

    const returned = await lead.reviewUpdate(PLAN_A, queued[0], 'Returned', 'Add the consultation dates.', personOf(LEAD));
    expect(returned.value).toEqual({ ...submitted.value, reviewState: 'Returned', reviewComment: 'Add the consultation dates.' });
    expect(countingUpdate(await actionUpdates(), Q3)).toBeUndefined();
    expect((await lead.reviewQueue(LEAD.email, Q3)).updates).toEqual([]);
    const raw = await spAs(store).web.lists.getByTitle(LISTS.updates.title).items.getById(submitted.id)
      .select('ReviewedOn', 'ReviewedBy/EMail').expand('ReviewedBy')();
    expect(raw.ReviewedBy.EMail).toBe(LEAD.email);
    expect(Date.parse(raw.ReviewedOn)).toBe(Date.parse('2018-04-05T09:00:00Z'));

    const mine = await owner.myItems(OWNER.email, Q3);
    const shown = mine.actions.filter((item) => item.action.value.ref === '3.5.')[0].updates.filter((update) => update.id === submitted.id)[0];
    expect(shown.value).toMatchObject({ reviewState: 'Returned', reviewComment: 'Add the consultation dates.' });

    const resubmission: Update = { ...shown.value, progress: 'Consultation ran 1–21 December.', reviewState: 'Submitted', submittedOn: '2019-01-08T09:00:00Z' };
    delete resubmission.reviewComment;
    const resubmitted = await owner.saveUpdate(PLAN_A, resubmission, shown);
    const again = (await lead.reviewQueue(LEAD.email, Q3)).updates;
    expect(again.map((item) => item.update.value)).toEqual([resubmission]);

    const stale = await lead.reviewUpdate(PLAN_A, queued[0], 'Approved', undefined, personOf(LEAD)).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.current).toEqual(resubmission);
    expect(stale.currentEtag).toBe(resubmitted.etag);

    const approved = await lead.reviewUpdate(PLAN_A, again[0].update, 'Approved', undefined, personOf(LEAD));
    expect(approved.value).toEqual({ ...resubmission, reviewState: 'Approved' });
    expect(countingUpdate(await actionUpdates(), Q3)).toEqual({ ...resubmission, reviewState: 'Approved' });
    expect((await lead.reviewQueue(LEAD.email, Q3)).updates).toEqual([]);
  });

  describe('only a lead who reviews the action may decide, and a refusal writes nothing', () => {
    const queuedUpdate = async (plan: string, ref: string): Promise<Stored<Update>> =>
      (await lead.reviewQueue(OTHER_LEAD.email, Q1)).updates.concat((await lead.reviewQueue(LEAD.email, Q1)).updates)
        .filter((item) => item.plan === plan && item.action.value.ref === ref)[0].update;

    test.each([
      ['the owner, who leads nothing', OWNER, PLAN_B, '1.0.', '1'],
      ['the lead of plan B\'s objective 2, on objective 1', LEAD, PLAN_B, '1.0.', '1'],
      ['the lead of plan B, on plan A', OTHER_LEAD, PLAN_A, '3.2.', '3']
    ])('%s: refused', async (_who, person, plan, ref, objectiveRef) => {
      const update = await queuedUpdate(plan, ref);
      const error = await repositoryAs(store, person.email).reviewUpdate(plan, update, 'Approved', undefined, personOf(person)).catch((e) => e);
      expect(error).toBeInstanceOf(NotReviewerError);
      expect(error.message).toBe(`Only the lead of ${plan}, or the lead of objective ${objectiveRef}, can approve or return the update on action ${ref}.`);
      expect((await queuedUpdate(plan, ref)).etag).toBe(update.etag);
    });

    test('the lead of a recommendation approves an update under a priority nested in it', async () => {
      const update = await queuedUpdate(PLAN_B, '3.2.');
      const approved = await lead.reviewUpdate(PLAN_B, update, 'Approved', undefined, personOf(LEAD));
      expect(approved.value).toEqual({ ...update.value, reviewState: 'Approved' });
      expect(await queueOf(LEAD.email)).toEqual([`${PLAN_B} 2.1.`, `${PLAN_A} 3.2.`, `${PLAN_A} 1.0.`]);
    });
  });
});
