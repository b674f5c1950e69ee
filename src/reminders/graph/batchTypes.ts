/** One request inside a Graph JSON `$batch` (graph/json-batching). */
export interface InnerRequest {
  id: string;
  method: 'GET' | 'POST';
  /** Relative to the version: `/users?$filter=…`. */
  url: string;
  headers?: Record<string, string>;
  /** JSON for `application/json`; for `text/plain` the text itself. */
  body?: unknown;
}

/** Its answer inside the batch's `responses`. */
export interface InnerResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A request to send, under the caller's key. */
export interface KeyedRequest {
  key: string;
  request: Omit<InnerRequest, 'id'>;
}

/** What became of a keyed request: Graph's answer, or nothing certain. */
export type RequestResult = { answered: InnerResponse } | { unknown: string };

/** Counters shared by the sender's parts (GraphStats). */
export interface SenderCounters {
  httpCalls: number;
  innerRequests: number;
  throttled: number;
}

/** The `$batch` POST itself failed (5xx, reset, timeout): its requests may or may not have run. */
export class BatchCallFailed extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'BatchCallFailed';
  }
}

/** Graph's `error.message` from an error body, when it has one. */
export function graphErrorMessage(body: unknown): string | undefined {
  const error = body && typeof body === 'object' ? (body as { error?: { message?: unknown } }).error : undefined;
  return error && typeof error.message === 'string' ? error.message : undefined;
}

/** Graph's `error.code`, when the body has one. */
export function graphErrorCode(body: unknown): string | undefined {
  const error = body && typeof body === 'object' ? (body as { error?: { code?: unknown } }).error : undefined;
  return error && typeof error.code === 'string' ? error.code : undefined;
}

/** Retry-After in ms: seconds or an HTTP date; `fallbackMs` when absent or unreadable. */
export function retryAfterMs(value: string | undefined, fallbackMs: number, nowMs: number): number {
  if (value === undefined || value.trim() === '') {
    return fallbackMs;
  }
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) {
    return seconds * 1000;
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? fallbackMs : Math.max(0, at - nowMs);
}

/** A header of an inner response, whatever its case. */
export function innerHeader(response: InnerResponse, name: string): string | undefined {
  const headers = response.headers || {};
  const found = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
  return found === undefined ? undefined : headers[found];
}
