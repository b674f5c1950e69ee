import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { LISTS } from '../../src/data/schema';
import { PersonRef, Plan, Quarter, ReportedStatus, ReviewState, Update } from '../../src/domain/model';
import { SharePointStore, StorePerson } from '../../src/local/sharepointStore';
import { startTrackerSite } from '../../src/local/trackerSite';
import { LEAD, OWNER, repositoryAs, spAs, VISITOR } from './repositoryHarness';

/** People and set-up steps shared by the my-items and review-queue tests. */

/** Leads another plan. */
export const OTHER_LEAD: StorePerson = { email: 'sam.other@council.gov.uk', title: 'Sam Other', role: 'member' };

export function personOf(person: StorePerson): PersonRef {
  return { name: person.title, email: person.email };
}

export function startReviewStore(): Promise<SharePointStore> {
  return startTrackerSite({ memory: true, port: 0, quiet: true, people: [LEAD, OWNER, VISITOR, OTHER_LEAD] });
}

/** A review store with the plan lead's and the owner's repositories. */
export async function startReviewSite(): Promise<{ store: SharePointStore; lead: TrackerRepository; owner: TrackerRepository }> {
  const store = await startReviewStore();
  return { store, lead: repositoryAs(store), owner: repositoryAs(store, OWNER.email) };
}

/** Sets a plan's lead and, optionally, its status, over the plan as listed. */
export async function setPlan(repository: TrackerRepository, title: string, change: Partial<Plan>): Promise<void> {
  const stored = (await repository.listPlans()).filter((plan) => plan.value.title === title)[0];
  await repository.savePlan({ ...stored.value, ...change }, stored);
}

/** Makes `leads` the leads of objective `ref` of a plan (no repository method writes objective leads yet). */
export async function setObjectiveLeads(store: SharePointStore, repository: TrackerRepository, plan: string, ref: string, leads: StorePerson[]): Promise<void> {
  const ids: number[] = [];
  for (const lead of leads) {
    ids.push((await spAs(store).web.ensureUser(lead.email)).Id);
  }
  await updateObjective(store, repository, plan, ref, { LeadsId: ids, LeadNames: leads.map((lead) => lead.title).join('; ') });
}

/** Nests objective `ref` one level under `parentRef`, as a priority under its recommendation. */
export function nestObjective(store: SharePointStore, repository: TrackerRepository, plan: string, ref: string, parentRef: string): Promise<void> {
  return updateObjective(store, repository, plan, ref, { ParentRef: parentRef });
}

async function updateObjective(store: SharePointStore, repository: TrackerRepository, plan: string, ref: string, props: Record<string, unknown>): Promise<void> {
  const tracker = await repository.loadTracker(plan, { financialYear: '2017-18', quarter: 'Q4' });
  const objective = tracker.objectives.filter((item) => item.value.ref === ref)[0];
  await spAs(store).web.lists.getByTitle(LISTS.objectives.title).items.getById(objective.id).update(props);
}

/** An update as the owner's form sends it. */
export function ownersUpdate(actionRef: string, financialYear: string, quarter: Quarter, reviewState: ReviewState, submittedOn?: string, status: ReportedStatus = 'Green'): Update {
  const update: Update = { actionRef, financialYear, quarter, status, progress: `Progress on ${actionRef}`, reviewState, submittedBy: personOf(OWNER) };
  if (status === 'Amber' || status === 'Red') {
    update.remedialAction = 'Extra staff';
  }
  if (submittedOn) {
    update.submittedOn = submittedOn;
  }
  return update;
}
