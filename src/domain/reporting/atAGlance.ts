import { ActionStatus, Objective, Rag } from '../model';
import { exactSharesByKey, percentagesByKey } from './largestRemainder';
import { objectiveOrder, unlistedObjectiveRefs } from './naturalOrder';
import {
  ACTION_BUCKETS,
  ActionBucket,
  ActionCounts,
  AtAGlance,
  AtAGlanceRow,
  MEASURE_BUCKETS,
  MeasureCounts,
  RowPercentages
} from './reportDocument';

/**
 * "Status at a glance" (SPEC §4.4): per objective, actions by status and measures by RAG for the
 * period, a total row, and each row's percentages of its own total. Counts only: statuses are
 * judged before this.
 */

/** An action's status for the report period, with the objective it counts under. */
export interface ActionStanding {
  objectiveRef: string;
  status: ActionStatus;
}

/** A measure's RAG for the report period, with the objective it counts under. */
export interface MeasureStanding {
  objectiveRef: string;
  rag: Rag;
}

/** The column an action status counts in: an update not yet due still counts as "no update". */
export function actionBucketOf(status: ActionStatus): ActionBucket {
  return status === 'AwaitingUpdate' ? 'NoUpdate' : status;
}

export function emptyActionCounts(): ActionCounts {
  return { Blue: 0, Green: 0, Amber: 0, Red: 0, NoUpdate: 0, NotDue: 0, Withdrawn: 0, total: 0 };
}

export function emptyMeasureCounts(): MeasureCounts {
  return { Green: 0, Amber: 0, Red: 0, NoTarget: 0, NoData: 0, NotDue: 0, total: 0 };
}

/** Counts action statuses by column. */
export function countActions(statuses: readonly ActionStatus[]): ActionCounts {
  const counts = emptyActionCounts();
  statuses.forEach((status) => {
    counts[actionBucketOf(status)] += 1;
    counts.total += 1;
  });
  return counts;
}

/** Counts measure RAGs by column. */
export function countMeasures(rags: readonly Rag[]): MeasureCounts {
  const counts = emptyMeasureCounts();
  rags.forEach((rag) => {
    counts[rag] += 1;
    counts.total += 1;
  });
  return counts;
}

/** A row's percentages (SPEC §6: per row total, largest remainder, summing to 100). */
export function rowPercentages(actions: ActionCounts, measures: MeasureCounts): RowPercentages {
  return { actions: percentagesByKey(actions, ACTION_BUCKETS), measures: percentagesByKey(measures, MEASURE_BUCKETS) };
}

/**
 * Builds the at-a-glance table. Rows follow the plan's objective order; an item whose objective
 * the plan does not list gets a row of its own after them (untitled), so rows always add up to
 * the total row.
 */
export function buildAtAGlance(
  objectives: readonly Objective[],
  actions: readonly ActionStanding[],
  measures: readonly MeasureStanding[]
): AtAGlance {
  const unlisted = unlistedObjectiveRefs(
    objectives,
    actions.map((action) => action.objectiveRef).concat(measures.map((measure) => measure.objectiveRef))
  );
  const order = objectiveOrder(objectives);
  const rowObjectives = objectives
    .map((objective) => ({ ref: objective.ref, title: objective.title }))
    .concat(unlisted.map((ref) => ({ ref, title: '' })))
    .filter((objective, index, all) => all.findIndex((other) => other.ref === objective.ref) === index)
    .sort((a, b) => order(a.ref, b.ref));

  const rows: AtAGlanceRow[] = rowObjectives.map((objective) => {
    const rowActions = countActions(actions.filter((action) => action.objectiveRef === objective.ref).map((action) => action.status));
    const rowMeasures = countMeasures(measures.filter((measure) => measure.objectiveRef === objective.ref).map((measure) => measure.rag));
    return {
      objectiveRef: objective.ref,
      objective: objective.title,
      actions: rowActions,
      measures: rowMeasures,
      percent: rowPercentages(rowActions, rowMeasures)
    };
  });

  const totalActions = countActions(actions.map((action) => action.status));
  const totalMeasures = countMeasures(measures.map((measure) => measure.rag));
  return {
    rows,
    total: { actions: totalActions, measures: totalMeasures },
    percent: rowPercentages(totalActions, totalMeasures),
    exact: {
      actions: exactSharesByKey(totalActions, ACTION_BUCKETS),
      measures: exactSharesByKey(totalMeasures, MEASURE_BUCKETS)
    }
  };
}
