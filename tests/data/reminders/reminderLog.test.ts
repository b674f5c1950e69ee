/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SPFI } from '@pnp/sp';
import { silentLogger } from '../../../src/data/logger';
import { ReminderStore } from '../../../src/data/reminders/ReminderStore';
import { StoredDigest } from '../../../src/data/reminders/reminderStoreTypes';
import { LISTS } from '../../../src/data/schema';
import { DeliveryOutcome } from '../../../src/domain/reminders/reminderTypes';
import { SharePointStore } from '../../../src/local/sharepointStore';
import { spAs, startStore } from '../repositoryHarness';

/**
 * Claims and outcomes in the Reminder Log, against the embedded store over HTTP (which refuses a
 * second row with the same Title and a save with a stale ETag, as SharePoint does). Runs claim
 * with a lease of 15 minutes; "wall clock" instants are written out.
 */

const LEASE = 900;
const T0 = new Date('2018-07-05T09:00:00Z');
const AFTER_LEASE = new Date('2018-07-05T09:15:01Z');
const WITHIN_LEASE = new Date('2018-07-05T09:14:59Z');

interface LogRow {
  Title: string;
  DeliveryState: string;
  RunId: string;
  ClaimedAt: string;
  Channel: string | null;
  SentOn: string | null;
  FailureReason: string | null;
  ItemCount: number;
  PeriodKey: string;
  Stage: string;
  Recipient: string;
}

/** `count` digests of 2018-19 Q1's T-14 stage for person<start>… person<start + count - 1>, with n + 1 rows each (n mod 3). */
function digests(start: number, count: number): StoredDigest[] {
  return Array.from({ length: count }, (_v, i) => {
    const email = `person${start + i}@council.gov.uk`;
    const rows = Array.from({ length: 1 + ((start + i) % 3) }, () => ({}) as StoredDigest['rows'][number]);
    return {
      key: `${email}|2018-19 Q1|updateDue14`, recipient: { email, name: `Person ${start + i}` }, period: { financialYear: '2018-19', quarter: 'Q1' },
      stage: 'updateDue14', kind: 'updateDueSoon', updatesDue: '2018-07-20', rows, resumed: false
    };
  });
}

function mapOf(list: readonly StoredDigest[]): Map<string, StoredDigest> {
  return new Map(list.map((digest) => [digest.key, digest]));
}

async function logRows(sp: SPFI): Promise<Map<string, LogRow>> {
  const rows: LogRow[] = await sp.web.lists.getByTitle(LISTS.reminderLog.title).items
    .select('Title', 'DeliveryState', 'RunId', 'ClaimedAt', 'Channel', 'SentOn', 'FailureReason', 'ItemCount', 'PeriodKey', 'Stage', 'Recipient').top(5000)();
  return new Map(rows.map((row) => [row.Title, row]));
}

function claimAs(store: SharePointStore, runId: string, list: readonly StoredDigest[], wallClock: Date): Promise<Set<string>> {
  return new ReminderStore(spAs(store), { logger: silentLogger }).claim(list, { runId, wallClock, leaseSeconds: LEASE });
}

