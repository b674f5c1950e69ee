import { SPFI } from '@pnp/sp';
import { ListKey } from '../schema';
import { ItemProps } from '../mapping/fieldValues';
import { ItemWrite, WRITE_BATCH_SIZE, writeBatch } from './batchWrites';

/**
 * The import's undo log. SharePoint's `$batch` is not a transaction, so every write that
 * succeeds records how to reverse it: delete what was created; put back the previous values of
 * what was changed, with `If-Match` on the ETag our write produced (so an edit made by someone
 * else since is never overwritten). On failure the log runs newest first, itself batched,
 * retrying throttled undo writes.
 */

interface UndoEntry {
  list: ListKey;
  id: number;
  etag: string;
  /** Absent for created items (undone by deleting them). */
  previous?: ItemProps;
}

const UNDO_ATTEMPTS = 6;

function statusOf(error: unknown): number | undefined {
  return (error as { status?: number }).status;
}

function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status === 429 || status === 503 || status === 504;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class CompensationLog {
  private readonly entries: UndoEntry[] = [];

  public created(list: ListKey, id: number, etag: string): void {
    this.entries.push({ list, id, etag });
  }

  public updated(list: ListKey, id: number, etag: string, previous: ItemProps): void {
    this.entries.push({ list, id, etag, previous });
  }

  public get size(): number {
    return this.entries.length;
  }

  /**
   * Undoes every logged write, newest first. Resolves with the number of writes that could not
   * be undone (0 when the lists are back as they were).
   */
  public async undo(sp: SPFI, retryDelayMs: number = 500): Promise<number> {
    let pending: ItemWrite[] = this.entries
      .slice()
      .reverse()
      .map((entry): ItemWrite => entry.previous
        ? { kind: 'update', list: entry.list, id: entry.id, etag: entry.etag, props: entry.previous }
        : { kind: 'delete', list: entry.list, id: entry.id, etag: entry.etag });
    for (let attempt = 1; attempt <= UNDO_ATTEMPTS && pending.length > 0; attempt += 1) {
      const retry: ItemWrite[] = [];
      let failed = 0;
      for (let start = 0; start < pending.length; start += WRITE_BATCH_SIZE) {
        const chunk = pending.slice(start, start + WRITE_BATCH_SIZE);
        const outcomes = await writeBatch(sp, chunk);
        outcomes.forEach((outcome, index) => {
          if (outcome.ok || statusOf(outcome.error) === 404) {
            return; // undone, or already gone
          }
          if (isTransient(outcome.error)) {
            retry.push(chunk[index]);
          } else {
            failed += 1;
          }
        });
      }
      if (retry.length === 0) {
        return failed;
      }
      pending = retry;
      if (attempt < UNDO_ATTEMPTS) {
        await wait(retryDelayMs * attempt);
      } else {
        return failed + retry.length;
      }
    }
    return 0;
  }
}
