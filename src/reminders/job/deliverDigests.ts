import { DeliveryOutcome, DirectoryUser, IReminderGraph, MailRequest, ActivityRequest, ReminderLanguage, StoredDigest } from '../contracts';
import { activityLanguageFor, languagesFor, ReminderLinks, renderActivity, renderMail } from '../messages';

/**
 * Delivers digests this run has claimed (SPEC §4.5): a Teams activity feed notification through
 * the notifier app where the person has it, else an e-mail from the sender mailbox; a person the
 * directory does not know, or who has neither, is recorded unreachable and never retried.
 * Teams goes first for everyone with a directory entry: Graph answers 403 where the app is not
 * installed, which costs one request inside a batch, where looking each person's apps up first
 * would cost a batch per 20 people and a further permission.
 */

export interface DeliverySettings {
  site: { language: ReminderLanguage; bilingual: boolean; name: string };
  links: ReminderLinks;
  sender: { name: string; address: string };
}

function unreachable(digest: StoredDigest, detail: string): DeliveryOutcome {
  return { key: digest.key, channel: 'Email', status: 'unreachable', detail };
}

function activityFor(digest: StoredDigest, user: DirectoryUser, settings: DeliverySettings): ActivityRequest {
  // Teams shows one language: the person's own (a bilingual site's e-mails carry both).
  const language = activityLanguageFor(user, { language: settings.site.language, bilingual: settings.site.bilingual });
  return { key: digest.key, userId: user.id, body: renderActivity(digest, language, settings.links) };
}

async function mailFor(digest: StoredDigest, user: DirectoryUser, settings: DeliverySettings): Promise<MailRequest> {
  const languages = languagesFor(user, { language: settings.site.language, bilingual: settings.site.bilingual });
  const mail = await renderMail(digest, { languages, links: settings.links, from: settings.sender, siteName: settings.site.name });
  return { key: digest.key, mimeBase64: mail.mimeBase64 };
}

export async function deliverDigests(
  digests: readonly StoredDigest[], users: ReadonlyMap<string, DirectoryUser>, graph: IReminderGraph, settings: DeliverySettings
): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  const reachable: Array<{ digest: StoredDigest; user: DirectoryUser }> = [];
  digests.forEach((digest) => {
    const user = users.get(digest.recipient.email.toLowerCase());
    if (!user) outcomes.push(unreachable(digest, `${digest.recipient.email} is not in the organisation's directory.`));
    else if (!user.accountEnabled) outcomes.push(unreachable(digest, `${digest.recipient.email}'s account is disabled.`));
    else reachable.push({ digest, user });
  });
  const byKey = new Map(reachable.map((entry): [string, { digest: StoredDigest; user: DirectoryUser }] => [entry.digest.key, entry]));
  const teams = await graph.sendActivities(reachable.map(({ digest, user }) => activityFor(digest, user, settings)));
  const mails: Array<Promise<MailRequest>> = [];
  teams.forEach((outcome) => {
    const entry = byKey.get(outcome.key);
    if (outcome.status !== 'notInstalled' || !entry) outcomes.push(outcome);
    else if (entry.user.mail) mails.push(mailFor(entry.digest, entry.user, settings));
    else outcomes.push(unreachable(entry.digest, `${entry.digest.recipient.email} has neither the Teams notifier app nor a mailbox.`));
  });
  return outcomes.concat(mails.length ? await graph.sendMails(await Promise.all(mails)) : []);
}
