import { Action, Measure, MeasureValue, Milestone, ReportingPeriod, Update } from '../../domain/model';
import { countedUpdates, decodeReportedStatuses, encodeReportedStatuses } from '../../domain/reporting/reportedStatuses';
import { dateOf, ItemJson, numberOf, personOf, textOf, TITLE_LIMIT, titleOf } from './fieldValues';
import { measureFromItem, measureValueFromItem } from './measureMapping';
import { withDefined } from './actionMapping';

/**
 * The report's narrow reads ↔ the domain. A report reads only the columns its figures and lists
 * use, without metadata, and lookups as ids (`ObjectiveId`), named from the plan's own items:
 * an action or milestone row is then a few hundred bytes, not a kilobyte. Updates are not read:
 * each action's ReportedStatuses column says what its updates count for.
 */

/*
 * FullTitle is not among them: it holds a title only when it is longer than Title's 255
 * characters, so it is read afterwards for the few items whose Title is that long (fullTitleReads).
 */

export const REPORT_ACTION_COLUMNS = {
  select: ['Id', 'Title', 'Ref', 'ObjectiveId', 'OwnerName', 'Owner/Id', 'Owner/EMail', 'StartDate', 'EndDate', 'ReportedStatuses'],
  expand: ['Owner']
};

/** Milestones not yet done: the only ones a report lists (overdue); DoneDate is then always empty. */
export const REPORT_MILESTONE_COLUMNS = {
  select: ['Id', 'Title', 'ActionId', 'OwnerName', 'Owner/Id', 'Owner/EMail', 'DueDate'],
  expand: ['Owner']
};

export const REPORT_MEASURE_COLUMNS = {
  select: ['Id', 'Title', 'FullTitle', 'Ref', 'ObjectiveId', 'FinancialYear', 'Unit', 'Polarity', 'Frequency', 'Aggregation', 'Target', 'TargetUpper', 'ToleranceKind',
    'ToleranceAmount', 'PriorYearActual', 'ComparatorLabel', 'Comparator', 'OwnerName', 'Owner/Id', 'Owner/Title', 'Owner/EMail', 'ServiceArea', 'DataSource'],
  expand: ['Owner']
};

export const REPORT_VALUE_COLUMNS = {
  select: ['Id', 'MeasureId', 'FinancialYear', 'ValuePeriod', 'Value', 'Note'],
  expand: [] as string[]
};

export const FULL_TITLE_COLUMNS = { select: ['Id', 'FullTitle'], expand: [] as string[] };

/** Items whose Title is as long as Title holds, so may have been cut short: their FullTitle must be read. */
export function cutShort(items: readonly ItemJson[]): number[] {
  return items.filter((item) => (textOf(item.Title) || '').length >= TITLE_LIMIT).map((item) => item.Id as number);
}

/** A measure as the report reads it: its objective named from the plan's objectives. */
export function reportMeasureFromItem(item: ItemJson, objectiveRefs: ReadonlyMap<number, string>): Measure {
  return measureFromItem({ ...item, Objective: { Ref: objectiveRefs.get(numberOf(item.ObjectiveId) as number) } });
}

/** A value as the report reads it: its measure's reference from the measures read with it. */
export function reportValueFromItem(item: ItemJson, measureRefs: ReadonlyMap<number, string>): MeasureValue {
  return measureValueFromItem({ ...item, Measure: { Ref: measureRefs.get(numberOf(item.MeasureId) as number) } });
}

/** An action as the report reads it: no service area, delegates, resource implications or evidence. */
export function reportActionFromItem(item: ItemJson, objectiveRefs: ReadonlyMap<number, string>): Action {
  const action: Action = {
    ref: textOf(item.Ref) || '',
    objectiveRef: objectiveRefs.get(numberOf(item.ObjectiveId) as number) || '',
    title: titleOf(item),
    owner: personOf(item, 'Owner', 'OwnerName') || { name: '' },
    delegates: []
  };
  return withDefined(action, { startDate: dateOf(item.StartDate), endDate: dateOf(item.EndDate) });
}

/** A milestone as the report reads it: no evidence. */
export function reportMilestoneFromItem(item: ItemJson, actionRefs: ReadonlyMap<number, string>): Milestone {
  const milestone: Milestone = { actionRef: actionRefs.get(numberOf(item.ActionId) as number) || '', title: titleOf(item), dueDate: dateOf(item.DueDate) || '' };
  return withDefined(milestone, { owner: personOf(item, 'Owner', 'OwnerName') });
}

/**
 * The updates the report counts for an action in `periods`, from its ReportedStatuses column;
 * an action whose column was never worked out (a site from before it) is worked out here from
 * `updates`, its own updates read for the purpose.
 */
export function reportUpdatesOf(item: ItemJson, periods: readonly ReportingPeriod[], updates: readonly Update[] | undefined): Update[] {
  const ref = textOf(item.Ref) || '';
  const column = textOf(item.ReportedStatuses) || (updates ? encodeReportedStatuses(updates) : undefined);
  return countedUpdates(ref, decodeReportedStatuses(column), periods);
}

/** Actions whose ReportedStatuses were never worked out, so their updates must be read. */
export function withoutReportedStatuses(actions: readonly ItemJson[]): number[] {
  return actions.filter((item) => !textOf(item.ReportedStatuses)).map((item) => item.Id as number);
}
