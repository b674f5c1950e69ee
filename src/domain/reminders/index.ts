/**
 * The reminder planner (SPEC §4.5, issue 15): at one instant, which digest goes to whom. Pure:
 * the job passes the people's work (as "My milestones" reads it), the objectives, the reminder
 * log and `now`; every rule below is judged on London's calendar and clock.
 *
 * - Quiet: nothing goes at weekends, on bank holidays (the settings' list, else England and
 *   Wales), or outside [sendFromHour, quietFromHour) London time. The plan then says why and the
 *   next instant something may go (sendFromHour on the next working day), with no digests.
 * - The send day of a date is the first working day on or after it; every date below moves to
 *   its send day.
 * - Update stages, for the quarter open for updates today and its due date U (the reporting
 *   calendar's, else the default): `updateDue<offset>` on U less each of the calendar's
 *   reminder offsets (default 14, 7, 2), `updateOverdue` on U + 1. Only the latest stage whose
 *   send day has come is due; a missed earlier stage is superseded, never sent late beside it.
 *   The digest lists the owner's updates still owed; someone who has submitted owes none.
 * - Escalation: from the escalation delay (default 3) working days after U, each update still
 *   owed goes to the leads of its objective who have an e-mail, else to the plan's lead, one
 *   digest per lead across their plans, each row naming its owner, by owner, plan, reference.
 * - Milestones due soon (due date less milestoneDaysBefore) and overdue (due date + 1), and
 *   deadline change requests waiting on their decider (decisionAfterWorkingDays working days
 *   after being asked; asked on no known date: now): a row goes once, on the first run after its
 *   trigger's send day, in a digest named by the day (`milestoneOverdue 2018-04-10`); a job down
 *   for up to catchUpDays days catches up, and a row is never in two digests of one kind.
 * - The log: a digest whose key is logged Sent or Failed is not planned again (it is listed in
 *   `alreadySent`); one logged Sending is planned with `resumed` set (the job judges the lease).
 * - Digests are ordered by e-mail, then kind in REMINDER_KINDS order. Someone without an e-mail
 *   (a named owner not linked to a person, a lead nobody can reach) gets nothing but is counted
 *   in `unlinked`. Closed plans ask nothing.
 */
export * from './reminderTypes';
export { DEFAULT_REMINDER_SETTINGS } from './reminderSettings';
export { planReminders } from './planReminders';
export { reminderKey } from './reminderKey';
export { sendableAt } from './sendWindow';
export { milestoneDueWindow } from './milestoneWindow';
export type { Sendable } from './sendWindow';
