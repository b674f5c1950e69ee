/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { LISTS } from '../../src/data/schema';
import { dateToItem } from '../../src/data/mapping/fieldValues';
import { DueItem } from '../../src/domain/myMilestones';
import { MilestoneImportRow } from '../../src/domain/import';
import { Milestone } from '../../src/domain/model';
import { StoredDueSources } from '../../src/data/ITrackerRepository';
import { loadMyMilestones, MyMilestones } from '../../src/report/loadMyMilestones';
import { SharePointStore } from '../../src/local/sharepointStore';
import { actionRow, actionsFile, LEAD, OWNER, planActions, repositoryAs, spAs } from './repositoryHarness';
import { ownersUpdate, personOf, setPlan, startReviewSite, startReviewStore } from './reviewHarness';

/**
 * The My milestones data path (issue 14) through the real PnPjs repository against the embedded
 * store over HTTP. Today is Thu 5 July 2018: 2018-19 Q1 is open for updates, due on 20 July by
 * the reporting calendar. Jan Coles owns actions 2.1., 1.3. and 3.5. of the plan (odd rows), each
 * ending on 30 June 2018 (5 days overdue), with Q4's update reported Not due.
 */

const PLAN = 'Corporate Improvement Plan';
const CLOSED_PLAN = 'Post-inspection Action Plan 2015';
const OTHER_PLAN = 'Strategic Equality Plan 2016-20';
const TODAY = '2018-07-05';

function milestoneRow(plan: string, actionRef: string, title: string, dueDate: string, owner?: typeof OWNER): MilestoneImportRow {
  const milestone: Milestone = { actionRef, title, dueDate };
  return { rowNumber: 2, plan, milestone: owner ? { ...milestone, owner: personOf(owner) } : milestone };
}

/** `CIP milestone 2.1. Train staff 4`: plan, kind, reference, title, days overdue or until due. */
function labels(rows: ReadonlyArray<DueItem<StoredDueSources>>): string[] {
  const short = (plan: string): string => plan.split(' ').map((word) => word[0]).join('').replace(/\d/g, '');
  return rows.map((row) => `${short(row.plan)} ${row.kind} ${row.ref} ${row.title} ${row.daysOverdue || row.daysUntilDue}`);
}

function rowTitled(list: MyMilestones, title: string): DueItem<StoredDueSources> | undefined {
  return list.overdue.concat(list.dueSoon).filter((row) => row.title === title)[0];
}

