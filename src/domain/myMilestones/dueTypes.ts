import { Action, ActionStatus, CalendarEntry, DeadlineChangeRequest, IsoDate, Milestone, PersonRef, Plan, ReportingPeriod, Update } from '../model';

/**
 * What the "My milestones" surface (SPEC §5.3) is built from and what it shows: one person's
 * items with a date that concerns them, each as a row of the due list.
 */

/** How far ahead "due soon" looks, in calendar days (today + 30 included). */
export const DUE_SOON_DAYS = 30;

/** What the due list reads of an action: its dates, to judge its end date and the update it owes. */
export type DueAction = Pick<Action, 'ref' | 'title' | 'startDate' | 'endDate'>;

/**
 * How the caller holds each kind of item (the data layer: with its id and ETag). The rows hand
 * the same objects back, so a quick action (mark a milestone done, decide a request) saves over
 * what was read.
 */
export interface DueSources {
  milestone: { value: Milestone };
  action: { value: DueAction };
  request: { value: DeadlineChangeRequest };
}

/** An action with its updates: those that count in earlier quarters and any of the quarter open for updates. */
export interface ActionWithUpdates<S extends DueSources = DueSources> {
  plan: string;
  action: S['action'];
  updates: Update[];
  /** The person owns it; otherwise it is here only for its milestones' sake (is it withdrawn?). */
  owned: boolean;
}

/** One person's work, as read for the due list. */
export interface PersonsDueWork<S extends DueSources = DueSources> {
  email: string;
  /** Every plan the items belong to, and those the person leads. */
  plans: Plan[];
  /** The reporting calendar's entries for the quarter open for updates and the current quarter. */
  calendar: CalendarEntry[];
  actions: Array<ActionWithUpdates<S>>;
  /** Milestones the person owns. */
  milestones: Array<{ plan: string; milestone: S['milestone'] }>;
  /** Deadline change requests in the plans the person leads, with the title of the action each is on. */
  changeRequests: Array<{ plan: string; request: S['request']; actionTitle: string }>;
}

/**
 * A row's status: a milestone is `NotDone`; an action's end date and an owed update show the
 * action's status for the quarter open for updates (an owed update is `AwaitingUpdate` until its
 * due date, `NoUpdate` after); a change request is `AwaitingDecision`.
 */
export type DueStatus = ActionStatus | 'NotDone' | 'AwaitingDecision';

export type DueKind = 'milestone' | 'actionEnd' | 'updateOwed' | 'changeRequest';

interface DueRow {
  kind: DueKind;
  plan: string;
  /** The action's reference (a milestone's or a request's action). */
  ref: string;
  title: string;
  dueDate: IsoDate;
  status: DueStatus;
  /** Whole days past the due date; 0 when not overdue. */
  daysOverdue: number;
  /** Whole days until the due date; 0 when due today or overdue. */
  daysUntilDue: number;
}

export interface MilestoneDue<S extends DueSources = DueSources> extends DueRow {
  kind: 'milestone';
  milestone: S['milestone'];
}

export interface ActionEndDue<S extends DueSources = DueSources> extends DueRow {
  kind: 'actionEnd';
  action: S['action'];
}

export interface UpdateOwedDue<S extends DueSources = DueSources> extends DueRow {
  kind: 'updateOwed';
  action: S['action'];
  /** The quarter the update is for. */
  period: ReportingPeriod;
}

export interface ChangeRequestDue<S extends DueSources = DueSources> extends DueRow {
  kind: 'changeRequest';
  request: S['request'];
  requestedDate: IsoDate;
  requester: PersonRef;
}

export type DueItem<S extends DueSources = DueSources> = MilestoneDue<S> | ActionEndDue<S> | UpdateOwedDue<S> | ChangeRequestDue<S>;

/** One plan's share of the list, in the list's order. */
export interface PlanDue<S extends DueSources = DueSources> {
  plan: string;
  overdue: Array<DueItem<S>>;
  dueSoon: Array<DueItem<S>>;
}

/** When the next quarterly updates are due: what the empty state says. */
export interface NextUpdates {
  period: ReportingPeriod;
  due: IsoDate;
}

export interface DueList<S extends DueSources = DueSources> {
  today: IsoDate;
  /** Most days overdue first. */
  overdue: Array<DueItem<S>>;
  /** Due today up to DUE_SOON_DAYS ahead (change requests whatever their date), nearest first. */
  dueSoon: Array<DueItem<S>>;
  /** The same rows by plan, the plan with the most pressing row first. */
  byPlan: Array<PlanDue<S>>;
  nextUpdates: NextUpdates;
}
