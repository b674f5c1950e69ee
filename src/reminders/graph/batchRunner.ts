import { GraphClock } from './clock';
import { BatchCallFailed, innerHeader, InnerResponse, KeyedRequest, RequestResult, retryAfterMs, SenderCounters } from './batchTypes';
import { BatchTransport } from './batchTransport';
import { GraphApi, MAX_BATCH_REQUESTS } from './graphRates';
import { Pacer } from './pacer';

/** 429 and 503 inside a batch: Graph did not run the request, so it is sent again. */
const NOT_EXECUTED = [429, 503];

/** Answers a GET may be resent after: it changes nothing. */
const RETRY_IF_IDEMPOTENT = [500, 502, 504];

interface Pending extends KeyedRequest {
  tries: number;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    out.push(items.slice(start, start + size));
  }
  return out;
}

/**
 * Sends keyed requests in `$batch`es of at most 20, each batch paced to its API's rate. Requests
 * Graph throttled inside a batch go again, re-batched together, after the largest Retry-After,
 * up to `maxTries` sends each. A POST is never resent once Graph may have run it.
 */
export class BatchRunner {
  public constructor(
    private readonly transport: BatchTransport,
    private readonly pacer: Pacer,
    private readonly clock: GraphClock,
    private readonly counters: SenderCounters,
    private readonly settings: { maxTries: number; defaultRetryAfterMs: number }
  ) {}

  public async run(api: GraphApi, requests: readonly KeyedRequest[], idempotent: boolean): Promise<Map<string, RequestResult>> {
    const results = new Map<string, RequestResult>();
    let pending: Pending[] = requests.map((request) => ({ ...request, tries: 0 }));
    while (pending.length > 0) {
      const again: Pending[] = [];
      for (const batch of chunks(pending, MAX_BATCH_REQUESTS)) {
        again.push(...(await this.sendBatch(api, batch, idempotent, results)));
      }
      pending = again;
    }
    return results;
  }

  /** Sends one batch; returns the requests to send again. */
  private async sendBatch(api: GraphApi, batch: Pending[], idempotent: boolean, results: Map<string, RequestResult>): Promise<Pending[]> {
    await this.pacer.take(api, batch.length);
    batch.forEach((item) => item.tries++);
    let responses: InnerResponse[];
    try {
      responses = await this.transport.post(batch.map((item, index) => ({ id: String(index + 1), ...item.request })));
    } catch (error) {
      if (!(error instanceof BatchCallFailed)) {
        throw error;
      }
      return this.afterFailedCall(batch, idempotent, error.message, results);
    }
    const byId = new Map(responses.map((response) => [String(response.id), response]));
    const again: Pending[] = [];
    batch.forEach((item, index) => {
      const response = byId.get(String(index + 1));
      if (!response) {
        results.set(item.key, { unknown: 'The $batch answer had no response for this request' });
      } else if (this.shouldRetry(response.status, idempotent)) {
        again.push(...this.retryOrGiveUp(item, response, results));
      } else {
        results.set(item.key, { answered: response });
      }
    });
    return again;
  }

  private shouldRetry(status: number, idempotent: boolean): boolean {
    return NOT_EXECUTED.indexOf(status) >= 0 || (idempotent && RETRY_IF_IDEMPOTENT.indexOf(status) >= 0);
  }

  private retryOrGiveUp(item: Pending, response: InnerResponse, results: Map<string, RequestResult>): Pending[] {
    if (NOT_EXECUTED.indexOf(response.status) >= 0) {
      this.counters.throttled++;
      this.pacer.backOff(retryAfterMs(innerHeader(response, 'Retry-After'), this.settings.defaultRetryAfterMs, this.clock.now()));
    }
    if (item.tries < this.settings.maxTries) {
      return [item];
    }
    results.set(item.key, { unknown: `Graph still answered ${response.status} after ${item.tries} tries` });
    return [];
  }

  private afterFailedCall(batch: Pending[], idempotent: boolean, message: string, results: Map<string, RequestResult>): Pending[] {
    if (idempotent) {
      const again = batch.filter((item) => item.tries < this.settings.maxTries);
      batch.filter((item) => item.tries >= this.settings.maxTries).forEach((item) => results.set(item.key, { unknown: message }));
      if (again.length > 0) {
        this.pacer.backOff(this.settings.defaultRetryAfterMs);
      }
      return again;
    }
    batch.forEach((item) => results.set(item.key, { unknown: message }));
    return [];
  }
}
