import { Client } from '@microsoft/microsoft-graph-client';
import { ActivityRequest, DeliveryOutcome, DirectoryUser, GraphStats, IReminderGraph, MailRequest } from '../contracts';
import { BatchRunner } from './batchRunner';
import { BatchTransport } from './batchTransport';
import { KeyedRequest, SenderCounters } from './batchTypes';
import { GraphClock, realClock } from './clock';
import { deliveryOutcome } from './deliveryOutcomes';
import { GetAccessToken, reminderMiddleware } from './graphMiddleware';
import { GraphRates, PUBLISHED_GRAPH_RATES } from './graphRates';
import { Pacer } from './pacer';
import { reminderUserAgent } from './userAgent';
import { collectUsers, normalisedEmails, userFilterRequests } from './userLookup';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com';

export interface ReminderGraphOptions {
  /** A bearer token for Graph (graphCredential.ts), or any string for the local outbox. */
  getAccessToken: GetAccessToken;
  /** The council, for the User-Agent `NONISV|<company>|PerformanceTracker/<version>`. */
  company: string;
  /** The mailbox e-mails are sent from (Mail.Send limited to it by an application access policy). */
  senderMailbox: string;
  /** Graph's root (the default) or the local outbox's URL. */
  baseUrl?: string;
  /** Real time unless a test passes a virtual clock. */
  clock?: GraphClock;
  /** Requests per second per API; Graph's published rates (graphRates.ts) unless overridden. */
  rates?: Partial<GraphRates>;
  /** Sends of one request before a throttled one is given up as unknown (default 12). */
  maxTries?: number;
  /** How long one HTTP call may take (default 30 s). */
  timeoutMs?: number;
  /** The wait after a 429 without Retry-After (default 10 s). */
  defaultRetryAfterSeconds?: number;
  /** The product version for the User-Agent (default: package.json's). */
  version?: string;
}

function required(value: string | undefined, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`ReminderGraph needs options.${name}`);
  }
  return value.trim();
}

/**
 * The reminder job's Graph calls (IReminderGraph): user look-ups, Teams activity notifications
 * and e-mails, in JSON `$batch`es of 20, paced to Graph's published rates, with Retry-After
 * honoured for the whole sender, and no POST ever resent once Graph may have run it.
 */
export class ReminderGraph implements IReminderGraph {
  private readonly counters: SenderCounters = { httpCalls: 0, innerRequests: 0, throttled: 0 };
  private readonly pacer: Pacer;
  private readonly runner: BatchRunner;
  private readonly senderMailbox: string;

  public constructor(options: ReminderGraphOptions) {
    this.senderMailbox = required(options.senderMailbox, 'senderMailbox');
    const clock = options.clock || realClock;
    // A 429 or 503 means Graph did not act, so trying again is safe: 12 tries leave a request
    // throttled 30% of the time undelivered once in two million (0.3^12); the rest wait for the next run.
    const settings = { maxTries: options.maxTries ?? 12, defaultRetryAfterMs: (options.defaultRetryAfterSeconds ?? 10) * 1000 };
    if (!(settings.maxTries >= 1)) {
      throw new RangeError('options.maxTries must be at least 1');
    }
    const client = Client.initWithMiddleware({
      baseUrl: `${(options.baseUrl || GRAPH_BASE_URL).replace(/\/+$/, '')}/`,
      defaultVersion: 'v1.0',
      middleware: reminderMiddleware(options.getAccessToken, reminderUserAgent(required(options.company, 'company'), options.version), options.timeoutMs ?? 30000)
    });
    this.pacer = new Pacer(clock, { ...PUBLISHED_GRAPH_RATES, ...(options.rates || {}) });
    const transport = new BatchTransport(client, this.pacer, clock, this.counters, settings);
    this.runner = new BatchRunner(transport, this.pacer, clock, this.counters, settings);
  }

  public async lookUpUsers(emails: readonly string[]): Promise<Map<string, DirectoryUser>> {
    const wanted = normalisedEmails(emails);
    const found = new Map<string, DirectoryUser>();
    collectUsers(await this.runner.run('users', userFilterRequests('userPrincipalName', wanted), true), 'userPrincipalName', new Set(wanted), found);
    const missing = wanted.filter((email) => !found.has(email));
    if (missing.length > 0) {
      collectUsers(await this.runner.run('users', userFilterRequests('mail', missing), true), 'mail', new Set(missing), found);
    }
    return found;
  }

  public async sendActivities(requests: readonly ActivityRequest[]): Promise<DeliveryOutcome[]> {
    const keyed: KeyedRequest[] = requests.map((activity) => ({
      key: activity.key,
      request: {
        method: 'POST',
        url: `/users/${encodeURIComponent(activity.userId)}/teamwork/sendActivityNotification`,
        headers: { 'Content-Type': 'application/json' },
        body: activity.body
      }
    }));
    const results = await this.runner.run('activity', unique(keyed), false);
    return requests.map((activity) => deliveryOutcome(activity.key, 'Teams', results.get(activity.key)));
  }

  public async sendMails(requests: readonly MailRequest[]): Promise<DeliveryOutcome[]> {
    const url = `/users/${encodeURIComponent(this.senderMailbox)}/sendMail`;
    const keyed: KeyedRequest[] = requests.map((mail) => ({
      key: mail.key,
      request: { method: 'POST', url, headers: { 'Content-Type': 'text/plain' }, body: mail.mimeBase64 }
    }));
    const results = await this.runner.run('mail', unique(keyed), false);
    return requests.map((mail) => deliveryOutcome(mail.key, 'Email', results.get(mail.key)));
  }

  public stats(): GraphStats {
    return { ...this.counters, waitedMs: this.pacer.waitedMs() };
  }
}

/** A key twice in one call would be one message sent twice: refuse it. */
function unique(requests: KeyedRequest[]): KeyedRequest[] {
  const seen = new Set<string>();
  requests.forEach((request) => {
    if (seen.has(request.key)) {
      throw new Error(`The key ${request.key} appears twice in one send; each digest is sent once`);
    }
    seen.add(request.key);
  });
  return requests;
}
