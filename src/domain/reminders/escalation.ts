import { CalendarEntry, Objective, PersonRef, Plan } from '../model';
import { DueClock } from '../myMilestones/dueItems';
import { UpdateOwedDue } from '../myMilestones/dueTypes';
import { findPlan } from '../plans';
import { compareRefs } from '../reporting/naturalOrder';
import { DigestDraft } from './digestDraft';
import { PlanningDay } from './planningDay';
import { ReminderRow, ReminderSources } from './reminderTypes';
import { escalationDayOf } from './updateStages';

/**
 * Escalation (SPEC §4.5): from `escalationDelay` working days after the updates were due, while
 * the quarter is still the one open for updates (the clock moves on with the next quarter), each
 * update still owed goes to the leads of its action's objective who have an e-mail, else to the
 * plan's lead. One digest per lead across all their plans, rows by owner name, plan, reference.
 * A lead who owns the row too still gets it: they answer for it as lead. A lead nobody can reach
 * stays a draft without an e-mail, so the plan counts it as unlinked rather than dropping it.
 */

/** An owner's updates still owed on the day, with the clock they were judged on. */
export interface OwedUpdates<S extends ReminderSources> {
  calendar: readonly CalendarEntry[];
  plans: readonly Plan[];
  clock: DueClock;
  owed: ReadonlyArray<UpdateOwedDue<S>>;
}

function hasEmail(person: PersonRef): boolean {
  return !!person.email && person.email.trim() !== '';
}

function emailKey(person: PersonRef): string {
  return (person.email || '').trim().toLowerCase();
}

function objectiveKey(plan: string, ref: string): string {
  return `${plan.trim().toLowerCase()}|${ref.trim()}`;
}

export function indexObjectives(objectives: ReadonlyArray<{ plan: string; objective: Objective }>): Map<string, Objective> {
  const index = new Map<string, Objective>();
  objectives.forEach(({ plan, objective }) => index.set(objectiveKey(plan, objective.ref), objective));
  return index;
}

/** Who a row escalates to: the objective's leads with an e-mail, else the plan's lead; someone unreachable has no e-mail. */
function leadsFor(plan: Plan | undefined, objective: Objective | undefined): PersonRef[] {
  const objectiveLeads = ((objective && objective.leads) || []).filter(hasEmail);
  if (objectiveLeads.length > 0) {
    return objectiveLeads.filter((lead, index) => objectiveLeads.map(emailKey).indexOf(emailKey(lead)) === index);
  }
  if (plan && plan.lead && hasEmail(plan.lead)) {
    return [plan.lead];
  }
  const named = (plan && plan.lead) || (objective && objective.leads[0]);
  return [{ name: named ? named.name : '' }];
}

function compareText(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

function byOwnerPlanRef<S extends ReminderSources>(a: ReminderRow<S>, b: ReminderRow<S>): number {
  return compareText(a.owner ? a.owner.name : '', b.owner ? b.owner.name : '') || compareText(a.plan, b.plan) || compareRefs(a.ref, b.ref);
}

/**
 * The escalation digests on the day, one per lead.
 * @param namesByEmail - display names of the people the input knows, by lower-case e-mail.
 */
export function escalationDrafts<S extends ReminderSources>(
  owners: ReadonlyArray<OwedUpdates<S>>,
  objectives: ReadonlyMap<string, Objective>,
  namesByEmail: ReadonlyMap<string, string>,
  day: PlanningDay
): Array<DigestDraft<S>> {
  const drafts = new Map<string, DigestDraft<S>>();
  owners.forEach(({ calendar, plans, clock, owed }) => {
    if (owed.length === 0 || day.today < escalationDayOf(calendar, clock, day)) {
      return;
    }
    owed.forEach((row) => {
      const value = row.action.value;
      leadsFor(findPlan(plans, row.plan), objectives.get(objectiveKey(row.plan, value.objectiveRef))).forEach((lead) => {
        const email = emailKey(lead);
        const group = email || `unlinked|${lead.name}`;
        let draft = drafts.get(group);
        if (!draft) {
          const recipient = { email: (lead.email || '').trim(), name: namesByEmail.get(email) || lead.name };
          draft = { recipient, kind: 'escalationDigest', stage: 'escalation', period: clock.openPeriod, updatesDue: clock.updatesDue, rows: [] };
          drafts.set(group, draft);
        }
        draft.rows.push({ ...row, owner: value.owner });
      });
    });
  });
  const result: Array<DigestDraft<S>> = [];
  drafts.forEach((draft) => result.push({ ...draft, rows: draft.rows.sort(byOwnerPlanRef) }));
  return result;
}