describe('the Reminder Log: claims', () => {
  let store: SharePointStore;

  beforeEach(async () => {
    store = await startStore();
  });

  afterEach(() => store.close());

  test('writes each key as Sending with its recipient, period, stage, item count, claim time and run', async () => {
    const list = digests(0, 3);
    expect(await claimAs(store, 'run-a', list, T0)).toEqual(new Set(list.map((digest) => digest.key)));
    expect((await logRows(spAs(store))).get('person2@council.gov.uk|2018-19 Q1|updateDue14')).toMatchObject({
      Title: 'person2@council.gov.uk|2018-19 Q1|updateDue14', Recipient: 'person2@council.gov.uk', PeriodKey: '2018-19 Q1', Stage: 'updateDue14',
      DeliveryState: 'Sending', ItemCount: 3, ClaimedAt: '2018-07-05T09:00:00Z', RunId: 'run-a', Channel: null, SentOn: null, FailureReason: null
    });
  });

  test('two overlapping runs claiming the same 20 digests: each key is owned by exactly one, as its row says', async () => {
    const list = digests(0, 20);
    const [a, b] = await Promise.all([claimAs(store, 'run-a', list, T0), claimAs(store, 'run-b', list, T0)]);
    const both = list.map((digest) => digest.key).filter((key) => a.has(key) && b.has(key));
    const neither = list.map((digest) => digest.key).filter((key) => !a.has(key) && !b.has(key));
    expect([both, neither, a.size + b.size]).toEqual([[], [], 20]);
    const rows = await logRows(spAs(store));
    expect(rows.size).toBe(20);
    a.forEach((key) => expect((rows.get(key) as LogRow).RunId).toBe('run-a'));
    b.forEach((key) => expect((rows.get(key) as LogRow).RunId).toBe('run-b'));
  });

  test('a claim answered "duplicate" for rows its own run added (a retried $batch that had gone through) still owns them, within the lease', async () => {
    const list = digests(0, 5);
    await claimAs(store, 'run-a', list, T0);
    expect(await claimAs(store, 'run-a', list, WITHIN_LEASE)).toEqual(new Set(list.map((digest) => digest.key)));
    expect(await claimAs(store, 'run-b', list, WITHIN_LEASE)).toEqual(new Set());
  });

  test('a Sending row past its lease is taken over with the claim moved to the new run; one within it is not', async () => {
    const list = digests(0, 4);
    await claimAs(store, 'run-a', list, T0);
    expect(await claimAs(store, 'run-b', list, WITHIN_LEASE)).toEqual(new Set());
    expect(await claimAs(store, 'run-c', list, AFTER_LEASE)).toEqual(new Set(list.map((digest) => digest.key)));
    const row = (await logRows(spAs(store))).get(list[0].key) as LogRow;
    expect([row.RunId, row.ClaimedAt, row.DeliveryState]).toEqual(['run-c', '2018-07-05T09:15:01Z', 'Sending']);
    // run-c's claim is fresh again: a run a second later takes nothing.
    expect(await claimAs(store, 'run-d', list, new Date('2018-07-05T09:15:02Z'))).toEqual(new Set());
  });

  test('two runs taking over the same stale rows at once: the row’s ETag lets one through for each key', async () => {
    const list = digests(0, 20);
    await claimAs(store, 'run-a', list, T0);
    const [b, c] = await Promise.all([claimAs(store, 'run-b', list, AFTER_LEASE), claimAs(store, 'run-c', list, AFTER_LEASE)]);
    expect([list.filter((digest) => b.has(digest.key) === c.has(digest.key)).length, b.size + c.size]).toEqual([0, 20]);
  });

  test('Sent and Failed rows are never taken, however old; an unknown outcome left Sending is, after the lease', async () => {
    const list = digests(0, 3);
    const run = new ReminderStore(spAs(store), { logger: silentLogger });
    await run.claim(list, { runId: 'run-a', wallClock: T0, leaseSeconds: LEASE });
    await run.record([
      { key: list[0].key, channel: 'Teams', status: 'sent' },
      { key: list[1].key, channel: 'Email', status: 'failed', detail: 'Mailbox not found' },
      { key: list[2].key, channel: 'Teams', status: 'unknown', detail: 'Graph answered 504' }
    ], mapOf(list), new Date('2018-07-05T09:01:00Z'));
    expect(await claimAs(store, 'run-b', list, new Date('2019-01-01T09:00:00Z'))).toEqual(new Set([list[2].key]));
  });
});

