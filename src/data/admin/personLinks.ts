import { SPFI } from '@pnp/sp';
import { PersonRef } from '../../domain/model';
import { ValidationError } from '../errors';
import { ItemLookups } from '../itemLookups';
import { ItemSaves } from '../itemSaves';
import { ItemJson, textOf } from '../mapping/fieldValues';
import { etagOf } from '../mapping/selection';
import { and, eq, idEq } from '../odata';
import { PeopleResolver } from '../people';
import { PlannedRead, readGroupsBatched } from '../queries/pagedReads';
import { ListKey } from '../schema';

/**
 * Linking a named owner to a person (SPEC §4.6): an import keeps owners the site does not know
 * as the names or initials the tracker gives ("IB", "CA1"), "not linked to a person yet". Linking
 * one makes the person the owner of every action, milestone and measure of the plan owned under
 * that name, and a delegate wherever the name is a delegate. The names stay as the tracker wrote
 * them; each item is saved over the ETag read.
 */

export interface LinkOutcome {
  /** Actions, milestones and measures the person now owns. */
  owned: number;
  /** Actions the person is now a delegate for. */
  delegated: number;
}

const OWNED_LISTS: ReadonlyArray<{ list: ListKey; query: 'actionsOfPlan' | 'milestonesOfPlan' | 'measuresOfPlan'; what: string }> = [
  { list: 'actions', query: 'actionsOfPlan', what: 'action' },
  { list: 'milestones', query: 'milestonesOfPlan', what: 'milestone' },
  { list: 'measures', query: 'measuresOfPlan', what: 'measure' }
];

function namesIn(item: ItemJson): string[] {
  return (textOf(item.DelegateNames) || '').split('; ');
}

function delegateIdsOf(item: ItemJson): number[] {
  const people = item.Delegates;
  return Array.isArray(people) ? people.map((person: { Id: number }) => person.Id) : [];
}

export async function linkNamedPerson(sp: SPFI, lookups: ItemLookups, saves: ItemSaves, planTitle: string, name: string, person: PersonRef): Promise<LinkOutcome> {
  const userId = await new PeopleResolver(sp).idOf(person);
  if (userId === undefined) {
    throw new ValidationError([{ field: 'person', code: 'personNotUser', message: `${person.name} is not a user of this site.`, args: { name: person.name } }]);
  }
  const planId = (await lookups.plan(planTitle)).id;
  const ownedReads: PlannedRead[] = OWNED_LISTS.map((entry) => ({ query: entry.query, filter: and(idEq('Plan', planId), eq('OwnerName', name)) }));
  const [actions, milestones, measures, allActions] = await readGroupsBatched(sp, [[ownedReads[0]], [ownedReads[1]], [ownedReads[2]], [{ query: 'actionsOfPlan', filter: idEq('Plan', planId) }]]);
  const owned = [actions, milestones, measures];
  for (let index = 0; index < owned.length; index += 1) {
    for (const item of owned[index]) {
      await saves.save(OWNED_LISTS[index].list, item.Id as number, etagOf(item), { OwnerId: userId }, item, (read) => read, OWNED_LISTS[index].what);
    }
  }
  const delegatedTo = allActions.filter((item) => namesIn(item).indexOf(name) >= 0 && delegateIdsOf(item).indexOf(userId) < 0);
  for (const item of delegatedTo) {
    await saves.save('actions', item.Id as number, etagOf(item), { DelegatesId: delegateIdsOf(item).concat([userId]) }, item, (read) => read, 'action');
  }
  return { owned: actions.length + milestones.length + measures.length, delegated: delegatedTo.length };
}

/** Sets an objective's leads (SPEC §3: an objective's lead reviews its actions' updates); each lead must be a site user. */
export async function setObjectiveLeads(sp: SPFI, lookups: ItemLookups, saves: ItemSaves, planTitle: string, objectiveRef: string, leads: readonly PersonRef[]): Promise<void> {
  const people = new PeopleResolver(sp);
  const ids: number[] = [];
  for (const lead of leads) {
    const id = await people.idOf(lead);
    if (id === undefined) {
      throw new ValidationError([{ field: 'leads', code: 'personNotUser', message: `${lead.name} is not a user of this site.`, args: { name: lead.name } }]);
    }
    ids.push(id);
  }
  const objective = await lookups.objective((await lookups.plan(planTitle)).id, objectiveRef);
  await saves.save('objectives', objective.Id as number, etagOf(objective), { LeadsId: ids, LeadNames: leads.map((lead) => lead.name).join('; ') }, objective, (read) => read, 'objective');
}
