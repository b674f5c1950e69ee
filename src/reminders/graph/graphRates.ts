/**
 * Microsoft Graph's published per-app rates for the calls the reminder job makes, as the sender
 * paces them. Checked on 2026-12-06 against:
 * - "Microsoft Graph service-specific throttling limits" (learn.microsoft.com/graph/throttling-limits,
 *   source microsoftgraph/microsoft-graph-docs-contrib concepts/throttling-limits.md):
 *   Teams `POST /users/{user-id}/teamwork/sendActivityNotification` 5 rps per app per tenant
 *   (50 rps per app across all tenants); identity and access, application + tenant pair, 3,500
 *   resource units per 10 s for a tenant under 50 users (5,000 to 500, 8,000 above), `GET users`
 *   costing 2 units; Outlook 10,000 requests per 10 minutes per app and mailbox, 4 concurrent.
 * - "Exchange Online limits", sending limits (learn.microsoft.com/office365/servicedescriptions/
 *   exchange-online-service-description/exchange-online-limits), as Microsoft Q&A answers (2025)
 *   and university service pages quote it: 30 messages a minute and 10,000 recipients a day per
 *   sending mailbox. Some copies mark the 30 a minute "SMTP client submission only"; others say
 *   Exchange holds the surplus in the Outbox. We keep to it for sendMail anyway: it is the
 *   conservative reading and, not Graph's 10,000 requests / 10 min, what binds one sender mailbox.
 * M365-LIMITS.md ("Graph limits") has the same figures; it says Outlook's 4 concurrent requests are
 * per mailbox, the Graph page says per app across mailboxes. Every request inside a `$batch`
 * counts against its own API's rate; a council's deployment may override these in options.
 */

/** The APIs the sender paces separately. */
export type GraphApi = 'users' | 'activity' | 'mail';

/** Requests per second the sender allows itself per API. */
export type GraphRates = Record<GraphApi, number>;

/** sendActivityNotification to a user: 5 requests per second per app per tenant. */
export const ACTIVITY_REQUESTS_PER_SECOND = 5;

/** Exchange Online: 30 messages per minute from one sender mailbox. */
export const MAIL_MESSAGES_PER_MINUTE = 30;

/** The smallest tenant's identity budget, 3,500 units per 10 s, at 2 units per `GET users`. */
export const USER_LOOKUPS_PER_SECOND = 3500 / 10 / 2;

export const PUBLISHED_GRAPH_RATES: GraphRates = {
  users: USER_LOOKUPS_PER_SECOND,
  activity: ACTIVITY_REQUESTS_PER_SECOND,
  mail: MAIL_MESSAGES_PER_MINUTE / 60
};

/** Graph's JSON batching takes at most 20 requests. */
export const MAX_BATCH_REQUESTS = 20;

/** Directory `$filter` with `in (…)` takes at most 15 values. */
export const MAX_FILTER_VALUES = 15;
