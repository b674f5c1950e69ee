import { DueItem, DueSources, PersonsDueWork } from '../myMilestones/dueTypes';
import { IsoDate, Objective, PersonRef, ReportingPeriod } from '../model';

/**
 * What the reminder planner (SPEC §4.5) reads and what it decides: who gets which digest now.
 * The planner is pure: the job reads the lists and the reminder log, passes "now", and sends
 * what comes back.
 */

/**
 * Why a digest is sent; each is one of the notifier app's activity types (src/teams/teamsApps.ts
 * ACTIVITY_TYPES holds the same strings, and a test keeps them equal).
 */
export const REMINDER_KINDS = [
  'updateDueSoon', 'updateOverdue', 'milestoneDueSoon', 'milestoneOverdue', 'escalationDigest', 'decisionsWaiting'
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** The planner's rules that a council may change; DEFAULT_REMINDER_SETTINGS holds SPEC §4.5's. */
export interface ReminderSettings {
  /** Sending is allowed from this hour (inclusive) to `quietFrom` (exclusive), Europe/London. */
  sendFromHour: number;
  quietFromHour: number;
  /** Days with no reminders besides weekends; England and Wales bank holidays when absent. */
  bankHolidays?: readonly IsoDate[];
  /** Calendar days before a milestone's due date for its "due soon" reminder. */
  milestoneDaysBefore: number;
  /** Working days a deadline change request waits before its decider is reminded. */
  decisionAfterWorkingDays: number;
  /** How far back a missed milestone or decision reminder is still sent (a job down for days). */
  catchUpDays: number;
}

/** An action as the planner needs it: the due list's fields plus where escalation goes. */
export interface ReminderSources extends DueSources {
  action: { value: DueSources['action']['value'] & { objectiveRef: string; owner: PersonRef } };
  request: { value: DueSources['request']['value']; requestedOn?: IsoDate };
}

/** A row of the reminder log as the planner reads it (the log's key is person + period + stage). */
export interface ReminderLogEntry {
  key: string;
  recipient: string;
  periodKey: string;
  stage: string;
  state: 'Sending' | 'Sent' | 'Failed';
  /** When the digest went (or was claimed): an ISO instant. */
  sentOn?: string;
}

/** Everything the planner reads: every person with work, the objectives' leads, and the log. */
export interface ReminderInput<S extends ReminderSources = ReminderSources> {
  /** One entry per person who owns or decides anything, with a display name. */
  people: Array<PersonsDueWork<S> & { name: string }>;
  /** Objectives of the open plans, for escalation to an objective's leads. */
  objectives: Array<{ plan: string; objective: Objective }>;
  /** The log's rows for the periods the plan may touch. */
  log: ReminderLogEntry[];
}

/** A row of a digest: the due list's row; in an escalation digest, with the owner who owes it. */
export type ReminderRow<S extends ReminderSources = ReminderSources> = DueItem<S> & { owner?: PersonRef };

/** One message to one person. */
export interface ReminderDigest<S extends ReminderSources = ReminderSources> {
  /** The reminder log's key (its Title): `email|periodKey|stage`, lower-case e-mail. */
  key: string;
  recipient: { email: string; name: string };
  period: ReportingPeriod;
  /** `updateDue14`, `updateOverdue`, `escalation`, `milestoneDueSoon 2018-04-10` … (≤ 32 characters). */
  stage: string;
  kind: ReminderKind;
  /** The quarterly updates' due date, for update and escalation digests. */
  updatesDue?: IsoDate;
  rows: Array<ReminderRow<S>>;
  /** The log already holds this key as Sending (a run stopped half way): the job decides. */
  resumed: boolean;
}

export type QuietReason = 'weekend' | 'bankHoliday' | 'outsideHours';

export interface ReminderPlan<S extends ReminderSources = ReminderSources> {
  /** The instant planned for, and its London date. */
  now: string;
  today: IsoDate;
  /** Set when nothing may be sent now, with the next instant something may. */
  quiet?: { reason: QuietReason; nextSendable: string };
  /** In recipient order (e-mail), then kind order. */
  digests: Array<ReminderDigest<S>>;
  /** Digests due now that the log says went already, for the dry run's table. */
  alreadySent: string[];
  /**
   * Who would have been reminded but has no e-mail (a named owner not linked to a person, or a
   * plan with no lead to escalate to: name empty), with how many rows per plan, so the dry run
   * can say who cannot be reached.
   */
  unlinked?: UnlinkedRecipient[];
}

/** A person the plan could not reach, per plan: `rows` counts the rows their digests would list. */
export interface UnlinkedRecipient {
  name: string;
  plan: string;
  rows: number;
}

/** How a digest went: the log's DeliveryState and Channel follow from it. */
export type DeliveryStatus =
  /** Graph accepted it. */
  | 'sent'
  /** The notifier app is not installed for the person: send an e-mail instead. */
  | 'notInstalled'
  /** Nobody to deliver to (not in the directory, disabled, no mailbox): recorded, never retried. */
  | 'unreachable'
  /** Graph may or may not have taken it (a 5xx or a dropped connection on a POST): left Sending, resent by a later run. */
  | 'unknown'
  /** Graph refused it for good (a 400): recorded as Failed with Graph's message. */
  | 'failed';

export interface DeliveryOutcome {
  key: string;
  channel: 'Teams' | 'Email';
  status: DeliveryStatus;
  /** Graph's error message, or why the person cannot be reached. */
  detail?: string;
}
