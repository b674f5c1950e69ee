import { join } from 'path';
import { createSiteSp } from '../data/createSp';
import { ReminderStore } from '../data/reminders/ReminderStore';
import { localGraphToken, ReminderGraph } from '../reminders/graph';
import { TRACKER_TEAMS_APP_ID } from '../teams/teamsApps';
import { ReminderPlan } from '../domain/reminders';
import { StoredReminderSources } from '../reminders/contracts';
import { DeliverySettings } from '../reminders/job/deliverDigests';
import { planReminderRun, ReminderRunReport, runReminders } from '../reminders/job/runReminders';
import { directoryFromPeople, GraphOutbox, OutboxPerson, startGraphOutbox } from './graphOutbox';

/**
 * The reminder job in local mode (SPEC §5.6): the same job as the Azure Function, on the embedded
 * store and the local Graph outbox, on the demo clock. The outbox keeps what it receives in the
 * site's folder, so `tracker remind` and the workbench's "Run reminders now" both fill the one
 * outbox page. The demo council (Powys) writes to staff in Welsh and English, Welsh first.
 */

export const OUTBOX_FILE = 'graph-outbox.jsonl';
export const LOCAL_SENDER = { name: 'Performance Tracker', address: 'performance.tracker@powys.example' };

export interface LocalRemindersOptions {
  siteUrl: string;
  /** The site's folder: the outbox keeps its messages there. In memory when absent. */
  dir?: string;
  people: readonly OutboxPerson[];
  /** Where the e-mails' links open My milestones (the workbench's page, known once it listens). */
  myMilestonesUrl: string | (() => string);
  /** Local mode's clock, which stamps what the outbox receives (default: real time). */
  clock?: () => number;
}

export interface LocalReminders {
  outbox: GraphOutbox;
  plan(now: Date): Promise<ReminderPlan<StoredReminderSources>>;
  run(now: Date): Promise<ReminderRunReport>;
  close(): Promise<void>;
}

export function localDeliverySettings(myMilestonesUrl: string): DeliverySettings {
  return {
    site: { language: 'en-GB', bilingual: true, name: 'Powys County Council' },
    links: { teamsAppId: TRACKER_TEAMS_APP_ID, myMilestonesPageUrl: myMilestonesUrl },
    sender: LOCAL_SENDER
  };
}

export async function startLocalReminders(options: LocalRemindersOptions): Promise<LocalReminders> {
  const directory = directoryFromPeople([...options.people, { email: LOCAL_SENDER.address, title: LOCAL_SENDER.name, teams: false, mailbox: true }]);
  const outbox = await startGraphOutbox({ port: 0, quiet: true, clock: options.clock, directory, file: options.dir ? join(options.dir, OUTBOX_FILE) : undefined });
  // The job signs in to SharePoint as the site's owner, as the Function's app does with Sites.Selected.
  const store = new ReminderStore(createSiteSp({ siteUrl: options.siteUrl }));
  const pageUrl = typeof options.myMilestonesUrl === 'string' ? () => options.myMilestonesUrl as string : options.myMilestonesUrl;
  let runs = 0;
  return {
    outbox,
    plan: (now) => planReminderRun(store, now),
    run: async (now) => {
      runs += 1;
      const graph = new ReminderGraph({ baseUrl: outbox.url, getAccessToken: localGraphToken(), company: 'Powys', senderMailbox: LOCAL_SENDER.address });
      const { report } = await runReminders({
        store, graph, delivery: localDeliverySettings(pageUrl()), runId: `local-${process.pid}-${runs}`,
        clock: { planNow: () => now, wallClock: () => new Date() }
      });
      return report;
    },
    close: () => outbox.close()
  };
}
