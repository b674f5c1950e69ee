/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ConflictError, NotPlanLeadError, ValidationError } from '../../src/data/errors';
import { DeadlineChangeItem, Stored } from '../../src/data/ITrackerRepository';
import { ILogger } from '../../src/data/logger';
import { dateOf } from '../../src/data/mapping/fieldValues';
import { LISTS } from '../../src/data/schema';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { DeadlineChangeRequest, ReportingPeriod } from '../../src/domain/model';
import { SharePointStore } from '../../src/local/sharepointStore';
import { actionRow, LEAD, OWNER, planActions, repositoryAs, snapshot, spAs, VISITOR } from './repositoryHarness';
import { OTHER_LEAD, personOf, setObjectiveLeads, setPlan, startReviewSite } from './reviewHarness';

/**
 * A plan lead's decision on a deadline change request (SPEC §3), over HTTP against the embedded
 * store: agreeing moves the action's end date or the milestone's due date and keeps the original;
 * turning down leaves it; only the plan's lead decides; a refusal, a second decision or a stale
 * tab never moves a deadline.
 */

// actionRow n gives action `${1 + n % 3}.${n}.` under objective 1 + n % 3, due 2018-06-30 when n is odd, else 2018-12-31.
const PLAN = 'Corporate Improvement Plan';
const OTHER_PLAN = 'Strategic Equality Plan 2016-20';
const Q1: ReportingPeriod = { financialYear: '2018-19', quarter: 'Q1' };
const TODAY = '2018-07-10';
const MILESTONE = 'Consultation closes';

function ask(actionRef: string, currentDate: string, requestedDate: string, milestoneTitle?: string): DeadlineChangeRequest {
  const request: DeadlineChangeRequest = {
    actionRef, currentDate, requestedDate, reason: 'Consultation extended', requester: personOf(OWNER), decision: 'Pending'
  };
  return milestoneTitle ? { ...request, milestoneTitle } : request;
}

