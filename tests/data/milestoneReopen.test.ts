/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ConflictError, ForbiddenError } from '../../src/data/errors';
import { Stored } from '../../src/data/ITrackerRepository';
import { LISTS } from '../../src/data/schema';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { Milestone, ReportingPeriod } from '../../src/domain/model';
import { SharePointStore } from '../../src/local/sharepointStore';
import { OWNER, planActions, repositoryAs, snapshot, spAs, startStore, VISITOR } from './repositoryHarness';

/**
 * Undoing "done" on a milestone (SPEC §5.1, §5.3 quick actions): the milestone is due again and
 * back in its owner's list, its evidence kept; a reopen from a stale read never undoes a later save.
 */

const PLAN = 'Strategic Equality Plan 2016-20';
const Q1: ReportingPeriod = { financialYear: '2018-19', quarter: 'Q1' };
const EVIDENCE = 'Consultation report: https://council.example/consultation.pdf';

describe('reopening a milestone against the embedded SharePoint store', () => {
  let store: SharePointStore;
  let owner: TrackerRepository;

  beforeAll(async () => {
    store = await startStore();
    owner = repositoryAs(store, OWNER.email);
    // Action 2.1. is Jan Coles's, so its milestones are too (a milestone's owner defaults to its action's).
    await repositoryAs(store).importRows(planActions(PLAN, 4));
    await repositoryAs(store).importRows({
      kind: 'milestones', errors: [], warnings: [],
      rows: ['Consultation closes', 'Report to cabinet', 'Policy adopted'].map((title, index) => ({
        rowNumber: index + 2, plan: PLAN, milestone: { actionRef: '2.1.', title, dueDate: '2018-06-30' }
      }))
    });
  }, 30000);

  afterAll(() => store.close());

  const milestone = async (title: string): Promise<Stored<Milestone>> =>
    (await owner.loadTracker(PLAN, Q1)).milestones.filter((item) => item.value.title === title)[0];

  const ownersMilestones = async (): Promise<string[]> =>
    (await owner.myItems(OWNER.email, Q1)).milestones.map((item) => item.milestone.value.title).sort();

  test('clears the done date, keeps the evidence, and puts the milestone back among what its owner owes', async () => {
    const done = await owner.completeMilestone(await milestone('Consultation closes'), '2018-06-29', EVIDENCE);
    expect(await ownersMilestones()).toEqual(['Policy adopted', 'Report to cabinet']);

    const reopened = await owner.reopenMilestone(done);
    const expected: Milestone = { actionRef: '2.1.', title: 'Consultation closes', dueDate: '2018-06-30', owner: { name: OWNER.title, email: OWNER.email }, evidence: EVIDENCE };
    expect(reopened.value).toEqual(expected);
    expect(reopened.etag).not.toBe(done.etag);
    const reread = await milestone('Consultation closes');
    expect(reread.value).toEqual(expected);
    expect(reread.etag).toBe(reopened.etag);
    const raw = await spAs(store).web.lists.getByTitle(LISTS.milestones.title).items.getById(reread.id).select('DoneDate')();
    expect(raw.DoneDate).toBeNull();
    expect(await ownersMilestones()).toEqual(['Consultation closes', 'Policy adopted', 'Report to cabinet']);
  });

  test('from a tab read before someone reopened and completed it again: ConflictError with the milestone as it now is, and the later done date stays', async () => {
    const read = await owner.completeMilestone(await milestone('Report to cabinet'), '2018-06-28', EVIDENCE);
    const other = repositoryAs(store, OWNER.email);
    const redone = await other.completeMilestone(await other.reopenMilestone(read), '2018-07-02', 'Cabinet minutes');

    const error = await owner.reopenMilestone(read).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toMatch(/Someone else saved this milestone/);
    expect(error.current).toMatchObject({ title: 'Report to cabinet', doneDate: '2018-07-02', evidence: 'Cabinet minutes' });
    expect(error.currentEtag).toBe(redone.etag);
    expect((await milestone('Report to cabinet')).value).toMatchObject({ doneDate: '2018-07-02', evidence: 'Cabinet minutes' });

    const retried = await owner.reopenMilestone({ id: read.id, etag: error.currentEtag, value: error.current });
    expect(retried.value.doneDate).toBeUndefined();
    expect((await milestone('Report to cabinet')).value.doneDate).toBeUndefined();
  });

  test('from a read taken before it was marked done: ConflictError, and the completion is not lost', async () => {
    const before = await milestone('Policy adopted');
    await repositoryAs(store, OWNER.email).completeMilestone(before, '2018-06-27', EVIDENCE);
    await expect(owner.reopenMilestone(before)).rejects.toThrow(ConflictError);
    expect((await milestone('Policy adopted')).value).toMatchObject({ doneDate: '2018-06-27', evidence: EVIDENCE });
  });

  test("a visitor's reopen is ForbiddenError and writes nothing", async () => {
    const done = await milestone('Policy adopted');
    const lists = await snapshot(spAs(store));
    await expect(repositoryAs(store, VISITOR.email).reopenMilestone(done)).rejects.toThrow(ForbiddenError);
    expect(await snapshot(spAs(store))).toEqual(lists);
  });
});
