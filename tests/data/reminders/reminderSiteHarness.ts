import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { createSiteSp } from '../../../src/data/createSp';
import { ItemWrite, writeBatch, WRITE_BATCH_SIZE } from '../../../src/data/import/batchWrites';
import { dateToItem } from '../../../src/data/mapping/fieldValues';
import { encodeReportedStatuses } from '../../../src/domain/reporting/reportedStatuses';
import { SharePointStore, StorePerson } from '../../../src/local/sharepointStore';
import { startTrackerSite } from '../../../src/local/trackerSite';

/**
 * A large tracker for the reminder job's tests and benchmark, seeded fast: people join the site
 * as the store starts, and plans, objectives, actions and milestones are added straight to the
 * lists in `$batch`es of 100 (no import planning, no per-item reads). Owner n has
 * `itemsPerOwner` items in plan n mod plans: half actions (each with its ReportedStatuses worked
 * out, as the repository keeps them) and half milestones under their own actions.
 */

export interface ReminderSiteOptions {
  owners: number;
  /** Items each owner has: actions and milestones, half each (an odd count gives the extra one to actions). */
  itemsPerOwner: number;
  /** Open plans the owners are spread over (default 4); each is led by PLAN_LEAD. */
  plans?: number;
  /** When the actions end (default 2019-03-31) and the milestones fall due (default 2018-07-10). */
  actionEnd?: string;
  milestoneDue?: string;
  /** Milestones each owner has done besides (default 0): on the list, never in anyone's input. */
  doneMilestonesPerOwner?: number;
  /** Objectives per plan (default 5), the first led by OBJECTIVE_LEAD. */
  objectivesPerPlan?: number;
}

export interface ReminderSite {
  store: SharePointStore;
  /** Signed in as the site owner (the job's identity). */
  sp: SPFI;
  owners: StorePerson[];
  plans: string[];
  /** Milestones counts the done ones too. */
  counts: { actions: number; milestones: number; objectives: number };
}

export const PLAN_LEAD: StorePerson = { email: 'plan.lead@council.gov.uk', title: 'Priya Lead', role: 'member' };
export const OBJECTIVE_LEAD: StorePerson = { email: 'objective.lead@council.gov.uk', title: 'Owain Lead', role: 'member' };

export function ownerOf(n: number): StorePerson {
  return { email: `owner${n}@council.gov.uk`, title: `Owner ${n}`, role: 'member' };
}

export function planTitleOf(n: number): string {
  return `Generated Plan ${n + 1}`;
}

async function writeAll(sp: SPFI, writes: readonly ItemWrite[]): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < writes.length; start += WRITE_BATCH_SIZE) {
    const outcomes = await writeBatch(sp, writes.slice(start, start + WRITE_BATCH_SIZE));
    outcomes.forEach((outcome) => {
      if (!outcome.ok) throw outcome.error;
      ids.push(outcome.id);
    });
  }
  return ids;
}

async function userIds(sp: SPFI): Promise<Map<string, number>> {
  const users: Array<{ Id: number; Email: string }> = await sp.web.siteUsers.select('Id', 'Email').top(5000)();
  return new Map(users.map((user) => [user.Email.toLowerCase(), user.Id]));
}

const STATUSES = encodeReportedStatuses([{ actionRef: 'x', financialYear: '2017-18', quarter: 'Q4', status: 'Green', reviewState: 'Approved', progress: 'On track' }]);

function split(itemsPerOwner: number): { actions: number; milestones: number } {
  const milestones = Math.floor(itemsPerOwner / 2);
  return { actions: itemsPerOwner - milestones, milestones };
}

export async function seedReminderSite(options: ReminderSiteOptions): Promise<ReminderSite> {
  const planCount = options.plans || 4;
  const objectivesPerPlan = options.objectivesPerPlan || 5;
  const owners = Array.from({ length: options.owners }, (_v, n) => ownerOf(n));
  const store = await startTrackerSite({ memory: true, port: 0, quiet: true, people: [PLAN_LEAD, OBJECTIVE_LEAD, ...owners] });
  const sp = createSiteSp({ siteUrl: store.siteUrl, organisation: 'Test Council' });
  const ids = await userIds(sp);
  const idOf = (person: StorePerson): number => ids.get(person.email) as number;
  const plans = Array.from({ length: planCount }, (_v, n) => planTitleOf(n));
  const planIds = await writeAll(sp, plans.map((title): ItemWrite => ({
    kind: 'add', list: 'plans', props: { Title: title, PlanType: 'Other', FirstYear: '2017-18', LastYear: '2020-21', PlanStatus: 'Active', PlanLeadId: idOf(PLAN_LEAD) }
  })));
  const objectiveIds = await writeAll(sp, ([] as ItemWrite[]).concat(...planIds.map((planId) => Array.from({ length: objectivesPerPlan }, (_v, n): ItemWrite => ({
    kind: 'add', list: 'objectives', props: { Title: `Objective ${n + 1}`, PlanId: planId, Ref: String(n + 1), LeadsId: n === 0 ? [idOf(OBJECTIVE_LEAD)] : [], LeadNames: n === 0 ? OBJECTIVE_LEAD.title : null }
  })))));
  const shape = split(options.itemsPerOwner);
  const actionWrites: ItemWrite[] = [];
  const actionKeys: Array<{ planId: number; owner: StorePerson; ref: string }> = [];
  owners.forEach((owner, o) => {
    const plan = o % planCount;
    for (let a = 0; a < shape.actions; a += 1) {
      const objective = (o + a) % objectivesPerPlan;
      const ref = `${objective + 1}.${o}.${a}.`;
      actionKeys.push({ planId: planIds[plan], owner, ref });
      actionWrites.push({ kind: 'add', list: 'actions', props: {
        Title: `Action ${ref} of ${owner.title}`, PlanId: planIds[plan], ObjectiveId: objectiveIds[plan * objectivesPerPlan + objective], Ref: ref,
        OwnerId: idOf(owner), OwnerName: owner.title, StartDate: dateToItem('2017-04-01'), EndDate: dateToItem(options.actionEnd || '2019-03-31'), ReportedStatuses: STATUSES
      } });
    }
  });
  const actionIds = await writeAll(sp, actionWrites);
  const milestoneWrites: ItemWrite[] = [];
  owners.forEach((owner, o) => {
    const first = o * shape.actions;
    const done = options.doneMilestonesPerOwner || 0;
    for (let m = 0; m < shape.milestones + done; m += 1) {
      const index = first + (m % Math.max(shape.actions, 1));
      milestoneWrites.push({ kind: 'add', list: 'milestones', props: {
        Title: `Milestone ${m + 1} of ${owner.title}`, PlanId: actionKeys[index].planId, ActionId: actionIds[index], OwnerId: idOf(owner), OwnerName: owner.title,
        DueDate: dateToItem(options.milestoneDue || '2018-07-10'), DoneDate: m >= shape.milestones ? dateToItem('2018-06-01') : null
      } });
    }
  });
  await writeAll(sp, milestoneWrites);
  return { store, sp, owners, plans, counts: { actions: actionWrites.length, milestones: milestoneWrites.length, objectives: objectiveIds.length } };
}