describe('the Reminder Log: outcomes', () => {
  let store: SharePointStore;

  beforeAll(async () => {
    store = await startStore();
  });

  afterAll(() => store.close());

  test('sent → Sent with channel and time; unreachable and failed → Failed with the reason; notInstalled → Failed saying so; unknown stays Sending', async () => {
    const list = digests(100, 5);
    const run = new ReminderStore(spAs(store), { logger: silentLogger });
    await run.claim(list, { runId: 'run-a', wallClock: T0, leaseSeconds: LEASE });
    const outcomes: DeliveryOutcome[] = [
      { key: list[0].key, channel: 'Teams', status: 'sent' },
      { key: list[1].key, channel: 'Email', status: 'unreachable', detail: 'person101@council.gov.uk is not in the directory' },
      { key: list[2].key, channel: 'Email', status: 'failed', detail: 'ErrorInvalidRecipients' },
      { key: list[3].key, channel: 'Teams', status: 'notInstalled' },
      { key: list[4].key, channel: 'Teams', status: 'unknown' }
    ];
    await run.record(outcomes, mapOf(list), new Date('2018-07-05T09:02:03Z'));
    const rows = await logRows(spAs(store));
    const summary = list.map((digest) => {
      const row = rows.get(digest.key) as LogRow;
      return [row.DeliveryState, row.Channel, row.SentOn, row.FailureReason];
    });
    expect(summary).toEqual([
      ['Sent', 'Teams', '2018-07-05T09:02:03Z', null],
      ['Failed', 'Email', null, 'person101@council.gov.uk is not in the directory'],
      ['Failed', 'Email', null, 'ErrorInvalidRecipients'],
      ['Failed', 'Teams', null, 'The notifier app is not installed for the person, and no e-mail was sent instead.'],
      ['Sending', null, null, null]
    ]);
  });

  test('a run that did not claim the rows (another instance) finds them by key and records the outcome', async () => {
    const list = digests(200, 2);
    await claimAs(store, 'run-a', list, T0);
    const other = new ReminderStore(spAs(store), { logger: silentLogger });
    await other.record(list.map((digest): DeliveryOutcome => ({ key: digest.key, channel: 'Email', status: 'sent' })), mapOf(list), new Date('2018-07-05T09:05:00Z'));
    const rows = await logRows(spAs(store));
    expect(list.map((digest) => (rows.get(digest.key) as LogRow).DeliveryState)).toEqual(['Sent', 'Sent']);
  });

  test('an outcome for a key the log has no row for is an error naming the key', async () => {
    const list = digests(300, 1);
    const run = new ReminderStore(spAs(store), { logger: silentLogger });
    await expect(run.record([{ key: list[0].key, channel: 'Teams', status: 'sent' }], mapOf(list), T0)).rejects.toThrow('person300@council.gov.uk|2018-19 Q1|updateDue14');
  });

  test('claim and record of 1,000 digests: 10 $batch requests each (100 writes a batch)', async () => {
    const list = digests(1000, 1000);
    const run = new ReminderStore(spAs(store), { logger: silentLogger });
    store.resetStats();
    const owned = await run.claim(list, { runId: 'run-big', wallClock: T0, leaseSeconds: LEASE });
    const claimStats = store.stats();
    store.resetStats();
    await run.record(list.map((digest): DeliveryOutcome => ({ key: digest.key, channel: 'Teams', status: 'sent' })), mapOf(list), new Date('2018-07-05T09:30:00Z'));
    const recordStats = store.stats();
    console.log(`claim of 1,000 digests: ${claimStats.totalRequests} requests, ${claimStats.operations} operations, ${(claimStats.bytesIn / 1e3).toFixed(0)} KB sent; record: ${recordStats.totalRequests} requests, ${recordStats.operations} operations, ${(recordStats.bytesIn / 1e3).toFixed(0)} KB sent`);
    expect(owned.size).toBe(1000);
    expect([claimStats.routes, recordStats.routes]).toEqual([{ 'POST /_api/$batch': 10 }, { 'POST /_api/$batch': 10 }]);
    const rows = await logRows(spAs(store));
    expect(list.filter((digest) => (rows.get(digest.key) as LogRow).DeliveryState === 'Sent')).toHaveLength(1000);
  }, 60000);
});
