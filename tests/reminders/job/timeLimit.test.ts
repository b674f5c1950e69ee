/**
 * @jest-environment node
 */
import { createSiteSp } from '../../../src/data/createSp';
import { silentLogger } from '../../../src/data/logger';
import { ReminderStore } from '../../../src/data/reminders/ReminderStore';
import { GraphOutbox } from '../../../src/local/graphOutbox';
import { localDeliverySettings } from '../../../src/local/localReminders';
import { IReminderGraph } from '../../../src/reminders/contracts';
import { ReminderGraph, virtualClock } from '../../../src/reminders/graph';
import { runReminders } from '../../../src/reminders/job/runReminders';
import { ReminderSite, seedReminderSite } from '../../data/reminders/reminderSiteHarness';
import { messagesPerRecipient, SENDER, startOutboxFor } from './jobHarness';

jest.setTimeout(120_000);

/**
 * A run near the Function's time limit stops cleanly and the next run carries on. 50 owners each
 * owe updates on Friday 6 July 2018 (T-7), sent in slices of 10; the wall clock is the test's,
 * and each slice's sends take 100 s on it (as a slice of e-mails paced at 30 a minute would take
 * minutes). With the deadline 250 s after the start: slice 1 runs 0–100 s, slice 2 100–200 s;
 * slice 3 would end at 300 s, past the deadline, so it does not start: 30 digests are left, and
 * none is left half sent. The next run sends those 30.
 */

const NOW = '2018-07-06T09:00:00+01:00';

describe('a run near its time limit', () => {
  let site: ReminderSite;
  let outbox: GraphOutbox;

  beforeAll(async () => {
    site = await seedReminderSite({ owners: 50, itemsPerOwner: 2, milestoneDue: '2018-09-30' });
    outbox = await startOutboxFor(site.owners.map((owner) => ({ email: owner.email, title: owner.title })));
  });

  afterAll(async () => {
    await outbox.close();
    await site.store.close();
  });

  test('starts no slice it could not finish, and the next run sends the rest', async () => {
    let wallMs = Date.parse('2018-07-06T08:00:00Z');
    const start = wallMs;
    const real = new ReminderGraph({ baseUrl: outbox.url, getAccessToken: () => Promise.resolve('test'), company: 'Test Council', senderMailbox: SENDER.address, clock: virtualClock() });
    const slowGraph: IReminderGraph = {
      lookUpUsers: (emails) => real.lookUpUsers(emails),
      sendActivities: async (requests) => {
        const outcomes = await real.sendActivities(requests);
        wallMs += 100_000;
        return outcomes;
      },
      sendMails: (requests) => real.sendMails(requests),
      stats: () => real.stats()
    };
    const run = (runId: string, deadline: number) => runReminders({
      store: new ReminderStore(createSiteSp({ siteUrl: site.store.siteUrl }), { logger: silentLogger }), graph: slowGraph, runId, sliceSize: 10, deadline,
      delivery: { ...localDeliverySettings('https://council.sharepoint.com/sites/tracker/SitePages/My-milestones.aspx'), sender: SENDER },
      clock: { planNow: () => new Date(NOW), wallClock: () => new Date(wallMs) }
    });

    const first = await run('first', start + 250_000);
    expect(first.report.planned).toBe(50);
    expect(first.report.sent.teams).toBe(20);
    expect(first.report.leftForNextRun).toBe(30);
    expect(outbox.messages()).toHaveLength(20);

    const next = await run('next', wallMs + 600_000);
    expect(next.report.planned).toBe(30);
    expect(next.report.sent.teams).toBe(30);
    expect(next.report.leftForNextRun).toBe(0);
    expect(Array.from(messagesPerRecipient(outbox).values()).every((count) => count === 1)).toBe(true);
    expect(messagesPerRecipient(outbox).size).toBe(50);
  });
});
