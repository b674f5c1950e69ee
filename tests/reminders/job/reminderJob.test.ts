/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LISTS } from '../../../src/data/schema';
import { GraphOutbox } from '../../../src/local/graphOutbox';
import { ReminderSite, seedReminderSite } from '../../data/reminders/reminderSiteHarness';
import { messagesPerRecipient, runJob, startOutboxFor } from './jobHarness';

jest.setTimeout(300_000);

/**
 * The reminder job end to end (issue 15, "Done means"): 1,000 owners with 10,000 items (5
 * actions and 5 milestones each) in four plans, against the embedded store and the local Graph
 * outbox over HTTP. On Friday 6 July 2018 at 09:00 (BST), 2018-19 Q1's updates are due on Friday
 * 13 July (the 10th working day after 30 June), so it is the T-7 stage: every owner owes 5
 * updates, gets one digest listing them, and nothing else is due (the milestones fall due on
 * 30 September, T-7 being 23 September).
 */

const NOW = '2018-07-06T09:00:00+01:00';

describe('the reminder job on 1,000 owners with 10,000 items', () => {
  let site: ReminderSite;
  let outbox: GraphOutbox;

  beforeAll(async () => {
    site = await seedReminderSite({ owners: 1000, itemsPerOwner: 10, milestoneDue: '2018-09-30' });
    outbox = await startOutboxFor(site.owners.map((owner) => ({ email: owner.email, title: owner.title })));
  });

  afterAll(async () => {
    await outbox.close();
    await site.store.close();
  });

  beforeEach(async () => {
    outbox.clear();
    outbox.resetStats();
    outbox.setFaults({});
    const log = site.sp.web.lists.getByTitle(LISTS.reminderLog.title);
    const rows: Array<{ Id: number }> = await log.items.select('Id').top(5000)();
    for (const row of rows) await log.items.getById(row.Id).delete();
  });

  test('one digest each, in at most 60 Graph HTTP calls; the same day again sends nothing', async () => {
    const first = await runJob({ siteUrl: site.store.siteUrl, outbox, now: NOW });
    const perRecipient = messagesPerRecipient(outbox);
    expect(perRecipient.size).toBe(1000);
    expect(Array.from(perRecipient.values()).every((count) => count === 1)).toBe(true);
    expect(first.report.sent).toEqual({ teams: 1000, email: 0 });
    // 1,000 people looked up 15 a filter, 20 filters a $batch: 4 calls; 1,000 notifications 20 a $batch: 50.
    expect(outbox.stats().httpCalls).toBe(54);
    expect(first.report.graph.httpCalls).toBe(54);
    // Each digest lists its owner's 5 owed updates (the notification's {count}).
    const counts = outbox.messages().map((message) => (message.templateParameters || []).filter((p) => p.name === 'count')[0]?.value);
    expect(new Set(counts)).toEqual(new Set(['5']));
    // 1,000 notifications at 5 a second, after the first batch of 20: (1,000 − 20) / 5 = 196 s.
    expect(first.pacedSeconds).toBeGreaterThanOrEqual(196);
    expect(first.pacedSeconds).toBeLessThan(201);
    console.log(`1,000 owners, 10,000 items: ${first.report.graph.httpCalls} Graph HTTP calls (naive, one message per item: 10,000); ` +
      `${first.pacedSeconds.toFixed(0)} s at Graph's published rate for activity notifications`);

    outbox.resetStats();
    const again = await runJob({ siteUrl: site.store.siteUrl, outbox, now: '2018-07-06T15:00:00+01:00', runId: 'afternoon' });
    expect(again.report.planned).toBe(0);
    expect(again.report.alreadySent).toBe(1000);
    expect(outbox.messages()).toHaveLength(1000);
    expect(outbox.stats().httpCalls).toBe(0);
  });

  test('30% of Graph requests answered 429 with Retry-After: every digest delivered, none twice', async () => {
    outbox.setFaults({ failureRate: 0.3, status: 429, retryAfterSeconds: 2, seed: 7 });
    const run = await runJob({ siteUrl: site.store.siteUrl, outbox, now: NOW });
    expect(run.report.graph.throttled).toBeGreaterThan(0);
    const perRecipient = messagesPerRecipient(outbox);
    expect(perRecipient.size).toBe(1000);
    expect(Array.from(perRecipient.values()).every((count) => count === 1)).toBe(true);
    expect(run.report.sent.teams).toBe(1000);
    const states: Array<{ DeliveryState: string }> = await site.sp.web.lists.getByTitle(LISTS.reminderLog.title).items.select('DeliveryState').top(5000)();
    expect(states.filter((row) => row.DeliveryState === 'Sent')).toHaveLength(1000);
    console.log(`30% 429s: ${run.report.graph.throttled} throttled answers retried, ${run.report.graph.httpCalls} HTTP calls, ${run.pacedSeconds.toFixed(0)} s paced`);
  });
});
