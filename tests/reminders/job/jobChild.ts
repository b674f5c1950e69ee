import { createSiteSp } from '../../../src/data/createSp';
import { silentLogger } from '../../../src/data/logger';
import { ReminderStore } from '../../../src/data/reminders/ReminderStore';
import { localDeliverySettings } from '../../../src/local/localReminders';
import { ReminderGraph } from '../../../src/reminders/graph';
import { runReminders } from '../../../src/reminders/job/runReminders';

/**
 * The reminder job in a child process, for the test that kills it with SIGKILL part way:
 * `tsx jobChild.ts <siteUrl> <graphUrl> <now> <runId>`. It sends in slices of 10 on real time,
 * paced fast, and prints a line after each slice so the test can kill it mid-run.
 */
async function main(): Promise<void> {
  const [siteUrl, graphUrl, now, runId] = process.argv.slice(2);
  const graph = new ReminderGraph({
    baseUrl: graphUrl, getAccessToken: () => Promise.resolve('test'), company: 'Test Council', senderMailbox: 'performance@council.gov.uk',
    rates: { activity: 20, mail: 20, users: 1000 }
  });
  await runReminders({
    store: new ReminderStore(createSiteSp({ siteUrl }), { logger: silentLogger }), graph, runId, sliceSize: 10,
    delivery: { ...localDeliverySettings('https://council.sharepoint.com/sites/tracker/SitePages/My-milestones.aspx'), sender: { name: 'Performance Tracker', address: 'performance@council.gov.uk' } },
    clock: { planNow: () => new Date(now), wallClock: () => new Date() },
    progress: (line) => process.stdout.write(`${line}\n`)
  });
  process.stdout.write('done\n');
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
