/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { existsSync, readFileSync } from 'fs';
import { Socket } from 'net';
import { join } from 'path';
import { temporaryDir, tracker } from './support';
import { createSiteSp } from '../../src/data/createSp';
import { LISTS } from '../../src/data/schema';
import { DEMO_PEOPLE } from '../../src/local/demoData/demoOverlay';
import { DemoSite, startDemoSite } from '../../src/local/demoSite';
import { OutboxMessage } from '../../src/local/graphOutbox';
import { OUTBOX_FILE } from '../../src/local/localReminders';
import { ReminderPlanJson } from '../../src/reminders/job/planJson';
import { loadMyMilestones } from '../../src/report/loadMyMilestones';

jest.setTimeout(180_000);

/**
 * `tracker remind` (SPEC §4.5, §6; issue 15) against local mode's demo site, on its demo clock:
 * Monday 6 April 2020, 09:00 in London.
 *
 * Why these seven digests (worked out from src/local/demoData, not from the job's output):
 * - 2019-20 Q4 ended on Tuesday 31 March 2020. Its updates are due on the 10th working day after
 *   (SPEC §4.1): 1, 2, 3, 6, 7, 8, 9 April (Good Friday 10 and Easter Monday 13 April are bank
 *   holidays), 14, 15, 16 → Thursday 16 April. T-14 is Thursday 2 April, T-7 Thursday 9 April,
 *   T-2 Tuesday 14 April; on 6 April only T-14 has come, so each owner still owing an update gets
 *   `updateDue14` (the stage missed on 2 April goes at the next run; nothing was logged before).
 * - Who owes: the first name in an action's Owner cell owns it (the rest are delegates). The
 *   overlay makes Alec Clark CA1, Jan Coles ALN1, Caroline Rees CR and the Chief Education
 *   Officer HoS in the Estyn plan; Jan Coles is named in the SEP's 2018-19 file.
 *   · Alec (CA1 first): R1.a.1 and R1.b.1; R1.a.1's Q4 update was submitted on 3 April → 1 owed, R1.b.1.
 *   · Caroline (CR first): R2.a.1, R2.b.1–R2.b.4, R2.c.1–R2.c.3, R2.d.3 (9); Jan submitted R2.c.1's
 *     update as its delegate on 2 April, which pays it → 8 owed.
 *   · Chief Education Officer (HoS first): R2.a.2, R2.a.3, R3.a.1–4, R3.b.1, R3.b.2, R3.b.4–8,
 *     R3.c.1–6 and R4.e.1 ("HoS / HTC") → 20 owed.
 *   · Jan (ALN1 first: R1.e.1, R1.f.1; SEP: 1.d., 3.c., 4.x., whose 2018-19 Q4 statuses are Amber,
 *     so they are still reported): 3.c.'s Q4 update was submitted on 3 April → 4 owed.
 *   · The SEP Coordinator, the Cabinet Member and the Visitor own nothing.
 * - Milestones are overdue from the day after their due date, and the overdue digest goes on the
 *   first working day after that, within the 7-day catch-up (send days after Monday 30 March, up
 *   to today). The Estyn milestones give months only, which mean the month's last day: "Mar 2020"
 *   is 31 March, overdue from Wednesday 1 April: in. "Feb 2020" (29 February) went overdue on
 *   Sunday 1 March, sent Monday 2 March: outside the catch-up. "Apr 2020" is not due yet, and
 *   its T-7 (23 April) has not come. A milestone with no owner of its own is its action's owner's.
 *   March 2020 milestones: R1.b.1 (1, Alec), R1.e.1 (1, Jan), R2.b.1 (2), R2.b.4 (1) and
 *   R2.d.3 (2) for Caroline (5); R1.d.1, R1.h.1, R1.h.2, R4.a.4 belong to SCA, PEP, SSMT and ST,
 *   whom nobody plays. The Chief Education Officer's actions have no March milestone.
 * - Caroline's deadline change request (asked on the demo day) waits 2 working days before the plan
 *   lead is reminded; escalation waits 3 working days after 16 April.
 */

