import { ClientCertificateCredential } from '@azure/identity';
import { createSiteSp } from '../../data/createSp';
import { ReminderStore } from '../../data/reminders/ReminderStore';
import { ReminderGraph } from '../graph';
import { ReminderJobClock, runReminders } from './runReminders';
import { GRAPH_URL, ReminderJobSettings, reminderSettingsFromEnv } from './reminderSettings';

/**
 * The reminder job against a tenant: app-only, signed in with the reminder app's certificate,
 * to SharePoint (Sites.Selected, write on the tracker site) and to Graph (TeamsActivity.Send,
 * Mail.Send limited to the sender mailbox, User.Read.All to find each person). The Azure Function
 * and `tracker remind --site https://…` both start it here.
 */

function tokens(settings: ReminderJobSettings): (scope: string) => (() => Promise<string>) | undefined {
  if (settings.auth.kind === 'local') return () => undefined;
  const { tenantId, clientId, certificate } = settings.auth;
  const credential = 'certificate' in certificate
    ? new ClientCertificateCredential(tenantId, clientId, { certificate: certificate.certificate })
    : new ClientCertificateCredential(tenantId, clientId, { certificatePath: certificate.certificatePath });
  return (scope) => async () => {
    const token = await credential.getToken(scope);
    return token.token;
  };
}

export function productionStore(settings: ReminderJobSettings): ReminderStore {
  const token = tokens(settings)(`${new URL(settings.siteUrl).origin}/.default`);
  return new ReminderStore(createSiteSp({ siteUrl: settings.siteUrl, accessToken: token, organisation: settings.organisation }));
}

/** The job as the Function app and `tracker remind --site https://…` run it, from the environment's settings. */
export async function productionReminderJob(env: NodeJS.ProcessEnv, clock: ReminderJobClock, progress: (line: string) => void, startedAt: number = Date.now()): Promise<Awaited<ReturnType<typeof runReminders>>> {
  const settings = reminderSettingsFromEnv(env);
  const graph = new ReminderGraph({
    baseUrl: settings.graphUrl, getAccessToken: tokens(settings)(`${GRAPH_URL}/.default`) || (() => Promise.resolve('local')),
    company: settings.organisation, senderMailbox: settings.sender.address
  });
  return runReminders({
    store: productionStore(settings), graph, progress,
    clock: settings.planAt ? { planNow: () => settings.planAt as Date, wallClock: clock.wallClock } : clock,
    runId: `job-${startedAt}-${Math.random().toString(36).slice(2, 8)}`,
    deadline: startedAt + settings.timeLimitSeconds * 1000,
    delivery: {
      site: { language: settings.language, bilingual: settings.bilingual, name: settings.siteName },
      links: { teamsAppId: settings.teamsAppId, myMilestonesPageUrl: settings.myMilestonesPageUrl },
      sender: settings.sender
    }
  });
}
