import { SPFI } from '@pnp/sp';
import { ReportingPeriod, Update } from '../domain/model';
import { periodKey } from '../domain/periods';
import { editableUpdateIndex } from '../domain/quarterlyDuties';
import { ConflictError } from './errors';
import { Stored } from './ITrackerRepository';
import { updateFromItem } from './mapping/updateMapping';
import { and, eq, idEq } from './odata';
import { readAll } from './queries/pagedReads';
import { storedAll } from './trackerMapping';

/**
 * Two people (an owner and a delegate) can each start the same action's update for a quarter
 * without either having read the other's. Adding a second one would leave two competing updates;
 * instead the later writer gets the same ConflictError a stale ETag gives, with the first one's
 * version, so they compare and choose (SPEC §5.1 "nothing silently overwritten").
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
