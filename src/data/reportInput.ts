import { englandAndWalesBankHolidaysBetween } from '../domain/bankHolidays';
import { CalendarEntry, IsoDate, ReportingPeriod } from '../domain/model';
import { defaultUpdatesDue, startYearOf } from '../domain/periods';
import { ReportInput } from '../domain/reporting/buildReport';
import { PlanTracker } from './ITrackerRepository';

/**
 * The domain report's input from a loaded tracker: the updates-due date comes from the
 * reporting calendar when the period has an entry, else the default (10th working day after the
 * quarter, skipping England and Wales bank holidays).
 */
export function updatesDueOf(tracker: PlanTracker): IsoDate {
  return updatesDueFor(tracker.period, tracker.calendar);
}

/** The period's due date: its reporting calendar entry's when it has one, else the default rule. */
export function updatesDueFor(period: ReportingPeriod, calendar: CalendarEntry | undefined): IsoDate {
  if (calendar && calendar.updatesDue) {
    return calendar.updatesDue;
  }
  return defaultDue(period);
}

function defaultDue(period: ReportingPeriod): IsoDate {
  const year = startYearOf(period.financialYear);
  return defaultUpdatesDue(period, englandAndWalesBankHolidaysBetween(year, year + 1));
}

/** `updatesDue` overrides the calendar (e.g. a report run with another deadline). */
export function reportInputOf(tracker: PlanTracker, asOf: IsoDate, updatesDue?: IsoDate): ReportInput {
  const values = <T>(items: ReadonlyArray<{ value: T }>): T[] => items.map((item) => item.value);
  return {
    period: tracker.period,
    asOf,
    updatesDue: updatesDue || updatesDueOf(tracker),
    objectives: values(tracker.objectives),
    actions: values(tracker.actions),
    updates: values(tracker.updates),
    measures: values(tracker.measures),
    measureValues: values(tracker.measureValues),
    milestones: values(tracker.milestones),
    risks: values(tracker.risks)
  };
}
