import { SPFI } from '@pnp/sp';
import { hasPendingChange } from '../domain/deadlineChanges';
import { DeadlineChangeRequest, MeasureValue, ReportingPeriod, Update } from '../domain/model';
import { periodKey } from '../domain/periods';
import { editableUpdateIndex } from '../domain/quarterlyDuties';
import { ConflictError, ValidationError } from './errors';
import { Stored } from './ITrackerRepository';
import { measureValueFromItem } from './mapping/measureMapping';
import { changeRequestFromItem, updateFromItem } from './mapping/updateMapping';
import { and, eq, idEq } from './odata';
import { readAll } from './queries/pagedReads';
import { storedAll } from './trackerMapping';

/**
 * Two people (an owner and a delegate, or one person in two tabs) can each start the same
 * action's update for a quarter, or the same measure's value for a period, without either
 * having read the other's. Adding a second one would leave two competing items; instead the
 * later writer gets the same ConflictError a stale ETag gives, with the first one's version and
 * id, so they compare and choose (SPEC §5.1 "nothing silently overwritten"). A deadline change
 * request has nothing to compare: a second one while the first waits is refused outright.
 */

export async function refuseSecondEditableUpdate(sp: SPFI, actionId: number, period: ReportingPeriod): Promise<void> {
  const items = await readAll(sp, { query: 'updatesOfAction', filter: and(idEq('Action', actionId), eq('PeriodKey', periodKey(period))) });
  const updates: Stored<Update>[] = storedAll(items, updateFromItem);
  const index = editableUpdateIndex(updates.map((stored) => stored.value), period);
  if (index >= 0) {
    const existing = updates[index];
    throw new ConflictError<Update>(existing.value, existing.etag, 'update', existing.id);
  }
}

/** A measure has one value per financial year and period (SPEC §3 Measure value). */
export async function refuseSecondMeasureValue(sp: SPFI, measureId: number, value: MeasureValue): Promise<void> {
  const items = await readAll(sp, { query: 'valuesOfMeasure', filter: idEq('Measure', measureId) });
  const existing = storedAll(items, measureValueFromItem)
    .filter((stored) => stored.value.financialYear === value.financialYear && stored.value.period === value.period)[0];
  if (existing) {
    throw new ConflictError<MeasureValue>(existing.value, existing.etag, 'measure value', existing.id);
  }
}

/** One request at a time per deadline: a second, while the first waits for the plan lead, would only compete with it. */
export async function refuseSecondPendingChange(sp: SPFI, actionId: number, request: DeadlineChangeRequest): Promise<void> {
  const items = await readAll(sp, { query: 'changeRequestsOfAction', filter: and(idEq('Action', actionId), eq('Decision', 'Pending')) });
  if (hasPendingChange(items.map(changeRequestFromItem), request.actionRef, request.milestoneTitle)) {
    const deadline = request.milestoneTitle ? `milestone "${request.milestoneTitle}"` : `action ${request.actionRef}`;
    throw new ValidationError([
      { field: 'requestedDate', message: `A request to move the deadline of ${deadline} is already waiting for the plan lead's decision.` }
    ]);
  }
}
