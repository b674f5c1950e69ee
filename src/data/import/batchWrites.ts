import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { LISTS, ListKey } from '../schema';
import { ItemJson, ItemProps } from '../mapping/fieldValues';
import { etagOf } from '../mapping/selection';

/**
 * List item writes sent in `$batch`es. SharePoint runs each part on its own (a batch is not a
 * transaction), so every part's outcome is reported separately.
 */

/** Parts per `$batch` request: well under SharePoint's limits and 2 MB bodies. */
export const WRITE_BATCH_SIZE = 100;

export type ItemWrite =
  | { kind: 'add'; list: ListKey; props: ItemProps }
  | { kind: 'update'; list: ListKey; id: number; etag: string; props: ItemProps }
  | { kind: 'delete'; list: ListKey; id: number; etag: string };

export type WriteOutcome = { ok: true; id: number; etag: string } | { ok: false; error: unknown };

function send(sp: SPFI, write: ItemWrite): Promise<{ id: number; etag: string }> {
  const items = sp.web.lists.getByTitle(LISTS[write.list].title).items;
  if (write.kind === 'add') {
    return items.add(write.props).then((added: ItemJson) => ({ id: added.Id as number, etag: etagOf(added) }));
  }
  const item = items.getById(write.id);
  if (write.kind === 'update') {
    return item.update(write.props, write.etag).then((result) => ({ id: write.id, etag: result.etag }));
  }
  return item.delete(write.etag).then(() => ({ id: write.id, etag: '' }));
}

/** Sends up to WRITE_BATCH_SIZE writes in one `$batch` and reports each one's outcome, in order. */
export async function writeBatch(sp: SPFI, writes: readonly ItemWrite[]): Promise<WriteOutcome[]> {
  const [batched, execute] = sp.batched({ maxRequests: WRITE_BATCH_SIZE });
  const outcomes = Promise.all(
    writes.map((write) => send(batched, write).then(
      (done): WriteOutcome => ({ ok: true, id: done.id, etag: done.etag }),
      (error: unknown): WriteOutcome => ({ ok: false, error })
    ))
  );
  try {
    await execute();
  } catch {
    // The batch request itself failed (throttled past its retries, network): each part's
    // promise rejects with that error, and the parts are reported as not written.
  }
  return outcomes;
}
