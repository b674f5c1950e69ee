import { ReminderKind } from '../../../src/domain/reminders/reminderTypes';
import { StoredDigest } from '../../../src/reminders/contracts';
import { StoredRow } from '../../../src/reminders/messages/digestFacts';
import { ReminderLinks } from '../../../src/reminders/messages/reminderLinks';
import { TRACKER_TEAMS_APP_ID } from '../../../src/teams/teamsApps';

/** Digests as the planner hands them over, for the message tests: Q4 2017-18, updates due on 12 April 2018. */

export const LINKS: ReminderLinks = {
  teamsAppId: TRACKER_TEAMS_APP_ID,
  myMilestonesPageUrl: 'https://contoso.sharepoint.com/sites/tracker/SitePages/My-milestones.aspx'
};

export const FROM = { name: 'Performance Tracker', address: 'tracker@contoso.gov.uk' };
export const SITE = 'Cyngor Ynys Môn Performance Tracker';

const timing = (daysOverdue: number, daysUntilDue: number): { daysOverdue: number; daysUntilDue: number } => ({ daysOverdue, daysUntilDue });

export function updateRow(id: number, ref: string, title: string, plan: string, days: { daysOverdue: number; daysUntilDue: number }, owner?: { name: string; email?: string }): StoredRow {
  return {
    kind: 'updateOwed', plan, ref, title, dueDate: '2018-04-12', status: 'AwaitingUpdate', ...days,
    action: { id, value: { ref, title, objectiveRef: '1', owner: owner || { name: 'Alex Jones', email: 'alex.jones@contoso.gov.uk' } } },
    period: { financialYear: '2017-18', quarter: 'Q4' },
    ...(owner ? { owner } : {})
  };
}

export function milestoneRow(id: number, ref: string, title: string, dueDate: string, days: { daysOverdue: number; daysUntilDue: number }): StoredRow {
  return {
    kind: 'milestone', plan: 'Corporate Plan', ref, title, dueDate, status: 'NotDone', ...days,
    milestone: { id, etag: '"1"', value: { actionRef: ref, title, dueDate } }
  };
}

export function requestRow(id: number, ref: string, title: string): StoredRow {
  const requester = { name: 'Siân Ŵyn', email: 'sian.wyn@contoso.gov.uk' };
  return {
    kind: 'changeRequest', plan: 'Corporate Plan', ref, title, dueDate: '2018-04-30', status: 'AwaitingDecision', ...timing(0, 18),
    request: { id, etag: '"2"', value: { actionRef: ref, currentDate: '2018-04-30', requestedDate: '2018-06-30', reason: 'Contractor delay', requester, decision: 'Pending' } },
    requestedDate: '2018-06-30', requester
  };
}

export function digest(kind: ReminderKind, rows: StoredRow[], extra: Partial<StoredDigest> = {}): StoredDigest {
  return {
    key: `alex.jones@contoso.gov.uk|2017-18 Q4|${kind}`,
    recipient: { email: 'alex.jones@contoso.gov.uk', name: 'Alex Jones' },
    period: { financialYear: '2017-18', quarter: 'Q4' },
    stage: kind,
    kind,
    rows,
    resumed: false,
    ...extra
  };
}

const DUE_IN_7 = timing(0, 7);
const OVERDUE_1 = timing(1, 0);

/** One digest of each kind, as the tables below expect them. */
export const DIGESTS: Record<ReminderKind, StoredDigest> = {
  updateDueSoon: digest('updateDueSoon', [
    updateRow(7, '1.a.', 'Reduce the attainment gap', 'Corporate Plan', DUE_IN_7),
    updateRow(9, '2.b.', 'Open the new library', 'Corporate Plan', DUE_IN_7),
    updateRow(11, 'R1.a.2', 'Recruit social workers', 'Wellbeing Plan', DUE_IN_7)
  ], { updatesDue: '2018-04-12', stage: 'updateDue7' }),
  updateOverdue: digest('updateOverdue', [
    updateRow(7, '1.a.', 'Reduce the attainment gap', 'Corporate Plan', OVERDUE_1),
    updateRow(9, '2.b.', 'Open the new library', 'Corporate Plan', OVERDUE_1)
  ], { updatesDue: '2018-04-12' }),
  milestoneDueSoon: digest('milestoneDueSoon', [
    milestoneRow(40, '1.a.', 'Pilot in six schools', '2018-04-19', DUE_IN_7),
    milestoneRow(12, '2.b.', 'Sign the lease', '2018-04-19', DUE_IN_7)
  ], { stage: 'milestoneDueSoon 2018-04-19' }),
  milestoneOverdue: digest('milestoneOverdue', [
    milestoneRow(40, '1.a.', 'Pilot in six schools', '2018-04-11', OVERDUE_1)
  ]),
  escalationDigest: digest('escalationDigest', [
    updateRow(7, '1.a.', 'Reduce the attainment gap', 'Corporate Plan', timing(3, 0), { name: 'Bethan Ŷ', email: 'bethan@contoso.gov.uk' }),
    updateRow(8, '1.b.', 'Free school meals uptake', 'Corporate Plan', timing(3, 0), { name: 'Carys Lloyd', email: 'carys@contoso.gov.uk' }),
    updateRow(9, '2.b.', 'Open the new library', 'Corporate Plan', timing(3, 0), { name: 'Bethan Ŷ', email: 'bethan@contoso.gov.uk' })
  ], { updatesDue: '2018-04-12', stage: 'escalation' }),
  decisionsWaiting: digest('decisionsWaiting', [
    requestRow(3, '3.c.', 'Resurface the A55 slip road'),
    requestRow(4, '4.a.', 'Publish the Welsh language strategy')
  ], { stage: 'decisions 2018-04-10' })
};
