import { DeliveryOutcome } from '../domain/reminders/reminderTypes';

export type { DeliveryOutcome, DeliveryStatus } from '../domain/reminders/reminderTypes';
export type { IReminderStore, StoredDigest, StoredReminderSources } from '../data/reminders/reminderStoreTypes';

/**
 * The reminder job's parts (SPEC §4.5, issue 15) and what passes between them:
 * data (the lists and the Reminder Log, src/data/reminders) → the planner (src/domain/reminders)
 * → messages (src/reminders/messages) → Graph (src/reminders/graph) → the log again.
 * The job (src/reminders/job) wires them; the CLI, the Azure Function and local mode start it.
 */

/** The languages a person is reminded in. */
export type ReminderLanguage = 'en-GB' | 'cy-GB';

/** A person as the directory knows them (Graph `user`). */
export interface DirectoryUser {
  id: string;
  userPrincipalName: string;
  mail?: string;
  displayName?: string;
  /** Graph's `preferredLanguage`, e.g. `cy-GB`, when set. */
  preferredLanguage?: string;
  accountEnabled: boolean;
}

/** A Teams activity feed notification for one person (Graph `sendActivityNotification`'s body). */
export interface ActivityRequest {
  key: string;
  /** Graph user id. */
  userId: string;
  body: {
    topic: { source: 'text'; value: string; webUrl: string };
    activityType: string;
    previewText: { content: string };
    templateParameters: Array<{ name: string; value: string }>;
  };
}

/** An e-mail for one person: a whole MIME message (HTML and plain-text parts), as Graph's sendMail takes it. */
export interface MailRequest {
  key: string;
  /** The RFC 822 message, base64-encoded (Graph `sendMail` with `Content-Type: text/plain`). */
  mimeBase64: string;
}

/** What the Graph side counted in a run, for the log line and the benchmark. */
export interface GraphStats {
  /** HTTP requests made to Graph ($batch calls and any single calls). */
  httpCalls: number;
  /** Requests inside batches. */
  innerRequests: number;
  /** Inner or outer 429/503 answers, each retried. */
  throttled: number;
  /** Time spent waiting to keep to Graph's published rates and Retry-After, in ms. */
  waitedMs: number;
}

/** The Graph calls the job makes (src/reminders/graph/ReminderGraph). */
export interface IReminderGraph {
  /** Users by e-mail (userPrincipalName or mail, case-insensitive); absent when the directory has none. */
  lookUpUsers(emails: readonly string[]): Promise<Map<string, DirectoryUser>>;
  sendActivities(requests: readonly ActivityRequest[]): Promise<DeliveryOutcome[]>;
  sendMails(requests: readonly MailRequest[]): Promise<DeliveryOutcome[]>;
  stats(): GraphStats;
}
