/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { silentLogger } from '../../../src/data/logger';
import { ReminderStore } from '../../../src/data/reminders/ReminderStore';
import { LISTS } from '../../../src/data/schema';
import { OBJECTIVE_LEAD, PLAN_LEAD, ReminderSite, seedReminderSite } from './reminderSiteHarness';

/**
 * The reminder job's reads on a site of 1,000 owners with 11 open items each (6,000 actions and
 * 5,000 milestones not done, over four plans) and 1,000 milestones done: 12,000 items, both lists
 * past the 5,000-item threshold. Read per plan, the requests do not grow with the people.
 */

const OWNERS = 1000;
const PLANS = 4;
/**
 * Round trip 1: one `$batch` (plans, calendar, two log periods). Round trip 2: 4 reads per plan,
 * 16 reads, one `$batch` (PnPjs splits at 20); each plan's 1,500 actions and 1,250 milestones fit one
 * 5,000-row page. ReportedStatuses are filled, so no updates are read: 2 requests.
 */
const REQUEST_BOUND = 2;

describe('the reminder input of 1,000 owners and 12,000 items', () => {
  let site: ReminderSite;

  beforeAll(async () => {
    site = await seedReminderSite({ owners: OWNERS, itemsPerOwner: 11, doneMilestonesPerOwner: 1, plans: PLANS });
  }, 120000);

  afterAll(() => site.store.close());

  test('reads in two requests on lists past the threshold, with every owner and lead', async () => {
    const count = async (key: 'actions' | 'milestones'): Promise<number> => (await site.sp.web.lists.getByTitle(LISTS[key].title).select('ItemCount')()).ItemCount;
    expect([await count('actions'), await count('milestones')]).toEqual([6000, 6000]);
    await expect(site.sp.web.lists.getByTitle(LISTS.milestones.title).items.filter('DoneDate eq null').top(10)()).rejects.toMatchObject({ status: 500 });
    site.store.resetStats();
    const started = Date.now();
    const input = await new ReminderStore(site.sp, { logger: silentLogger }).readReminderInput('2018-07-05');
    const stats = site.store.stats();
    console.log(`reminder input of ${OWNERS} owners, 12,000 items: ${stats.totalRequests} requests, ${stats.operations} operations, ${(stats.bytesOut / 1e6).toFixed(2)} MB, ${Date.now() - started} ms`);
    expect(stats.totalRequests).toBeLessThanOrEqual(REQUEST_BOUND);
    expect(input.people).toHaveLength(OWNERS + 2);
    const owner7 = input.people.filter((person) => person.email === 'owner7@council.gov.uk')[0];
    expect([owner7.name, owner7.actions.length, owner7.milestones.length, owner7.plans.map((plan) => plan.title)]).toEqual(['Owner 7', 6, 5, ['Generated Plan 4']]);
    const leads = input.people.filter((person) => person.email === PLAN_LEAD.email || person.email === OBJECTIVE_LEAD.email);
    expect(leads.map((lead) => [lead.name, lead.plans.length, lead.actions.length])).toEqual([['Owain Lead', PLANS, 0], ['Priya Lead', PLANS, 0]]);
    expect(input.objectives).toHaveLength(PLANS * 5);
  }, 60000);
});