describe('deadline change decisions against the embedded SharePoint store', () => {
  let store: SharePointStore;
  let lead: TrackerRepository;
  let owner: TrackerRepository;

  beforeAll(async () => {
    ({ store, lead, owner } = await startReviewSite());
    await lead.importRows(planActions(PLAN, 13));
    await lead.importRows(planActions(OTHER_PLAN, 2));
    await lead.importRows({
      kind: 'milestones', errors: [], warnings: [],
      rows: [{ rowNumber: 2, plan: PLAN, milestone: { actionRef: '2.1.', title: MILESTONE, dueDate: '2018-06-30' } }]
    });
    await setPlan(lead, PLAN, { lead: personOf(LEAD) });
    await setPlan(lead, OTHER_PLAN, { lead: personOf(OTHER_LEAD) });
    // Sam Other leads plan B, and objective 2 of plan A: he reviews its updates, but decides none of its deadlines.
    await setObjectiveLeads(store, lead, PLAN, '2', [OTHER_LEAD]);
  }, 60000);

  afterAll(() => store.close());

  const queueOf = async (email: string): Promise<DeadlineChangeItem[]> => (await lead.reviewQueue(email, Q1)).deadlineChanges;

  /** The waiting request as the plan lead's queue shows it: what the review page decides on. */
  const queued = async (actionRef: string, milestoneTitle?: string): Promise<Stored<DeadlineChangeRequest>> =>
    (await queueOf(LEAD.email)).filter((item) => item.request.value.actionRef === actionRef && item.request.value.milestoneTitle === milestoneTitle)[0].request;

  /** An action's end date as everyone reads it, and the original kept when it first moved. */
  const actionDeadline = async (ref: string): Promise<{ date?: string; original?: string }> => {
    const action = (await lead.loadTracker(PLAN, Q1)).actions.filter((item) => item.value.ref === ref)[0];
    const raw = await spAs(store).web.lists.getByTitle(LISTS.actions.title).items.getById(action.id).select('OriginalEndDate')();
    return { date: action.value.endDate, original: dateOf(raw.OriginalEndDate) };
  };

  const storedRequest = async (id: number): Promise<DeadlineChangeRequest> =>
    (await lead.loadTracker(PLAN, Q1)).changeRequests.filter((item) => item.id === id)[0].value;

  describe("the plan lead's review queue", () => {
    beforeAll(async () => {
      await owner.requestDeadlineChange(PLAN, ask('2.10.', '2018-12-31', '2019-06-30'));
      await owner.requestDeadlineChange(PLAN, ask('3.11.', '2018-06-30', '2018-09-30'));
      await owner.requestDeadlineChange(OTHER_PLAN, ask('1.0.', '2018-12-31', '2019-03-31'));
      const decided = await owner.requestDeadlineChange(PLAN, ask('1.12.', '2018-12-31', '2019-01-31'));
      await lead.decideDeadlineChange(PLAN, decided, 'Rejected', personOf(LEAD), TODAY);
    }, 30000);

    const linesOf = (items: DeadlineChangeItem[]): string[] =>
      items.map((item) => `${item.plan} ${item.request.value.actionRef} → ${item.request.value.requestedDate} ${item.request.value.decision}`);

    test.each([
      ["Pat Lead, lead of plan A: its waiting requests, oldest first, not the one already turned down", LEAD.email, [
        `${PLAN} 2.10. → 2019-06-30 Pending`, `${PLAN} 3.11. → 2018-09-30 Pending`
      ]],
      ['Pat Lead, the address typed in another case', 'Lead@Council.GOV.uk', [`${PLAN} 2.10. → 2019-06-30 Pending`, `${PLAN} 3.11. → 2018-09-30 Pending`]],
      ["Sam Other, lead of plan B and of plan A's objective 2: plan B's only", OTHER_LEAD.email, [`${OTHER_PLAN} 1.0. → 2019-03-31 Pending`]],
      ['Jan Coles, who asked: none to decide', OWNER.email, []],
      ['a visitor: none', VISITOR.email, []]
    ])('%s', async (_who, email, expected) => {
      expect(linesOf(await queueOf(email))).toEqual(expected);
    });

    test('each item carries the request as asked, with the ETag to decide it over', async () => {
      const item = (await queueOf(LEAD.email))[0];
      expect(item.request.value).toEqual(ask('2.10.', '2018-12-31', '2019-06-30'));
      expect(item.request.etag).toMatch(/^"\d+"$/);
    });

    test('a request decided from the queue leaves it', async () => {
      await lead.decideDeadlineChange(PLAN, (await queueOf(LEAD.email))[0].request, 'Approved', personOf(LEAD), TODAY);
      expect(linesOf(await queueOf(LEAD.email))).toEqual([`${PLAN} 3.11. → 2018-09-30 Pending`]);
    });
  });

  describe('agreeing and turning down', () => {
    test('agreeing moves the action’s end date, keeps the original, and stamps the request with the decision, decider and day', async () => {
      await owner.requestDeadlineChange(PLAN, ask('1.0.', '2018-12-31', '2019-03-31'));
      const request = await queued('1.0.');
      const decided = await lead.decideDeadlineChange(PLAN, request, 'Approved', personOf(LEAD), TODAY);
      const expected = { ...request.value, decision: 'Approved', decidedBy: personOf(LEAD), decidedOn: TODAY };
      expect(decided.value).toEqual(expected);
      expect(decided.id).toBe(request.id);
      expect(decided.etag).not.toBe(request.etag);
      expect(await storedRequest(request.id)).toEqual(expected);
      expect(await actionDeadline('1.0.')).toEqual({ date: '2019-03-31', original: '2018-12-31' });
    });

    test('a second agreed move of the same deadline keeps the first original, not the date in between', async () => {
      await owner.requestDeadlineChange(PLAN, ask('1.0.', '2019-03-31', '2019-06-30'));
      await lead.decideDeadlineChange(PLAN, await queued('1.0.'), 'Approved', personOf(LEAD), TODAY);
      expect(await actionDeadline('1.0.')).toEqual({ date: '2019-06-30', original: '2018-12-31' });
    });

    test("agreeing a milestone's request moves its due date (a summer day, kept as that day) and leaves the action's end date", async () => {
      await owner.requestDeadlineChange(PLAN, ask('2.1.', '2018-06-30', '2018-08-31', MILESTONE));
      await lead.decideDeadlineChange(PLAN, await queued('2.1.', MILESTONE), 'Approved', personOf(LEAD), TODAY);
      const milestone = (await lead.loadTracker(PLAN, Q1)).milestones.filter((item) => item.value.title === MILESTONE)[0];
      const raw = await spAs(store).web.lists.getByTitle(LISTS.milestones.title).items.getById(milestone.id).select('OriginalDueDate')();
      expect({ date: milestone.value.dueDate, original: dateOf(raw.OriginalDueDate) }).toEqual({ date: '2018-08-31', original: '2018-06-30' });
      expect(await actionDeadline('2.1.')).toEqual({ date: '2018-06-30', original: undefined });
    });

    test('turning down leaves the deadline as it was, with no original, and stamps the request', async () => {
      await owner.requestDeadlineChange(PLAN, ask('3.2.', '2018-12-31', '2019-01-31'));
      const request = await queued('3.2.');
      const decided = await lead.decideDeadlineChange(PLAN, request, 'Rejected', personOf(LEAD), TODAY);
      expect(decided.value).toEqual({ ...request.value, decision: 'Rejected', decidedBy: personOf(LEAD), decidedOn: TODAY });
      expect(await storedRequest(request.id)).toEqual(decided.value);
      expect(await actionDeadline('3.2.')).toEqual({ date: '2018-12-31', original: undefined });
    });

    test("the plan lead is matched by e-mail whatever its case: the decision is recorded against the lead's site user", async () => {
      await owner.requestDeadlineChange(PLAN, ask('3.5.', '2018-06-30', '2018-07-31'));
      const decided = await lead.decideDeadlineChange(PLAN, await queued('3.5.'), 'Rejected', { name: LEAD.title, email: 'LEAD@council.gov.uk' }, TODAY);
      expect((await storedRequest(decided.id)).decidedBy).toEqual(personOf(LEAD));
    });
  });

  describe('refusals write nothing', () => {
    beforeAll(async () => {
      await owner.requestDeadlineChange(PLAN, ask('2.4.', '2018-12-31', '2019-02-28'));
    });

    test.each([
      ['Jan Coles, who asked', OWNER],
      ["Sam Other, lead of another plan and of this action's objective", OTHER_LEAD]
    ])('%s is not the plan lead: NotPlanLeadError', async (_who, person) => {
      const request = await queued('2.4.');
      const before = await snapshot(spAs(store));
      const error = await repositoryAs(store, person.email).decideDeadlineChange(PLAN, request, 'Approved', personOf(person), TODAY).catch((e) => e);
      expect(error).toBeInstanceOf(NotPlanLeadError);
      expect(error.message).toBe(`Only the lead of ${PLAN} can agree or turn down a request to move a deadline.`);
      expect(await snapshot(spAs(store))).toEqual(before);
    });

    test('a decider the data layer refuses is an outcome a person acts on, not a failure to log', async () => {
      const lines: string[] = [];
      const logger: ILogger = { warn: (source, message) => lines.push(`warn [${source}] ${message}`), error: (source, error) => lines.push(`error [${source}] ${(error as Error).name}`) };
      const asOwner = new TrackerRepository(spAs(store, OWNER.email), { logger });
      const error = await asOwner.decideDeadlineChange(PLAN, await queued('2.4.'), 'Approved', personOf(OWNER), TODAY).catch((e) => e);
      expect(error).toBeInstanceOf(NotPlanLeadError);
      expect(lines).toEqual([]);
    });

    test.each<[string, DeadlineChangeRequest['decision'], string, string]>([
      ['a request already agreed', 'Approved', 'Rejected', 'requestDecided'],
      ['a request already turned down', 'Rejected', 'Approved', 'requestDecided'],
      ['"Pending" as the decision', 'Pending', 'Pending', 'badDeadlineDecision']
    ])('%s: ValidationError (%s → %s, %s) before any request', async (_case, current, decision, code) => {
      const request = await queued('2.4.');
      store.resetStats();
      const error = await lead.decideDeadlineChange(PLAN, { ...request, value: { ...request.value, decision: current } }, decision as 'Approved', personOf(LEAD), TODAY).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.problems).toEqual([expect.objectContaining({ field: 'decision', code })]);
      expect(store.stats().totalRequests).toBe(0);
    });

    test('deciding again with the request as the decision returned it is refused, and the deadline stays where the first decision put it', async () => {
      const decided = await lead.decideDeadlineChange(PLAN, await queued('2.4.'), 'Approved', personOf(LEAD), TODAY);
      const before = await snapshot(spAs(store));
      const error = await lead.decideDeadlineChange(PLAN, decided, 'Rejected', personOf(LEAD), TODAY).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.problems).toEqual([expect.objectContaining({ code: 'requestDecided' })]);
      expect(await snapshot(spAs(store))).toEqual(before);
      expect(await actionDeadline('2.4.')).toEqual({ date: '2019-02-28', original: '2018-12-31' });
    });
  });

  describe('two tabs deciding the same request', () => {
    test('both agree from the same read: the second gets ConflictError with the first decision, and the deadline moves once', async () => {
      await owner.requestDeadlineChange(PLAN, ask('1.3.', '2018-06-30', '2018-10-31'));
      const read = await queued('1.3.');
      await lead.decideDeadlineChange(PLAN, read, 'Approved', personOf(LEAD), TODAY);
      const error = await repositoryAs(store).decideDeadlineChange(PLAN, read, 'Approved', personOf(LEAD), '2018-07-11').catch((e) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.current).toMatchObject({ decision: 'Approved', decidedOn: TODAY });
      expect(await actionDeadline('1.3.')).toEqual({ date: '2018-10-31', original: '2018-06-30' });
    });

    test('both agree at once: one decision is recorded, the other is ConflictError, and the deadline moves once', async () => {
      await owner.requestDeadlineChange(PLAN, ask('3.8.', '2018-12-31', '2019-04-30'));
      const read = await queued('3.8.');
      const outcomes = await Promise.allSettled([
        repositoryAs(store).decideDeadlineChange(PLAN, read, 'Approved', personOf(LEAD), TODAY),
        repositoryAs(store).decideDeadlineChange(PLAN, read, 'Approved', personOf(LEAD), TODAY)
      ]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')[0];
      expect(refused.reason).toBeInstanceOf(ConflictError);
      expect((await storedRequest(read.id)).decision).toBe('Approved');
      expect(await actionDeadline('3.8.')).toEqual({ date: '2019-04-30', original: '2018-12-31' });
    });

    test('one turns it down, then the other agrees from the earlier read: ConflictError, and the deadline does not move', async () => {
      await owner.requestDeadlineChange(PLAN, ask('1.6.', '2018-12-31', '2019-05-31'));
      const read = await queued('1.6.');
      await lead.decideDeadlineChange(PLAN, read, 'Rejected', personOf(LEAD), TODAY);
      const error = await repositoryAs(store).decideDeadlineChange(PLAN, read, 'Approved', personOf(LEAD), TODAY).catch((e) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.current).toMatchObject({ decision: 'Rejected' });
      expect(await storedRequest(read.id)).toMatchObject({ decision: 'Rejected' });
      expect(await actionDeadline('1.6.')).toEqual({ date: '2018-12-31', original: undefined });
    });

    test('a tab left open on an agreed request, after a later request moved the deadline again: ConflictError, and the deadline is not moved back', async () => {
      await owner.requestDeadlineChange(PLAN, ask('2.7.', '2018-06-30', '2018-09-30'));
      const first = await queued('2.7.');
      await lead.decideDeadlineChange(PLAN, first, 'Approved', personOf(LEAD), TODAY);
      await owner.requestDeadlineChange(PLAN, ask('2.7.', '2018-09-30', '2018-11-30'));
      await lead.decideDeadlineChange(PLAN, await queued('2.7.'), 'Approved', personOf(LEAD), TODAY);
      const error = await repositoryAs(store).decideDeadlineChange(PLAN, first, 'Approved', personOf(LEAD), TODAY).catch((e) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(await actionDeadline('2.7.')).toEqual({ date: '2018-11-30', original: '2018-06-30' });
    });
  });
});