describe('My milestones: one person’s due list through the repository', () => {
  let store: SharePointStore;
  let lead: TrackerRepository;
  let owner: TrackerRepository;
  const load = (email: string = OWNER.email): Promise<MyMilestones> => loadMyMilestones(owner, { email, today: TODAY });

  beforeAll(async () => {
    ({ store, lead, owner } = await startReviewSite());
    await lead.importRows(planActions(PLAN, 6));
    await lead.importRows(actionsFile([actionRow(CLOSED_PLAN, 0), actionRow(CLOSED_PLAN, 1)]));
    await lead.importRows(actionsFile([actionRow(OTHER_PLAN, 0), actionRow(OTHER_PLAN, 1)]));
    await lead.importRows({
      kind: 'milestones', errors: [], warnings: [], rows: [
        milestoneRow(PLAN, '2.1.', 'Train staff', '2018-07-01'),
        milestoneRow(PLAN, '1.3.', 'Consult parents', '2018-07-31'),
        milestoneRow(PLAN, '3.5.', 'Publish the review', '2018-09-30'),
        milestoneRow(PLAN, '1.0.', 'Brief the cabinet member', '2018-07-10', OWNER),
        milestoneRow(PLAN, '3.2.', 'Someone else’s', '2018-07-02'),
        milestoneRow(CLOSED_PLAN, '2.1.', 'In a closed plan', '2018-07-01'),
        milestoneRow(OTHER_PLAN, '2.1.', 'Equality training', '2018-06-25')
      ]
    });
    await setPlan(lead, CLOSED_PLAN, { status: 'Closed' });
    await spAs(store).web.lists.getByTitle(LISTS.calendar.title).items.add({ FinancialYear: '2018-19', Quarter: 'Q1', UpdatesDue: dateToItem('2018-07-20') });
  }, 60000);

  afterAll(() => store.close());

  test('lists only the person’s items in open plans: overdue by most days, then due soon by nearest', async () => {
    const mine = await load('Jan.Coles@Council.gov.uk');
    expect(labels(mine.overdue)).toEqual([
      'SEP milestone 2.1. Equality training 10',
      'CIP actionEnd 1.3. Action number 3 5',
      'CIP actionEnd 2.1. Action number 1 5',
      'CIP actionEnd 3.5. Action number 5 5',
      'SEP actionEnd 2.1. Action number 1 5',
      'CIP milestone 2.1. Train staff 4'
    ]);
    expect(labels(mine.dueSoon)).toEqual([
      'CIP milestone 1.0. Brief the cabinet member 5',
      'CIP updateOwed 1.3. Action number 3 15',
      'CIP updateOwed 2.1. Action number 1 15',
      'CIP updateOwed 3.5. Action number 5 15',
      'SEP updateOwed 2.1. Action number 1 15',
      'CIP milestone 1.3. Consult parents 26'
    ]);
    expect(mine.byPlan.map((group) => [group.plan, group.overdue.length, group.dueSoon.length])).toEqual([[OTHER_PLAN, 2, 1], [PLAN, 4, 5]]);
    expect(mine.nextUpdates).toEqual({ period: { financialYear: '2018-19', quarter: 'Q1' }, due: '2018-07-20' });
  });

  test('a person who owes nothing sees when the next updates are due: 2018-19 Q2’s, Fri 12 October', async () => {
    for (const email of [LEAD.email, 'nobody@council.gov.uk']) {
      const theirs = await load(email);
      expect([theirs.overdue, theirs.dueSoon, theirs.byPlan]).toEqual([[], [], []]);
      expect(theirs.nextUpdates).toEqual({ period: { financialYear: '2018-19', quarter: 'Q2' }, due: '2018-10-12' });
    }
  });

  test('reads in three requests (the user beside a $batch, then one more), a fourth for a milestone under someone else’s action', async () => {
    store.resetStats();
    await load(LEAD.email);
    expect(store.stats().routes).toEqual({ 'GET /_api/web/siteUsers': 1, 'POST /_api/$batch': 2 });
    store.resetStats();
    await load();
    // 'Brief the cabinet member' is Jan's, under IB's action 1.0.: is that action withdrawn?
    expect(store.stats().routes).toEqual({ 'GET /_api/web/siteUsers': 1, 'POST /_api/$batch': 2, 'GET /_api/web/lists/getByTitle()/items': 1 });
  });

  test('a milestone marked done through the repository is gone on the re-read, and back when reopened', async () => {
    const row = rowTitled(await load(), 'Train staff');
    if (!row || row.kind !== 'milestone') throw new Error('Train staff is not listed');
    const done = await owner.completeMilestone(row.milestone, TODAY, 'Attendance sheet');
    expect(rowTitled(await load(), 'Train staff')).toBeUndefined();
    await owner.reopenMilestone(done);
    expect(rowTitled(await load(), 'Train staff')).toMatchObject({ kind: 'milestone', daysOverdue: 4 });
  });

  test('a draft leaves the update owed; submitting it pays it', async () => {
    const owed = (list: MyMilestones): string[] => labels(list.dueSoon.filter((row) => row.kind === 'updateOwed'));
    const draft = await owner.saveUpdate(PLAN, ownersUpdate('1.3.', '2018-19', 'Q1', 'Draft'));
    expect(owed(await load())).toContain('CIP updateOwed 1.3. Action number 3 15');
    await owner.saveUpdate(PLAN, ownersUpdate('1.3.', '2018-19', 'Q1', 'Submitted', '2018-07-05T09:00:00Z'), draft);
    expect(owed(await load())).toEqual(['CIP updateOwed 2.1. Action number 1 15', 'CIP updateOwed 3.5. Action number 5 15', 'SEP updateOwed 2.1. Action number 1 15']);
  });

  test('a change request waits on the plan’s lead, not its asker; agreed, it leaves both lists and moves the date', async () => {
    await setPlan(lead, PLAN, { lead: personOf(LEAD) });
    await owner.requestDeadlineChange(PLAN, {
      actionRef: '3.5.', currentDate: '2018-06-30', requestedDate: '2018-09-30', reason: 'Consultation extended', requester: personOf(OWNER), decision: 'Pending'
    });
    const leads = await load(LEAD.email);
    expect(labels(leads.overdue)).toEqual(['CIP changeRequest 3.5. Action number 5 5']);
    expect((await load()).overdue.filter((row) => row.kind === 'changeRequest')).toEqual([]);
    const [row] = leads.overdue;
    if (row.kind !== 'changeRequest') throw new Error('not a change request');
    expect([row.requestedDate, row.requester.email]).toEqual(['2018-09-30', OWNER.email]);
    await lead.decideDeadlineChange(PLAN, row.request, 'Approved', personOf(LEAD), TODAY);
    expect(labels((await load(LEAD.email)).overdue)).toEqual([]);
    // 3.5. now ends on 30 September: 87 days away, beyond the 30 days looked ahead.
    expect(labels((await load()).overdue).filter((label) => label.indexOf('3.5.') >= 0)).toEqual([]);
  });

  test('a milestone under someone else’s action leaves the list once that action is withdrawn', async () => {
    expect(rowTitled(await load(), 'Brief the cabinet member')).toMatchObject({ kind: 'milestone', daysUntilDue: 5 });
    await lead.saveUpdate(PLAN, {
      actionRef: '1.0.', financialYear: '2018-19', quarter: 'Q1', status: 'Withdrawn', withdrawnReason: 'Merged into 2.1.', progress: 'Merged',
      reviewState: 'Submitted', submittedBy: personOf(LEAD), submittedOn: '2018-07-04T09:00:00Z'
    });
    expect(rowTitled(await load(), 'Brief the cabinet member')).toBeUndefined();
  });
});

