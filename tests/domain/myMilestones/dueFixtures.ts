import { CalendarEntry, DeadlineChangeRequest, Milestone, Plan, Quarter, ReportedStatus, ReviewState, Update } from '../../../src/domain/model';
import { ActionWithUpdates, DueAction, PersonsDueWork } from '../../../src/domain/myMilestones';

/** Small builders for the due-list tables: one plan led by Pat Lead, items owned by Jan Coles. */

export const PLAN = 'Corporate Improvement Plan';
export const OTHER_PLAN = 'Strategic Equality Plan';
export const OWNER_EMAIL = 'jan.coles@council.gov.uk';
export const LEAD_EMAIL = 'pat.lead@council.gov.uk';

export function plan(title: string = PLAN, change: Partial<Plan> = {}): Plan {
  return {
    title, type: 'Corporate Improvement Plan', firstYear: '2016-17', lastYear: '2019-20', status: 'Active', allowChangeRequests: true,
    lead: { name: 'Pat Lead', email: LEAD_EMAIL }, ...change
  };
}

export function update(quarter: Quarter, status: ReportedStatus, reviewState: ReviewState, financialYear = '2017-18'): Update {
  return { actionRef: '1.a.', financialYear, quarter, status, reviewState };
}

export function action(change: Partial<DueAction> = {}, updates: Update[] = [], planTitle = PLAN, owned = true): ActionWithUpdates {
  return { plan: planTitle, action: { value: { ref: '1.a.', title: 'Deliver KiVa', startDate: '2017-04-01', ...change } }, updates, owned };
}

export function milestone(change: Partial<Milestone> = {}, planTitle = PLAN): { plan: string; milestone: { value: Milestone } } {
  return { plan: planTitle, milestone: { value: { actionRef: '1.a.', title: 'Train staff', dueDate: '2018-03-31', ...change } } };
}

export function request(change: Partial<DeadlineChangeRequest> = {}, planTitle = PLAN): PersonsDueWork['changeRequests'][number] {
  return {
    plan: planTitle, actionTitle: 'Deliver KiVa',
    request: {
      value: {
        actionRef: '1.a.', currentDate: '2018-04-30', requestedDate: '2018-06-30', reason: 'Consultation extended',
        requester: { name: 'Jan Coles', email: OWNER_EMAIL }, decision: 'Pending', ...change
      }
    }
  };
}

export function calendarEntry(financialYear: string, quarter: Quarter, updatesDue: string): CalendarEntry {
  return { financialYear, quarter, updatesDue, reminderOffsets: [14, 7, 2], escalationDelay: 3 };
}

export function work(change: Partial<PersonsDueWork> = {}): PersonsDueWork {
  return { email: OWNER_EMAIL, plans: [plan(), plan(OTHER_PLAN)], calendar: [], actions: [], milestones: [], changeRequests: [], ...change };
}
