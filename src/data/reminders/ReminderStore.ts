import { SPFI } from '@pnp/sp';
import { IsoDate } from '../../domain/model';
import { DeliveryOutcome, ReminderInput } from '../../domain/reminders/reminderTypes';
import { guarded } from '../guard';
import { consoleLogger, ILogger } from '../logger';
import { reminderInputOf } from './reminderInputAssembly';
import { claimDigests, recordOutcomes } from './reminderLogWrites';
import { readReminderItems } from './reminderReads';
import { IReminderStore, StoredDigest, StoredReminderSources } from './reminderStoreTypes';

export interface ReminderStoreOptions {
  /** Where claims and outcomes that could not be written are logged (default: the console). */
  logger?: ILogger;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The reminder job's lists (SPEC §4.5): the planner's input read per plan, and the Reminder Log
 * written in batches. Node only (the job); build `sp` with createSiteSp. One instance per run: it
 * keeps the ids of the rows it claimed so recording outcomes reads nothing.
 */
export class ReminderStore implements IReminderStore {
  private readonly logger: ILogger;
  private readonly claimedIds = new Map<string, number>();

  public constructor(private readonly sp: SPFI, options: ReminderStoreOptions = {}) {
    this.logger = options.logger || consoleLogger;
  }

  public readReminderInput(today: IsoDate, milestonesDue?: { from: IsoDate; to: IsoDate }): Promise<ReminderInput<StoredReminderSources>> {
    return this.guard('readReminderInput', 'The reminders’ reads', async () => reminderInputOf(await readReminderItems(this.sp, today, milestonesDue)));
  }

  public claim(digests: readonly StoredDigest[], claim: { runId: string; wallClock: Date; leaseSeconds: number }): Promise<Set<string>> {
    return this.guard('claim', 'The Reminder Log', async () => {
      const result = await claimDigests(this.sp, digests, claim);
      result.owned.forEach((id, key) => this.claimedIds.set(key, id));
      if (result.failed.size > 0) {
        // Not ours this run: a row that did get written stays Sending, and a later run takes it over after the lease.
        this.logger.warn('ReminderStore.claim', `${result.failed.size} reminder(s) not claimed, left for a later run: ${this.summary(result.failed)}`);
      }
      return new Set(result.owned.keys());
    });
  }

  public record(outcomes: readonly DeliveryOutcome[], digests: ReadonlyMap<string, StoredDigest>, now: Date): Promise<void> {
    return this.guard('record', 'The Reminder Log', async () => {
      const failed = await recordOutcomes(this.sp, outcomes, digests, now, this.claimedIds);
      if (failed.size > 0) {
        throw new Error(`The Reminder Log did not take the outcome of ${failed.size} reminder(s); they stay Sending: ${this.summary(failed)}`);
      }
    });
  }

  private summary(failures: ReadonlyMap<string, unknown>): string {
    return Array.from(failures.entries()).slice(0, 5).map(([key, error]) => `${key} (${describe(error)})`).join('; ');
  }

  private guard<T>(method: string, what: string, work: () => Promise<T>): Promise<T> {
    return guarded(this.logger, `ReminderStore.${method}`, what, work);
  }
}