const ALEC = 'alec.clark@powys.example';
const CAROLINE = 'caroline.rees@powys.example';
const CHIEF = 'chief.education.officer@powys.example';
const JAN = 'jan.coles@powys.example';
const ESTYN = 'Powys Education Services: Post Inspection Action Plan 2019';
const DEMO_DAY = '2020-04-06';

function outboxOf(dir: string): OutboxMessage[] {
  const file = join(dir, OUTBOX_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as OutboxMessage);
}

/** The table's rows: recipient, reminder, item count. */
function tableRows(stdout: string): string[][] {
  return stdout.split('\n').slice(2).filter((line) => /@/.test(line) && !/^Not linked/.test(line))
    .map((line) => line.split(/\s{2,}/).slice(0, 3));
}

describe('tracker remind on the demo site (Monday 6 April 2020)', () => {
  const dir = temporaryDir();
  const site = ['--site', dir.path];

  beforeAll(async () => {
    const demo = await startDemoSite({ dir: dir.path });
    await demo.close();
  });

  afterAll(() => dir.remove());

  test('--dry-run: the seven digests due, as a table; nothing sent or written', async () => {
    const run = await tracker(['remind', '--dry-run', ...site]);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(tableRows(run.stdout)).toEqual([
      [ALEC, 'updateDue14', '1'],
      [ALEC, 'milestoneOverdue 2020-04-06', '1'],
      [CAROLINE, 'updateDue14', '8'],
      [CAROLINE, 'milestoneOverdue 2020-04-06', '5'],
      [CHIEF, 'updateDue14', '20'],
      [JAN, 'updateDue14', '4'],
      [JAN, 'milestoneOverdue 2020-04-06', '1']
    ]);
    expect(run.stdout).toMatch(/^Recipient\s+Reminder\s+Items\s+Actions$/m);
    expect(run.stdout).toContain(`${ALEC}               updateDue14                  1      R1.b.1\n`);
    expect(run.stdout).toMatch(new RegExp(`^${JAN}\\s+updateDue14\\s+4\\s+1\\.d\\., 4\\.x\\., R1\\.e\\.1, R1\\.f\\.1$`, 'm'));
    // Caroline's 5 overdue milestones are on 3 actions.
    expect(run.stdout).toMatch(new RegExp(`^${CAROLINE}\\s+milestoneOverdue 2020-04-06\\s+5\\s+R2\\.b\\.1, R2\\.b\\.4, R2\\.d\\.3$`, 'm'));
    expect(run.stdout).toContain('7 digests due on 2020-04-06; 0 sent before.');
    expect(outboxOf(dir.path)).toEqual([]);
  });

  test('--format json: the plan; every update digest lists exactly the updates My milestones shows as owed', async () => {
    const run = await tracker(['remind', '--dry-run', '--format', 'json', ...site]);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as ReminderPlanJson;
    expect(plan.today).toBe(DEMO_DAY);
    expect(plan.quiet).toBeNull();
    expect(plan.alreadySent).toEqual([]);
    expect(plan.digests.map((digest) => digest.key)).toEqual([
      `${ALEC}|2019-20 Q4|updateDue14`,
      `${ALEC}|2020-21 Q1|milestoneOverdue 2020-04-06`,
      `${CAROLINE}|2019-20 Q4|updateDue14`,
      `${CAROLINE}|2020-21 Q1|milestoneOverdue 2020-04-06`,
      `${CHIEF}|2019-20 Q4|updateDue14`,
      `${JAN}|2019-20 Q4|updateDue14`,
      `${JAN}|2020-21 Q1|milestoneOverdue 2020-04-06`
    ]);
    const alecsUpdate = plan.digests[0];
    expect(alecsUpdate).toMatchObject({
      recipient: { email: ALEC, name: 'Alec Clark' }, period: '2019-20 Q4', stage: 'updateDue14', kind: 'updateDueSoon', updatesDue: '2020-04-16', resumed: false
    });
    // Due on 16 April, ten days from the 6th.
    expect(alecsUpdate.rows).toEqual([expect.objectContaining({ kind: 'updateOwed', plan: ESTYN, ref: 'R1.b.1', dueDate: '2020-04-16', daysOverdue: 0, daysUntilDue: 10 })]);
    // 31 March to 6 April: 6 days overdue.
    expect(plan.digests[1].rows).toEqual([expect.objectContaining({ kind: 'milestone', plan: ESTYN, ref: 'R1.b.1', dueDate: '2020-03-31', daysOverdue: 6 })]);

    const reminded = new Map<string, Set<string>>();
    plan.digests.filter((digest) => digest.kind === 'updateDueSoon' || digest.kind === 'updateOverdue').forEach((digest) => {
      reminded.set(digest.recipient.email, new Set(digest.rows.filter((row) => row.kind === 'updateOwed').map((row) => `${row.plan}|${row.ref}`)));
    });
    const demo: DemoSite = await startDemoSite({ dir: dir.path });
    try {
      for (const person of DEMO_PEOPLE) {
        const tab = await loadMyMilestones(demo.repositoryAs(person.email), { email: person.email, today: DEMO_DAY });
        const owed = new Set(tab.overdue.concat(tab.dueSoon).filter((row) => row.kind === 'updateOwed').map((row) => `${row.plan}|${row.ref}`));
        expect({ person: person.email, owed: Array.from(owed).sort() })
          .toEqual({ person: person.email, owed: Array.from(reminded.get(person.email) || []).sort() });
      }
    } finally {
      await demo.close();
    }
    expect(reminded.get(CHIEF)?.size).toBe(20);
  });

  test('without --dry-run: 5 in Teams, 2 by e-mail, in the outbox and the Reminder Log; Welsh for Caroline, Welsh first for Alec; a second run sends nothing', async () => {
    const run = await tracker(['remind', ...site]);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Reminders on 2020-04-06: 7 due, 5 sent in Teams, 2 by e-mail, 0 sent before, 0 held by another run.');

    const messages = outboxOf(dir.path);
    expect(messages).toHaveLength(7);
    // Alec has no Teams app (demoOverlay.json "teams": false): e-mail. Everyone else: Teams.
    expect(messages.map((message) => `${message.to} ${message.kind}`).sort()).toEqual([
      `${ALEC} mail`, `${ALEC} mail`,
      `${CAROLINE} activity`, `${CAROLINE} activity`,
      `${CHIEF} activity`,
      `${JAN} activity`, `${JAN} activity`
    ]);
    // Stamped with the demo clock: the messages arrived on the demo day.
    expect(messages.every((message) => message.at.slice(0, 10) === DEMO_DAY)).toBe(true);

    // Caroline's profile is cy-GB: her notifications are in Welsh only.
    const caroline = messages.filter((message) => message.to === CAROLINE);
    const carolinesUpdates = caroline.filter((message) => message.activityType === 'updateDueSoon')[0];
    expect(carolinesUpdates.topic?.value).toMatch(/^Diweddariadau chwarterol ar gyfer .* yn ddyledus ar .*Ebrill 2020$/);
    // 8 takes the plural category "other" in Welsh: "8 diweddariad", not mutated.
    // The preview is the intro, cut at a word to Graph's 150 characters.
    expect(carolinesUpdates.previewText).toMatch(/^Mae eich diweddariadau chwarterol ar gyfer Ch4 2019-20 yn ddyledus ar 16 Ebrill 2020, ymhen 10 diwrnod\. Mae gennych 8 diweddariad heb eu hysgrifennu/);
    expect((carolinesUpdates.previewText || '').length).toBeLessThanOrEqual(150);
    const carolinesMilestones = caroline.filter((message) => message.activityType === 'milestoneOverdue')[0];
    expect(carolinesMilestones.topic?.value).toBe("Cerrig milltir sydd wedi mynd heibio i'r dyddiad dyledus");
    expect(carolinesMilestones.previewText).toMatch(/^Mae gennych 5 carreg filltir sydd wedi mynd heibio/);
    // Jan's are in English.
    expect(messages.filter((message) => message.to === JAN && message.activityType === 'updateDueSoon')[0].topic?.value).toMatch(/^Quarterly updates for .* due on/);

    // The demo council is bilingual: Alec's e-mails carry Welsh, then English.
    messages.filter((message) => message.to === ALEC).forEach((mail) => {
      const html = mail.html || '';
      expect(html).toMatch(/<html lang="cy-GB">/);
      const welsh = html.indexOf('<div lang="cy-GB">');
      const english = html.indexOf('<div lang="en-GB">');
      expect(welsh).toBeGreaterThan(-1);
      expect(english).toBeGreaterThan(welsh);
      // Each section in its own language: "Annwyl Alec Clark," (Welsh), then "Dear Alec Clark,".
      expect(html.slice(welsh, english)).toContain('Annwyl Alec Clark,');
      expect(html.slice(english)).toContain('Dear Alec Clark,');
      expect(mail.text).toBeTruthy();
    });

    const demo = await startDemoSite({ dir: dir.path });
    try {
      const rows: Array<{ Title: string; DeliveryState: string; Channel: string }> = await createSiteSp({ siteUrl: demo.store.siteUrl })
        .web.lists.getByTitle(LISTS.reminderLog.title).items.select('Title', 'DeliveryState', 'Channel').top(5000)();
      expect(rows).toHaveLength(7);
      expect(rows.every((row) => row.DeliveryState === 'Sent')).toBe(true);
      expect(rows.filter((row) => row.Channel === 'Email').map((row) => row.Title).sort())
        .toEqual([`${ALEC}|2019-20 Q4|updateDue14`, `${ALEC}|2020-21 Q1|milestoneOverdue 2020-04-06`]);
    } finally {
      await demo.close();
    }

    const again = await tracker(['remind', ...site]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Reminders on 2020-04-06: 0 due, 0 sent in Teams, 0 by e-mail, 7 sent before, 0 held by another run.');
    expect(outboxOf(dir.path)).toHaveLength(7);
  });

  test('--now on a Saturday: nothing sent (weekend), next on Tuesday 14 April at 08:00 BST, as Monday 13 April is Easter Monday', async () => {
    // A date alone means 09:00 in London that day.
    const sending = await tracker(['remind', '--now', '2020-04-11', ...site]);
    expect(sending.code).toBe(0);
    expect(sending.stdout).toBe('Nothing sent (weekend): reminders may next go at 2020-04-14T07:00:00Z.\n');
    const dryRun = await tracker(['remind', '--dry-run', '--now', '2020-04-11T12:00:00+01:00', ...site]);
    expect(dryRun.stdout).toBe('Nothing is sent now (weekend): the next time reminders may go is 2020-04-14T07:00:00Z.\n');
    // Good Friday, a bank holiday on a weekday: the next working day is also the 14th.
    const goodFriday = await tracker(['remind', '--dry-run', '--now', '2020-04-10', ...site]);
    expect(goodFriday.stdout).toBe('Nothing is sent now (bankHoliday): the next time reminders may go is 2020-04-14T07:00:00Z.\n');
    expect(outboxOf(dir.path)).toHaveLength(7);
  });

  test('--now the day after the due date, Alec having written his update: updateOverdue for the three who still owe', async () => {
    const demo = await startDemoSite({ dir: dir.path });
    try {
      await demo.repositoryAs(ALEC).saveUpdate(ESTYN, {
        actionRef: 'R1.b.1', financialYear: '2019-20', quarter: 'Q4', status: 'Green', progress: 'School Improvement Boards met termly.',
        reviewState: 'Submitted', submittedBy: { name: 'Alec Clark', email: ALEC }, submittedOn: '2020-04-15T11:00:00.000Z'
      });
    } finally {
      await demo.close();
    }
    // Friday 17 April: updates were due on the 16th, overdue today. Nothing else: no milestone falls
    // due in April before the 30th, escalation waits until the 3rd working day after (21 April), and
    // the request Caroline asked on 6 April was due to its decider on the 8th, outside the catch-up.
    const run = await tracker(['remind', '--dry-run', '--now', '2020-04-17T10:00:00+01:00', ...site]);
    expect(run.code).toBe(0);
    expect(tableRows(run.stdout)).toEqual([
      [CAROLINE, 'updateOverdue', '8'],
      [CHIEF, 'updateOverdue', '20'],
      [JAN, 'updateOverdue', '4']
    ]);
    expect(run.stdout).toContain('3 digests due on 2020-04-17; 0 sent before.');
  });

  test.each([
    [['--now', 'nonsense'], /--now "nonsense" is not a time/],
    [['--now', '2020-02-30T09:00:00Z'], /--now "2020-02-30T09:00:00Z" is not a time/],
    [['--now', '2020-04-06T09:00:00'], /--now "2020-04-06T09:00:00" is not a time/],
    [['--format', 'xml'], /--format.*xml/]
  ])('%j: a usage error, exit 2, naming the option', async (args, message) => {
    const run = await tracker(['remind', '--dry-run', ...args, ...site]);
    expect(run.code).toBe(2);
    expect(run.stderr.join('\n')).toMatch(message);
    expect(run.stdout).toBe('');
  });
});

describe('tracker remind against a tenant without its settings', () => {
  const requests: string[] = [];
  const spies: jest.SpyInstance[] = [];

  beforeAll(() => {
    const record = (name: string) => (...args: unknown[]): never => {
      requests.push(`${name} ${String(args[0])}`);
      throw new Error(`no network in this test (${name})`);
    };
    spies.push(jest.spyOn(globalThis, 'fetch').mockImplementation(record('fetch')));
    // Every TCP connection (http, https, undici) starts here.
    spies.push(jest.spyOn(Socket.prototype, 'connect').mockImplementation(record('connect')));
  });

  afterAll(() => spies.forEach((spy) => spy.mockRestore()));

  test.each([[['--dry-run']], [[]]])('remind %j: exit 1, every missing setting named, nothing requested', async (flags) => {
    const run = await tracker(['remind', ...flags, '--site', 'https://contoso.sharepoint.com/sites/tracker'], {});
    expect(run.code).toBe(1);
    const said = run.stderr.join('\n');
    expect(said).toMatch(/^tracker: The reminder job is not configured:/);
    ['TRACKER_TENANT_ID is not set', 'TRACKER_CLIENT_ID is not set', 'TRACKER_CERTIFICATE_PATH', 'TRACKER_CERTIFICATE (the PEM)',
      'TRACKER_SENDER_MAILBOX is not set', 'TRACKER_MY_MILESTONES_URL is not set'].forEach((setting) => expect(said).toContain(setting));
    // --site is the site: it is not reported missing.
    expect(said).not.toContain('TRACKER_SITE');
    expect(requests).toEqual([]);
    expect(run.stdout).toBe('');
  });

  test('REMINDER_NOW is refused against a tenant', async () => {
    const run = await tracker(['remind', '--site', 'https://contoso.sharepoint.com/sites/tracker'], { REMINDER_NOW: '2020-04-06T09:00:00+01:00' });
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toContain('REMINDER_NOW is set, but only local mode');
    expect(requests).toEqual([]);
  });
});
