import { mayDecideDeadlineChange } from '../../domain/deadlineChanges';
import { PersonRef } from '../../domain/model';
import { ReminderInput } from '../../domain/reminders/reminderTypes';
import { objectiveFromItem } from '../mapping/actionMapping';
import { dateOf, ItemJson, lookupId, lookupText, personOf, textOf, userOf } from '../mapping/fieldValues';
import { planFromItem } from '../mapping/planMapping';
import { dueWorkOf, milestoneActionKeys } from '../queries/myDueWorkAssembly';
import { logEntryFromItem } from './reminderLogMapping';
import { ReminderItems } from './reminderReads';
import { StoredReminderSources } from './reminderStoreTypes';

/**
 * The reminder job's reads → the planner's input: the items sorted to the people they concern
 * (lower-case e-mail), each person's share built by the due list's own assembly (dueWorkOf), then
 * each action given its objective and owner, each request the London date it was made.
 */

type ReminderPerson = ReminderInput<StoredReminderSources>['people'][number];

interface Share {
  name: string;
  planIds: Set<number>;
  owned: ItemJson[];
  milestones: ItemJson[];
  requests: ItemJson[];
}

class Shares {
  private readonly byEmail = new Map<string, Share>();

  /** The person's share, made on first mention; undefined for someone with no e-mail (a name the tracker has not linked). */
  public of(email: string | undefined, name: string | undefined): Share | undefined {
    if (!email) {
      return undefined;
    }
    const key = email.toLowerCase();
    let share = this.byEmail.get(key);
    if (!share) {
      share = { name: name || key, planIds: new Set(), owned: [], milestones: [], requests: [] };
      this.byEmail.set(key, share);
    }
    return share;
  }

  public entries(): Array<[string, Share]> {
    return Array.from(this.byEmail.entries()).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

function ownerEmail(item: ItemJson): string | undefined {
  const user = userOf(item.Owner);
  return user ? textOf(user.EMail) : undefined;
}

function ownerName(item: ItemJson): string | undefined {
  const user = userOf(item.Owner);
  return (user ? textOf(user.Title) : undefined) || textOf(item.OwnerName);
}

function sharesOf(items: ReminderItems): Shares {
  const shares = new Shares();
  items.plans.forEach((item) => {
    const plan = planFromItem(item);
    const email = plan.lead ? plan.lead.email : undefined;
    const share = plan.lead ? shares.of(email, plan.lead.name) : undefined;
    if (share && email) {
      share.planIds.add(item.Id as number);
      if (mayDecideDeadlineChange(plan, email)) {
        share.requests.push(...items.requests.filter((request) => lookupId(request, 'Plan') === item.Id));
      }
    }
  });
  items.objectives.forEach((item) => {
    objectiveFromItem(item).leads.forEach((lead) => {
      const share = shares.of(lead.email, lead.name);
      if (share) share.planIds.add(lookupId(item, 'Plan') as number);
    });
  });
  const claim = (list: 'owned' | 'milestones'): ((item: ItemJson) => void) => (item) => {
    const share = shares.of(ownerEmail(item), ownerName(item));
    if (share) {
      share[list].push(item);
      share.planIds.add(lookupId(item, 'Plan') as number);
    }
  };
  items.actions.forEach(claim('owned'));
  items.milestones.forEach(claim('milestones'));
  return shares;
}

interface ActionExtras {
  objectiveRef: string;
  owner: PersonRef;
}

function actionExtras(actions: readonly ItemJson[]): Map<number, ActionExtras> {
  const extras = new Map<number, ActionExtras>();
  actions.forEach((item) => {
    const owner = personOf(item, 'Owner') || { name: textOf(item.OwnerName) || '' };
    extras.set(item.Id as number, { objectiveRef: lookupText(item, 'Objective') || '', owner });
  });
  return extras;
}

function personOfShare(email: string, share: Share, items: ReminderItems, lookups: { actionsById: Map<number, ItemJson>; extras: Map<number, ActionExtras> }): ReminderPerson {
  const milestoneActions = milestoneActionKeys(share.milestones, share.owned)
    .map((key) => lookups.actionsById.get(key.actionId))
    .filter((item): item is ItemJson => item !== undefined);
  const work = dueWorkOf(email, {
    plans: items.plans.filter((item) => share.planIds.has(item.Id as number)),
    calendar: items.calendar,
    owned: share.owned,
    milestoneActions,
    milestones: share.milestones,
    requests: share.requests,
    updatesOf: items.updatesOf
  });
  const createdOn = new Map(share.requests.map((item) => [item.Id as number, dateOf(item.Created)]));
  return {
    ...work,
    name: share.name,
    actions: work.actions.map((entry) => ({ ...entry, action: { id: entry.action.id, value: { ...entry.action.value, ...(lookups.extras.get(entry.action.id) as ActionExtras) } } })),
    changeRequests: work.changeRequests.map((entry) => {
      const requestedOn = createdOn.get(entry.request.id);
      return { ...entry, request: requestedOn ? { ...entry.request, requestedOn } : entry.request };
    })
  };
}

export function reminderInputOf(items: ReminderItems): ReminderInput<StoredReminderSources> {
  const planTitles = new Map(items.plans.map((item) => [item.Id as number, textOf(item.Title) || '']));
  const lookups = { actionsById: new Map(items.actions.map((item) => [item.Id as number, item])), extras: actionExtras(items.actions) };
  return {
    people: sharesOf(items).entries().map(([email, share]) => personOfShare(email, share, items, lookups)),
    objectives: items.objectives.map((item) => ({ plan: planTitles.get(lookupId(item, 'Plan') as number) || '', objective: objectiveFromItem(item) })),
    log: items.log.map(logEntryFromItem)
  };
}
