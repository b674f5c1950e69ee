import { SPFI } from '@pnp/sp';
import { changeRequestProblem } from '../domain/deadlineChanges';
import { competingValueIndex } from '../domain/measureValues';
import { DeadlineChangeRequest, MeasureValue, Plan, ReportingPeriod, Update } from '../domain/model';
import { periodKey } from '../domain/periods';
import { competingUpdateIndex } from '../domain/quarterlyDuties';
import { ConflictError, ValidationError } from './errors';
import { Stored } from './ITrackerRepository';
import { measureValueFromItem } from './mapping/measureMapping';
import { changeRequestFromItem, updateFromItem } from './mapping/updateMapping';
import { and, eq, idEq } from './odata';
import { readAll } from './queries/pagedReads';
import { storedAll } from './trackerMapping';

/**
 * Reads what an added item would compete with and applies the domain's rule: a second editable
 * update for an action's period, or a second value for a measure's period, meets the first as the
 * same ConflictError a stale ETag gives, with its version and id, so the writer compares and
 * chooses (SPEC §5.1 "nothing silently overwritten"). A deadline change request has nothing to
 * compare: one the plan or a waiting request rules out is refused outright.
 */

function throwConflict<T>(existing: Stored<T> | undefined, what: string): void {
  if (existing) {
    throw new ConflictError<T>(existing.value, existing.etag, what, existing.id);
  }
}

export async function refuseCompetingUpdate(sp: SPFI, actionId: number, update: Update): Promise<void> {
  const period: ReportingPeriod = { financialYear: update.financialYear, quarter: update.quarter };
  const items = await readAll(sp, { query: 'updatesOfAction', filter: and(idEq('Action', actionId), eq('PeriodKey', periodKey(period))) });
  const updates: Stored<Update>[] = storedAll(items, updateFromItem);
  throwConflict(updates[competingUpdateIndex(update, updates.map((stored) => stored.value), period)], 'update');
}

export async function refuseCompetingMeasureValue(sp: SPFI, measureId: number, value: MeasureValue): Promise<void> {
  const items = await readAll(sp, { query: 'valuesOfMeasure', filter: idEq('Measure', measureId) });
  const values = storedAll(items, measureValueFromItem);
  throwConflict(values[competingValueIndex(values.map((stored) => stored.value), value)], 'measure value');
}

function refuseIf(problem: ReturnType<typeof changeRequestProblem>): void {
  if (problem) {
    throw new ValidationError([problem]);
  }
}

/** A plan without change requests refuses before anything is read; otherwise the action's waiting requests are read and checked. */
export async function refuseChangeRequest(sp: SPFI, plan: Plan, actionId: number, request: DeadlineChangeRequest): Promise<void> {
  refuseIf(changeRequestProblem(plan, [], request));
  const items = await readAll(sp, { query: 'changeRequestsOfAction', filter: and(idEq('Action', actionId), eq('Decision', 'Pending')) });
  refuseIf(changeRequestProblem(plan, items.map(changeRequestFromItem), request));
}
