/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { InvocationContext, LogLevel, Timer } from '@azure/functions';
import { spawnSync } from 'child_process';
import { unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildFunctionApp } from '../../../scripts/functions/buildFunctionApp';
import { LISTS } from '../../../src/data/schema';
import { englandAndWalesBankHolidaysBetween } from '../../../src/domain/bankHolidays';
import { directoryFromPeople, GraphOutbox, startGraphOutbox } from '../../../src/local/graphOutbox';
import { TimerRunSummary } from '../../../src/reminders/functions/reminderTimer';
import { OBJECTIVE_LEAD, PLAN_LEAD, ReminderSite, seedReminderSite } from '../../data/reminders/reminderSiteHarness';

jest.setTimeout(300_000);

/**
 * The deployable Functions app (issue 15, "Done means"): `buildFunctionApp` makes what zip deploy
 * takes, and the BUILT bundle, loaded as the Functions host would load it, runs the reminder job
 * from its app settings against the embedded store and the local Graph outbox.
 *
 * Outside the Functions host, @azure/functions v4 has no `@azure/functions-core` to register
 * with: it says it is in "test mode" and skips `app.timer`'s registration, and the handler is
 * called directly, as here.
 *
 * The site: 3 owners with 4 items each (2 actions, 2 milestones due on Thursday 5 July 2018) in
 * plans covering 2017-18 to 2020-21.
 * - On the real clock (this test runs on any day, years after 2020-21), no plan collects updates
 *   any more and every milestone went overdue long before the 7-day catch-up: nothing is ever due,
 *   whatever the day; on a weekend, a bank holiday or outside 08:00–18:00 London the run is quiet.
 * - With REMINDER_NOW Friday 6 July 2018 09:00 BST: 2018-19 Q1's updates are due on Friday 13 July
 *   (the 10th working day after Saturday 30 June), so T-7 is today: `updateDue7` with each owner's
 *   2 actions; the milestones went overdue today (the day after 5 July): `milestoneOverdue
 *   2018-07-06` with the 2 milestones. 3 owners × 2 digests = 6: owner 1 has no Teams app, so
 *   their 2 go by e-mail and the other 4 in Teams.
 */

const PLANNED_FOR = '2018-07-06T09:00:00+01:00';

type TimerHandler = (timer: Timer, context: InvocationContext) => Promise<TimerRunSummary>;

interface Logged {
  level: LogLevel;
  text: string;
}

function contextLogging(logged: Logged[]): InvocationContext {
  return new InvocationContext({
    invocationId: 'test', functionName: 'reminders',
    logHandler: (level, ...args) => logged.push({ level, text: args.map(String).join(' ') })
  });
}

function timer(isPastDue: boolean): Timer {
  return {
    isPastDue, schedule: { adjustForDST: true },
    scheduleStatus: { last: '2018-07-06T07:00:00.000Z', next: '2018-07-06T08:00:00.000Z', lastUpdated: '2018-07-06T07:00:00.000Z' }
  };
}

/** Why the real clock is quiet now, by SPEC §4.5, or undefined when reminders may go. */
function quietNow(): string | undefined {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', hour: 'numeric', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date());
  const part = (type: string): string => (parts.filter((each) => each.type === type)[0] || { value: '' }).value;
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  if (part('weekday') === 'Sat' || part('weekday') === 'Sun') return 'weekend';
  if (englandAndWalesBankHolidaysBetween(Number(part('year')), Number(part('year'))).has(date)) return 'bankHoliday';
  const hour = Number(part('hour'));
  return hour < 8 || hour >= 18 ? 'outsideHours' : undefined;
}

