import { Objective, PersonRef, Plan } from './model';

/**
 * Who approves or returns an action's update (SPEC §2 "plan leads … approve or return updates";
 * §3 objectives have leads and nest one level): the plan's lead reviews every action; an
 * objective's lead reviews the actions under that objective and, when it is a recommendation
 * with priorities nested under it, the actions under those priorities too. People are matched
 * by e-mail address, whatever its case; a person known only by name (an imported "IB") cannot
 * be matched, so reviews nothing until linked to a site user.
 */

export function isSamePerson(person: PersonRef | undefined, email: string): boolean {
  const wanted = email.trim().toLowerCase();
  return wanted !== '' && !!person && !!person.email && person.email.trim().toLowerCase() === wanted;
}

function leads(objective: Objective | undefined, email: string): boolean {
  return !!objective && objective.leads.some((lead) => isSamePerson(lead, email));
}

function objectiveWithRef(objectives: readonly Objective[], ref: string | undefined): Objective | undefined {
  return ref === undefined ? undefined : objectives.filter((objective) => objective.ref === ref)[0];
}

/** May this person approve or return updates on an action under `objectiveRef`? */
export function mayReview(plan: Pick<Plan, 'lead'>, objectives: readonly Objective[], objectiveRef: string, email: string): boolean {
  if (isSamePerson(plan.lead, email)) {
    return true;
  }
  const objective = objectiveWithRef(objectives, objectiveRef);
  return leads(objective, email) || (!!objective && leads(objectiveWithRef(objectives, objective.parentRef), email));
}

/** Does this person review anything in the plan (its lead, or the lead of any of its objectives)? */
export function reviewsInPlan(plan: Pick<Plan, 'lead'>, objectives: readonly Objective[], email: string): boolean {
  return isSamePerson(plan.lead, email) || objectives.some((objective) => leads(objective, email));
}