describe('My milestones over a Milestones list past the 5,000-item threshold', () => {
  let store: SharePointStore;
  let owner: TrackerRepository;
  const CROWD = 5050;

  beforeAll(async () => {
    store = await startReviewStore();
    const lead = repositoryAs(store);
    owner = repositoryAs(store, OWNER.email);
    await lead.importRows(actionsFile([actionRow(PLAN, 0), actionRow(PLAN, 1)]));
    const crowd = Array.from({ length: CROWD }, (_v, n) => milestoneRow(PLAN, '1.0.', `IB's milestone ${n}`, '2018-07-01'));
    await lead.importRows({ kind: 'milestones', errors: [], warnings: [], rows: crowd.concat([milestoneRow(PLAN, '2.1.', 'Train staff', '2018-07-01')]) });
  }, 120000);

  afterAll(() => store.close());

  test('reads the person’s rows on indexed columns, where a filter on a column without an index is refused', async () => {
    const milestones = spAs(store).web.lists.getByTitle(LISTS.milestones.title);
    expect((await milestones.select('ItemCount')()).ItemCount).toBe(CROWD + 1);
    await expect(milestones.items.filter('DoneDate eq null').top(100)()).rejects.toMatchObject({ status: 500 });
    store.resetStats();
    const mine = await loadMyMilestones(owner, { email: OWNER.email, today: TODAY });
    expect(labels(mine.overdue)).toEqual(['CIP actionEnd 2.1. Action number 1 5', 'CIP milestone 2.1. Train staff 4']);
    // No calendar entry here: Q1's updates are due on the default day, Fri 13 July (8 days away).
    expect(labels(mine.dueSoon)).toEqual(['CIP updateOwed 2.1. Action number 1 8']);
    expect(store.stats().totalRequests).toBe(3);
    expect(store.stats().bytesOut).toBeLessThan(20000);
  });
});
