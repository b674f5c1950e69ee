import { SPFI } from '@pnp/sp';
import { DeliveryOutcome } from '../../domain/reminders/reminderTypes';
import { ItemWrite, writeBatch, WRITE_BATCH_SIZE, WriteOutcome } from '../import/batchWrites';
import { ItemJson, textOf } from '../mapping/fieldValues';
import { etagOf } from '../mapping/selection';
import { eq } from '../odata';
import { groupsOf } from '../queries/idGroups';
import { PlannedRead, readGroupsBatched } from '../queries/pagedReads';
import { claimProps, LOG_COLUMNS, outcomeProps, takeoverProps } from './reminderLogMapping';
import { StoredDigest } from './reminderStoreTypes';

/**
 * Claims and outcomes in the Reminder Log, in `$batch`es of WRITE_BATCH_SIZE. The log's Title
 * (the digest's key) is unique, so of two runs adding the same key SharePoint lets one through;
 * the other finds the row and takes it over only when it is still Sending past its lease, with
 * the row's ETag, so of two runs taking over the same row one wins too.
 */

export interface Claim {
  runId: string;
  wallClock: Date;
  leaseSeconds: number;
}

export interface ClaimResult {
  /** The keys this run owns, with their log item ids (record writes to these). */
  owned: Map<string, number>;
  /** Keys neither added nor taken over for a reason other than another run's row (throttled past the retries …). */
  failed: Map<string, unknown>;
}

async function writeAll(sp: SPFI, writes: readonly ItemWrite[]): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = [];
  for (let start = 0; start < writes.length; start += WRITE_BATCH_SIZE) {
    outcomes.push(...(await writeBatch(sp, writes.slice(start, start + WRITE_BATCH_SIZE))));
  }
  return outcomes;
}

/** SharePoint's answer to an add whose Title another row holds (SPDuplicateValuesFoundException). */
export function isDuplicate(error: unknown): boolean {
  const failure = error as { status?: number; message?: string };
  return failure.status === 400 && /duplicate values|SPDuplicateValuesFound/i.test(failure.message || '');
}

/** The log's rows with these keys, with their ETags (reminderByKey: Title leads). */
export async function readLogRows(sp: SPFI, keys: readonly string[]): Promise<ItemJson[]> {
  if (keys.length === 0) {
    return [];
  }
  const reads = groupsOf(keys.map((key) => eq('Title', key))).map((filter): PlannedRead => ({ query: 'reminderByKey', filter, columns: LOG_COLUMNS, metadata: 'minimal' }));
  const [rows] = await readGroupsBatched(sp, [reads]);
  return rows;
}

function leaseRunOut(row: ItemJson, claim: Claim): boolean {
  if (textOf(row.DeliveryState) !== 'Sending') {
    return false;
  }
  const claimedAt = Date.parse(textOf(row.ClaimedAt) || '');
  // A Sending row with no claim time predates the column: nothing says a run still holds it.
  return isNaN(claimedAt) || claimedAt < claim.wallClock.getTime() - claim.leaseSeconds * 1000;
}

async function takeOver(sp: SPFI, digests: readonly StoredDigest[], claim: Claim, result: ClaimResult): Promise<void> {
  const rows = await readLogRows(sp, digests.map((digest) => digest.key));
  const byKey = new Map(digests.map((digest) => [digest.key, digest]));
  const ours = rows.filter((row) => byKey.has(textOf(row.Title) || '') && textOf(row.DeliveryState) === 'Sending' && textOf(row.RunId) === claim.runId);
  // Our own add, answered as a duplicate when a retried $batch had already gone through.
  ours.forEach((row) => result.owned.set(textOf(row.Title) as string, row.Id as number));
  const stale = rows.filter((row) => byKey.has(textOf(row.Title) || '') && ours.indexOf(row) < 0 && leaseRunOut(row, claim));
  const outcomes = await writeAll(sp, stale.map((row): ItemWrite => ({
    kind: 'update', list: 'reminderLog', id: row.Id as number, etag: etagOf(row), props: takeoverProps(byKey.get(textOf(row.Title) as string) as StoredDigest, claim)
  })));
  outcomes.forEach((outcome, index) => {
    // A 412 means another run took the row over first: theirs, not a failure.
    if (outcome.ok) {
      result.owned.set(textOf(stale[index].Title) as string, outcome.id);
    }
  });
}

export async function claimDigests(sp: SPFI, digests: readonly StoredDigest[], claim: Claim): Promise<ClaimResult> {
  const result: ClaimResult = { owned: new Map(), failed: new Map() };
  const adds = digests.map((digest): ItemWrite => ({ kind: 'add', list: 'reminderLog', props: claimProps(digest, claim) }));
  const outcomes = await writeAll(sp, adds);
  const taken: StoredDigest[] = [];
  outcomes.forEach((outcome, index) => {
    const digest = digests[index];
    if (outcome.ok) {
      result.owned.set(digest.key, outcome.id);
    } else if (isDuplicate(outcome.error)) {
      taken.push(digest);
    } else {
      result.failed.set(digest.key, outcome.error);
    }
  });
  if (taken.length > 0) {
    await takeOver(sp, taken, claim, result);
  }
  return result;
}

/**
 * Writes each outcome over its row (`ids`: the rows this run claimed; rows it did not claim are
 * found by key). Returns the keys whose outcome could not be written, with why.
 */
export async function recordOutcomes(
  sp: SPFI, outcomes: readonly DeliveryOutcome[], digests: ReadonlyMap<string, StoredDigest>, now: Date, ids: Map<string, number>
): Promise<Map<string, unknown>> {
  const writing = outcomes.map((outcome) => ({ outcome, props: outcomeProps(outcome, digests.get(outcome.key), now) })).filter((entry) => entry.props !== undefined);
  const unknownKeys = writing.map((entry) => entry.outcome.key).filter((key) => !ids.has(key));
  (await readLogRows(sp, unknownKeys)).forEach((row) => ids.set(textOf(row.Title) as string, row.Id as number));
  const failed = new Map<string, unknown>();
  const known = writing.filter((entry) => {
    if (!ids.has(entry.outcome.key)) {
      failed.set(entry.outcome.key, new Error(`The Reminder Log has no row "${entry.outcome.key}" to record its outcome on`));
    }
    return ids.has(entry.outcome.key);
  });
  // The row is this run's (claimed, or the key is unique): no ETag to compare, so '*'.
  const results = await writeAll(sp, known.map((entry): ItemWrite => ({ kind: 'update', list: 'reminderLog', id: ids.get(entry.outcome.key) as number, etag: '*', props: entry.props as Record<string, unknown> })));
  results.forEach((result, index) => {
    if (!result.ok) {
      failed.set(known[index].outcome.key, result.error);
    }
  });
  return failed;
}
