import { Client, ResponseType } from '@microsoft/microsoft-graph-client';
import { GraphClock } from './clock';
import { BatchCallFailed, graphErrorMessage, InnerRequest, InnerResponse, retryAfterMs, SenderCounters } from './batchTypes';
import { Pacer } from './pacer';

/**
 * Posts one JSON `$batch` through the Graph client. An outer 429 means nothing ran: wait
 * Retry-After (for the whole sender) and send it again. Any other failure of the POST itself is
 * a BatchCallFailed, since some of its requests may have run.
 */
export class BatchTransport {
  public constructor(
    private readonly client: Client,
    private readonly pacer: Pacer,
    private readonly clock: GraphClock,
    private readonly counters: SenderCounters,
    private readonly settings: { maxTries: number; defaultRetryAfterMs: number }
  ) {}

  public async post(requests: InnerRequest[]): Promise<InnerResponse[]> {
    for (let attempt = 1; ; attempt++) {
      await this.pacer.waitForBackOff();
      const response = await this.postOnce(requests);
      if (response.status === 429 && attempt < this.settings.maxTries) {
        this.counters.throttled++;
        await response.text().catch(() => '');
        this.pacer.backOff(retryAfterMs(response.headers.get('retry-after') ?? undefined, this.settings.defaultRetryAfterMs, this.clock.now()));
        continue;
      }
      return this.responsesOf(response);
    }
  }

  private async postOnce(requests: InnerRequest[]): Promise<Response> {
    this.counters.httpCalls++;
    this.counters.innerRequests += requests.length;
    try {
      return (await this.client.api('/$batch').responseType(ResponseType.RAW).post({ requests })) as Response;
    } catch (error) {
      throw new BatchCallFailed(`The $batch call failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async responsesOf(response: Response): Promise<InnerResponse[]> {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new BatchCallFailed(`The $batch call answered ${response.status} without a JSON body`);
    }
    if (!response.ok) {
      throw new BatchCallFailed(`The $batch call answered ${response.status}: ${graphErrorMessage(body) || 'no message'}`);
    }
    const responses = (body as { responses?: unknown }).responses;
    if (!Array.isArray(responses)) {
      throw new BatchCallFailed('The $batch answer has no responses array');
    }
    return responses as InnerResponse[];
  }
}