describe('the reminder Function app', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'reminders-function-'));
  const appDir = join(outDir, 'app');
  const zipFile = join(outDir, 'performance-tracker-reminders.zip');
  let sizes: { bundleBytes: number; zipBytes: number; gzipBytes: number };
  let site: ReminderSite;
  let outbox: GraphOutbox;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    sizes = await buildFunctionApp(appDir, zipFile);
    site = await seedReminderSite({ owners: 3, itemsPerOwner: 4, milestoneDue: '2018-07-05' });
    const [owner0, owner1, owner2] = site.owners;
    outbox = await startGraphOutbox({
      quiet: true,
      directory: directoryFromPeople([
        { email: owner0.email, title: owner0.title },
        { email: owner1.email, title: owner1.title, teams: false },
        { email: owner2.email, title: owner2.title, language: 'cy-GB' },
        { email: PLAN_LEAD.email, title: PLAN_LEAD.title },
        { email: OBJECTIVE_LEAD.email, title: OBJECTIVE_LEAD.title },
        { email: 'performance@council.gov.uk', title: 'Performance Tracker', teams: false }
      ])
    });
    // The Function app's settings, as local mode gives them: store and outbox on 127.0.0.1.
    Object.assign(process.env, {
      TRACKER_SITE: site.store.siteUrl,
      TRACKER_GRAPH_URL: outbox.url,
      TRACKER_SENDER_MAILBOX: 'performance@council.gov.uk',
      TRACKER_MY_MILESTONES_URL: 'http://127.0.0.1/sites/tracker/SitePages/My-milestones.aspx',
      REMINDER_SCHEDULE: '0 0 7-17 * * 1-5'
    });
    delete process.env.REMINDER_NOW;
  });

  afterAll(async () => {
    process.env = savedEnv;
    await outbox?.close();
    await site?.store.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  test('the zip holds host.json, a package.json with no dependencies, and the bundle', () => {
    const files = unzipSync(readFileSync(zipFile));
    expect(Object.keys(files).filter((name) => !/LEGAL\.txt$/.test(name)).sort()).toEqual(['dist/index.js', 'host.json', 'package.json']);
    const host = JSON.parse(Buffer.from(files['host.json']).toString('utf8'));
    expect(host).toMatchObject({ version: '2.0', functionTimeout: '00:10:00' });
    const pkg = JSON.parse(Buffer.from(files['package.json']).toString('utf8'));
    expect(pkg.main).toBe('dist/index.js');
    expect(pkg.dependencies).toEqual({});
    expect(Buffer.from(files['dist/index.js']).equals(readFileSync(join(appDir, 'dist', 'index.js')))).toBe(true);
    expect(sizes.bundleBytes).toBe(files['dist/index.js'].length);
    console.log(`Reminder Function app: bundle ${(sizes.bundleBytes / 1024).toFixed(1)} KB (${(sizes.gzipBytes / 1024).toFixed(1)} KB gzip), zip ${(sizes.zipBytes / 1024).toFixed(1)} KB`);
  });

  test('plain Node loads the bundle outside the Functions host: @azure/functions goes to test mode and skips registering', () => {
    const run = spawnSync(process.execPath, ['-e', `const app = require(${JSON.stringify(join(appDir, 'dist', 'index.js'))}); console.log(typeof app.reminderTimer);`], {
      encoding: 'utf8', env: { PATH: process.env.PATH }
    });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('function');
    expect(run.stderr).toContain('Switching "@azure/functions" package to test mode');
    expect(run.stderr).toContain('Skipping call to register function "reminders"');
  });

  describe('the built timer handler', () => {
    let reminderTimer: TimerHandler;
    const warnings: string[] = [];

    beforeAll(() => {
      const warn = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => { warnings.push(args.map(String).join(' ')); });
      try {
        // eslint-disable-next-line @typescript-eslint/no-var-requires -- the built bundle, loaded as the host loads it
        reminderTimer = (require(join(appDir, 'dist', 'index.js')) as { reminderTimer: TimerHandler }).reminderTimer;
      } finally {
        warn.mockRestore();
      }
    });

    test('loading it registered the "reminders" timer with @azure/functions (skipped, as there is no host)', () => {
      expect(typeof reminderTimer).toBe('function');
      expect(warnings).toContain('WARNING: Skipping call to register function "reminders" because the "@azure/functions" package is in test mode.');
    });

    test('a late run on the real clock: the lateness warned, nothing due, quiet when the day or hour is', async () => {
      const logged: Logged[] = [];
      const before = quietNow();
      const summary = await reminderTimer(timer(true), contextLogging(logged));
      const after = quietNow();
      expect(summary.late).toBe(true);
      expect(summary.planned).toBe(0);
      expect(summary.sent).toEqual({ teams: 0, email: 0 });
      expect(Math.abs(Date.parse(summary.now) - Date.now())).toBeLessThan(60_000);
      if (before === after) expect(summary.quiet).toBe(before);
      expect(logged.filter((line) => line.level === 'warning').map((line) => line.text))
        .toContain('This run is late (isPastDue); it sends what is due now, which includes what the missed run would have sent.');
      expect(outbox.messages()).toEqual([]);
    });

    test('REMINDER_NOW a working day (local mode): the digests delivered to the outbox, the log Sent; the next run sends nothing', async () => {
      process.env.REMINDER_NOW = PLANNED_FOR;
      try {
        const logged: Logged[] = [];
        const summary = await reminderTimer(timer(false), contextLogging(logged));
        expect(summary).toEqual({ late: false, now: '2018-07-06T08:00:00.000Z', planned: 6, sent: { teams: 4, email: 2 }, leftForNextRun: 0 });
        expect(logged.filter((line) => line.level === 'warning')).toEqual([]);

        const [owner0, owner1, owner2] = site.owners.map((owner) => owner.email);
        expect(outbox.messages().map((message) => `${message.to} ${message.kind} ${message.activityType || message.subject}`).sort()).toEqual([
          `${owner0} activity milestoneOverdue`,
          `${owner0} activity updateDueSoon`,
          `${owner1} mail Milestones past their due date`,
          `${owner1} mail Quarterly updates for Q1 2018-19 due on 13 July 2018`,
          `${owner2} activity milestoneOverdue`,
          `${owner2} activity updateDueSoon`
        ]);
        // owner2's directory profile is Welsh.
        expect(outbox.messages().filter((message) => message.to === owner2 && message.activityType === 'updateDueSoon')[0].topic?.value)
          .toBe('Diweddariadau chwarterol ar gyfer Ch1 2018-19 yn ddyledus ar 13 Gorffennaf 2018');

        const rows: Array<{ Title: string; DeliveryState: string; ItemCount: number }> = await site.sp.web.lists.getByTitle(LISTS.reminderLog.title)
          .items.select('Title', 'DeliveryState', 'ItemCount').top(5000)();
        expect(rows.map((row) => `${row.Title} ${row.DeliveryState} ${row.ItemCount}`).sort()).toEqual([
          `${owner0}|2018-19 Q1|updateDue7 Sent 2`,
          `${owner0}|2018-19 Q2|milestoneOverdue 2018-07-06 Sent 2`,
          `${owner1}|2018-19 Q1|updateDue7 Sent 2`,
          `${owner1}|2018-19 Q2|milestoneOverdue 2018-07-06 Sent 2`,
          `${owner2}|2018-19 Q1|updateDue7 Sent 2`,
          `${owner2}|2018-19 Q2|milestoneOverdue 2018-07-06 Sent 2`
        ]);

        const again = await reminderTimer(timer(false), contextLogging([]));
        expect(again).toEqual({ late: false, now: '2018-07-06T08:00:00.000Z', planned: 0, sent: { teams: 0, email: 0 }, leftForNextRun: 0 });
        expect(outbox.messages()).toHaveLength(6);
      } finally {
        delete process.env.REMINDER_NOW;
      }
    });
  });
});
