import { CalendarEntry, Milestone, Objective, PersonRef, Plan, Quarter, ReviewState, Update } from '../../../src/domain/model';
import {
  planReminders, ReminderDigest, ReminderInput, ReminderLogEntry, ReminderPlan, ReminderSettings, ReminderSources
} from '../../../src/domain/reminders';
import { ActionWithUpdates } from '../../../src/domain/myMilestones';

/**
 * Small builders for the planner's tables: plans led by Pat Lead, items owned by Jan Coles unless
 * a row says otherwise. Plans cover 2016-17 to 2020-21, so every quarter below is collecting.
 */

export const PLAN = 'Corporate Improvement Plan';
export const OTHER_PLAN = 'Strategic Equality Plan';
export const JAN: Required<PersonRef> = { name: 'Jan Coles', email: 'jan.coles@council.gov.uk' };
export const PAT: Required<PersonRef> = { name: 'Pat Lead', email: 'pat.lead@council.gov.uk' };
export const OLU: Required<PersonRef> = { name: 'Olu Okafor', email: 'olu.okafor@council.gov.uk' };

export type Person = ReminderInput['people'][number];
type Action = ActionWithUpdates<ReminderSources>;
type Request = Person['changeRequests'][number];

export function plan(title: string = PLAN, change: Partial<Plan> = {}): Plan {
  return {
    title, type: 'Corporate Improvement Plan', firstYear: '2016-17', lastYear: '2020-21', status: 'Active', allowChangeRequests: true,
    lead: PAT, ...change
  };
}

/** An update for `ref` in `financialYear quarter`, e.g. update('1.a.', '2018-19', 'Q1', 'Submitted'). */
export function update(ref: string, financialYear: string, quarter: Quarter, reviewState: ReviewState = 'Submitted'): Update {
  return { actionRef: ref, financialYear, quarter, status: 'Green', reviewState };
}

/** An action started long ago whose 2017-18 Q4 update was approved, so only 2018-19's quarters are owed. */
export function action(ref: string, change: { owner?: PersonRef; objectiveRef?: string; plan?: string; updates?: Update[]; owned?: boolean } = {}): Action {
  return {
    plan: change.plan || PLAN,
    action: { value: { ref, title: `Action ${ref}`, startDate: '2017-04-01', objectiveRef: change.objectiveRef || '1', owner: change.owner || JAN } },
    updates: [update(ref, '2017-18', 'Q4', 'Approved')].concat(change.updates || []),
    owned: change.owned === undefined ? true : change.owned
  };
}

export function milestone(title: string, dueDate: string, change: Partial<Milestone> = {}, planTitle = PLAN): Person['milestones'][number] {
  return { plan: planTitle, milestone: { value: { actionRef: '1.a.', title, dueDate, ...change } } };
}

/** A deadline change request on 1.a., pending, asked on `requestedOn` (none: not known). */
export function request(requestedOn?: string, change: Partial<Request['request']['value']> = {}, planTitle = PLAN): Request {
  return {
    plan: planTitle, actionTitle: 'Action 1.a.',
    request: {
      value: {
        actionRef: '1.a.', currentDate: '2018-09-30', requestedDate: '2018-12-31', reason: 'Consultation extended',
        requester: JAN, decision: 'Pending', ...change
      },
      requestedOn
    }
  };
}

export function calendarEntry(financialYear: string, quarter: Quarter, updatesDue: string, change: Partial<CalendarEntry> = {}): CalendarEntry {
  return { financialYear, quarter, updatesDue, reminderOffsets: [14, 7, 2], escalationDelay: 3, ...change };
}

export function person(who: PersonRef, change: Partial<Person> = {}): Person {
  return {
    email: who.email || '', name: who.name, plans: [plan(), plan(OTHER_PLAN)], calendar: [], actions: [], milestones: [], changeRequests: [], ...change
  };
}

export function objective(ref: string, leads: PersonRef[], planTitle = PLAN): { plan: string; objective: Objective } {
  return { plan: planTitle, objective: { ref, title: `Objective ${ref}`, leads } };
}

export function logged(key: string, state: ReminderLogEntry['state'] = 'Sent'): ReminderLogEntry {
  const [recipient, periodKey, stage] = key.split('|');
  return { key, recipient, periodKey, stage, state };
}

export function input(people: Person[], objectives: ReminderInput['objectives'] = [], log: ReminderLogEntry[] = []): ReminderInput {
  return { people, objectives, log };
}

/** Midday UTC: 12:00 or 13:00 in London, inside sending hours, on the same London date. */
export function midday(date: string): string {
  return `${date}T12:00:00Z`;
}

/** A digest as one line: `key: ref ref …` (a milestone by its title; escalation rows as `owner/ref`). */
export function lineOf(digest: ReminderDigest): string {
  const rows = digest.rows.map((row) => (row.owner ? `${row.owner.name}/${row.ref}` : row.kind === 'milestone' ? row.title : row.ref));
  return `${digest.key}: ${rows.join(' ')}`;
}

/** The plan at midday on `date`, each digest as one line. */
export function linesOn(date: string, subject: ReminderInput, settings: Partial<ReminderSettings> = {}): string[] {
  return planReminders(subject, midday(date), settings).digests.map(lineOf);
}

export function planOn(date: string, subject: ReminderInput, settings: Partial<ReminderSettings> = {}): ReminderPlan {
  return planReminders(subject, midday(date), settings);
}
