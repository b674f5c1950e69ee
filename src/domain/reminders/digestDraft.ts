import { IsoDate, ReportingPeriod } from '../model';
import { byMostOverdue, byNearest } from '../myMilestones/dueList';
import { ReminderKind, ReminderRow, ReminderSources } from './reminderTypes';

/** A digest a rule calls for, before the log is consulted; `email` is empty for someone not linked to a person. */
export interface DigestDraft<S extends ReminderSources> {
  recipient: { email: string; name: string };
  kind: ReminderKind;
  stage: string;
  period: ReportingPeriod;
  updatesDue?: IsoDate;
  rows: Array<ReminderRow<S>>;
}

/** The rows in the order "My milestones" lists them: overdue first, most overdue first; then nearest first. */
export function inListOrder<S extends ReminderSources>(rows: ReadonlyArray<ReminderRow<S>>): Array<ReminderRow<S>> {
  const overdue = rows.filter((row) => row.daysOverdue > 0).sort(byMostOverdue);
  const notYet = rows.filter((row) => row.daysOverdue === 0).sort(byNearest);
  return overdue.concat(notYet);
}
