import { CalendarEntry, ReportingPeriod } from '../domain/model';
import { calendarEntryFor } from '../domain/reportingCalendar';
import { PlanTracker, Stored } from './ITrackerRepository';
import { actionFromItem, milestoneFromItem, objectiveFromItem, sortOrderOf } from './mapping/actionMapping';
import { ItemJson } from './mapping/fieldValues';
import { measureFromItem, measureValueFromItem } from './mapping/measureMapping';
import { planFromItem } from './mapping/planMapping';
import { calendarFromItem, riskFromItem } from './mapping/riskMapping';
import { etagOf } from './mapping/selection';
import { changeRequestFromItem, updateFromItem } from './mapping/updateMapping';
import { TrackerItems } from './queries/trackerReads';

/** Turns the items read for a tracker into domain values, each with its id and ETag. */

export function stored<T>(item: ItemJson, fromItem: (item: ItemJson) => T): Stored<T> {
  return { id: item.Id as number, etag: etagOf(item), value: fromItem(item) };
}

export function storedAll<T>(items: readonly ItemJson[], fromItem: (item: ItemJson) => T): Array<Stored<T>> {
  return items.map((item) => stored(item, fromItem));
}

/** Objectives in the plan's order: SortOrder when set, else the order they were created. */
export function byPlanOrder(a: ItemJson, b: ItemJson): number {
  const left = sortOrderOf(a);
  const right = sortOrderOf(b);
  if (left !== undefined && right !== undefined && left !== right) {
    return left - right;
  }
  return (a.Id as number) - (b.Id as number);
}

export function trackerOf(items: TrackerItems, period: ReportingPeriod): PlanTracker {
  const tracker: PlanTracker = {
    plan: stored(items.plan, planFromItem),
    period,
    objectives: storedAll(items.objectives.slice().sort(byPlanOrder), objectiveFromItem),
    actions: storedAll(items.actions, actionFromItem),
    milestones: storedAll(items.milestones, milestoneFromItem),
    measures: storedAll(items.measures, measureFromItem),
    measureValues: storedAll(items.measureValues, measureValueFromItem),
    updates: storedAll(items.updates, updateFromItem),
    risks: storedAll(items.risks, riskFromItem),
    changeRequests: storedAll(items.changeRequests, changeRequestFromItem)
  };
  const calendar: CalendarEntry | undefined = calendarEntryFor(items.calendar.map(calendarFromItem), period);
  if (calendar) {
    tracker.calendar = calendar;
  }
  return tracker;
}
