import { Action, IsoDate, Measure, MeasureValue, ReportingPeriod, Update, ValuePeriod } from './model';
import { comparePeriods, parseFinancialYear, parseQuarter, quarterBounds } from './periods';
import { isBlankText } from './richText';
import { countingUpdate, latestCountingUpdateBefore } from './status';

/**
 * What a person owes in a reporting period (SPEC §5.1): which actions and measures need them this
 * quarter, which are done, and which update their form edits. The web part's progress line
 * ("5 of 12 updates done") and its forms follow these rules.
 */

/**
 * An action owes an update unless it has not started by the quarter's end, or its latest earlier
 * update reported it Blue or Withdrawn (finished). An update written anyway reopens it.
 */
export function actionOwesUpdate(action: Pick<Action, 'ref' | 'startDate'>, updates: readonly Update[], period: ReportingPeriod): boolean {
  if (actionUpdateDone(updates, period)) {
    return true;
  }
  if (action.startDate && action.startDate > quarterBounds(period).end) {
    return false;
  }
  const previous = latestCountingUpdateBefore(updates, period);
  return !previous || (previous.status !== 'Blue' && previous.status !== 'Withdrawn');
}

/** Done once an update for the period is submitted or approved (drafts and returned ones are not). */
export function actionUpdateDone(updates: readonly Update[], period: ReportingPeriod): boolean {
  return countingUpdate(updates, period) !== undefined;
}

function inPeriod(update: Update, period: ReportingPeriod): boolean {
  const financialYear = parseFinancialYear(update.financialYear);
  const quarter = parseQuarter(update.quarter);
  return !!financialYear && !!quarter && comparePeriods({ financialYear, quarter }, period) === 0;
}

/**
 * The update the form edits: the period's latest update still in the owner's hands or awaiting
 * review (Draft, Returned, Submitted), unless an approved update came after it. An approved update
 * is never edited in place; the owner writes a new one, which then counts (SPEC §4.4).
 * @param updates - the action's updates, in the order they were recorded.
 */
export function editableUpdateIndex(updates: readonly Update[], period: ReportingPeriod): number {
  for (let index = updates.length - 1; index >= 0; index--) {
    if (inPeriod(updates[index], period)) {
      return updates[index].reviewState === 'Approved' ? -1 : index;
    }
  }
  return -1;
}

/** The value period a measure is entered for in a quarter: annual measures only at Q4. */
export function measureValuePeriod(measure: Measure, period: ReportingPeriod): ValuePeriod | undefined {
  if (measure.financialYear !== period.financialYear) {
    return undefined;
  }
  return measure.frequency === 'Annual' && period.quarter !== 'Q4' ? undefined : period.quarter;
}

/** The recorded value for the measure's period (the later record when there are two). */
export function recordedValueIndex(measure: Measure, values: readonly MeasureValue[], period: ReportingPeriod): number {
  const valuePeriod = measureValuePeriod(measure, period);
  for (let index = values.length - 1; index >= 0; index--) {
    const value = values[index];
    const matches = value.measureRef === measure.ref && value.financialYear === measure.financialYear;
    if (matches && (value.period === valuePeriod || (valuePeriod === 'Q4' && value.period === 'Annual'))) {
      return index;
    }
  }
  return -1;
}

/** A figure, or "no data" with its reason, counts as done. */
export function measureValueDone(measure: Measure, values: readonly MeasureValue[], period: ReportingPeriod): boolean {
  const index = recordedValueIndex(measure, values, period);
  if (index < 0) {
    return false;
  }
  const value = values[index];
  return (typeof value.value === 'number' && isFinite(value.value)) || !isBlankText(value.note);
}

export interface QuarterProgress {
  done: number;
  owed: number;
}

/** "5 of 12 updates done": owed actions and measures, and how many are done. */
export function quarterProgress(
  actions: ReadonlyArray<{ action: Action; updates: readonly Update[] }>,
  measures: ReadonlyArray<{ measure: Measure; values: readonly MeasureValue[] }>,
  period: ReportingPeriod
): QuarterProgress {
  let done = 0;
  let owed = 0;
  actions.forEach(({ action, updates }) => {
    if (actionOwesUpdate(action, updates, period)) {
      owed++;
      done += actionUpdateDone(updates, period) ? 1 : 0;
    }
  });
  measures.forEach(({ measure, values }) => {
    if (measureValuePeriod(measure, period)) {
      owed++;
      done += measureValueDone(measure, values, period) ? 1 : 0;
    }
  });
  return { done, owed };
}

/**
 * The update an added one would compete with (SPEC §5.1: nothing silently overwritten), or -1.
 * Owner and delegate, or one person in two tabs, may each start the period's update without
 * having read the other's: the second must meet the first, not sit beside it. An approved update
 * (an import's record) is history and competes with nothing.
 * @param existing - the action's updates of the period, in the order recorded.
 */
export function competingUpdateIndex(added: Pick<Update, 'reviewState'>, existing: readonly Update[], period: ReportingPeriod): number {
  return added.reviewState === 'Approved' ? -1 : editableUpdateIndex(existing, period);
}

/** Whether adding this update needs the period's updates read first (see competingUpdateIndex). */
export function mayCompete(added: Pick<Update, 'reviewState'>): boolean {
  return added.reviewState !== 'Approved';
}

/** Past the due date with updates still owed: the person is late with the quarter (the page says so). */
export function isQuarterLate(progress: QuarterProgress, updatesDue: IsoDate, today: IsoDate): boolean {
  return today > updatesDue && progress.done < progress.owed;
}

/**
 * When a measure's next value is due, for a card that has no box this quarter: an annual
 * measure's outturn is due at Q4 of its year; `undefined` when a value is due this quarter.
 */
export function nextValueDue(measure: Pick<Measure, 'frequency' | 'financialYear'>, period: ReportingPeriod): ReportingPeriod | undefined {
  if (measure.frequency !== 'Annual' || period.quarter === 'Q4') {
    return undefined;
  }
  return { financialYear: measure.financialYear, quarter: 'Q4' };
}
