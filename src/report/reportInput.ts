import { IsoDate } from '../domain/model';
import { ReportInput } from '../domain/reporting/buildReport';
import { ReportStrings } from '../domain/reporting/reportStrings';
import { updatesDueFor } from '../domain/reportingCalendar';
import { PlanTracker } from '../data/ITrackerRepository';

export interface ReportInputOptions {
  /** Overrides the reporting calendar's due date (e.g. a report run with another deadline). */
  updatesDue?: IsoDate;
  /** The language of headlines and challenge reasons; en-GB by default. */
  strings?: ReportStrings;
}

/** The domain report's input from a loaded tracker, judged as at `asOf`. */
export function reportInputOf(tracker: PlanTracker, asOf: IsoDate, options: ReportInputOptions = {}): ReportInput {
  const values = <T>(items: ReadonlyArray<{ value: T }>): T[] => items.map((item) => item.value);
  return {
    plan: tracker.plan.value,
    period: tracker.period,
    asOf,
    updatesDue: options.updatesDue || updatesDueFor(tracker.period, tracker.calendar),
    objectives: values(tracker.objectives),
    actions: values(tracker.actions),
    updates: values(tracker.updates),
    measures: values(tracker.measures),
    measureValues: values(tracker.measureValues),
    milestones: values(tracker.milestones),
    risks: values(tracker.risks),
    strings: options.strings
  };
}
