import { IsoDate } from '../../domain/model';
import { DeliveryOutcome, ReminderDigest, ReminderInput, ReminderSources } from '../../domain/reminders/reminderTypes';

/** What the data layer hands the planner: the stored items, with their SharePoint ids. */
export interface StoredReminderSources extends ReminderSources {
  milestone: { id: number; etag: string; value: ReminderSources['milestone']['value'] };
  action: { id: number; value: ReminderSources['action']['value'] };
  request: { id: number; etag: string; value: ReminderSources['request']['value']; requestedOn?: IsoDate };
}

export type StoredDigest = ReminderDigest<StoredReminderSources>;

/** The reminder log, seen from the job (src/data/reminders/ReminderLogRepository). */
export interface IReminderStore {
  /**
   * The planner's input on `today`, across every open plan, with the log rows of the periods it
   * may touch; of the milestones not done, those due from `milestonesDue.from` to `.to` (the
   * planner's milestoneDueWindow), or all of them.
   */
  readReminderInput(today: IsoDate, milestonesDue?: { from: IsoDate; to: IsoDate }): Promise<ReminderInput<StoredReminderSources>>;
  /**
   * Claims digests for this run: writes each key as Sending (the log's Title is unique, so of
   * two overlapping runs one wins) and takes over a Sending row whose lease has run out (a run
   * that stopped half way), with its ETag. The lease runs on the wall clock, never the demo
   * clock or `--now`, as it is about runs overlapping in real time. Returns the keys this run now owns.
   */
  claim(digests: readonly StoredDigest[], claim: { runId: string; wallClock: Date; leaseSeconds: number }): Promise<Set<string>>;
  /** Writes each outcome: Sent (with channel, time, item count), Failed (with the reason), or leaves `unknown` Sending. */
  record(outcomes: readonly DeliveryOutcome[], digests: ReadonlyMap<string, StoredDigest>, now: Date): Promise<void>;
}
