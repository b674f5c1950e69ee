/** A person in the outbox's directory (a Graph `user`, plus the Teams apps installed for them). */
export interface OutboxUser {
  id: string;
  userPrincipalName: string;
  /** Absent: no Exchange mailbox (e-mail to them is refused). */
  mail?: string;
  displayName: string;
  preferredLanguage?: string;
  accountEnabled: boolean;
  /** Teams app external ids (manifest ids) installed in the person's personal scope. */
  installedApps: string[];
}

/** A message the outbox accepted: what the person would have received. */
export interface OutboxMessage {
  seq: number;
  /** ISO instant it was accepted. */
  at: string;
  kind: 'activity' | 'mail';
  /** The recipient's userPrincipalName (activity) or address (mail). */
  to: string;
  userId: string;
  activityType?: string;
  topic?: { source: string; value: string; webUrl?: string };
  previewText?: string;
  templateParameters?: Array<{ name: string; value: string }>;
  subject?: string;
  html?: string;
  text?: string;
  from?: string;
}

export type OutboxFaultStatus = 429 | 503 | 504;

/** Faults on demand: a seeded share of requests refused with `status` and Retry-After, never executed. */
export interface OutboxFaults {
  /** Share of requests (0–1) refused. */
  failureRate?: number;
  status?: OutboxFaultStatus;
  retryAfterSeconds?: number;
  /** Added to every HTTP request. */
  latencyMs?: number;
  seed?: number;
  /** Which requests may be refused: the HTTP calls, the requests inside `$batch`es, or both (default). */
  scope?: 'all' | 'outer' | 'inner';
}

export interface OutboxStats {
  /** HTTP requests to `/v1.0` (a `$batch` is one). */
  httpCalls: number;
  /** HTTP requests per route, e.g. `POST /v1.0/$batch`. */
  routes: Record<string, number>;
  /** Requests inside `$batch`es per route, e.g. `POST /v1.0/users/{id}/teamwork/sendActivityNotification`. */
  innerRequests: Record<string, number>;
  injected: Record<OutboxFaultStatus | 'delayed', number>;
}

/** One Graph call, outside or inside a `$batch`. */
export interface GraphCall {
  method: string;
  /** After `/v1.0`, e.g. `/users/ada@council.gov.uk/sendMail`. */
  path: string;
  query: URLSearchParams;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** A JSON value for a JSON content type, else the text sent. */
  body: unknown;
}

/** Graph's answer to one call. */
export interface GraphAnswer {
  status: number;
  headers?: Record<string, string>;
  /** JSON, or (non-JSON content types) text. */
  body?: unknown;
}
