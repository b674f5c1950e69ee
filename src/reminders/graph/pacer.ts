import { GraphClock } from './clock';
import { GraphApi, GraphRates } from './graphRates';

/**
 * Keeps the sender to Graph's published rates instead of running into 429s, and holds every call
 * after a 429 until its Retry-After has passed (a throttle-wide back-off: Graph throttles the app,
 * so another call before then is throttled too).
 */
export class Pacer {
  private readonly nextFree: Record<GraphApi, number> = { users: 0, activity: 0, mail: 0 };
  private holdUntil = 0;
  private waited = 0;

  public constructor(
    private readonly clock: GraphClock,
    private readonly rates: GraphRates
  ) {
    (Object.keys(rates) as GraphApi[]).forEach((api) => {
      if (!(rates[api] > 0)) {
        throw new RangeError(`rates.${api} must be a positive number of requests per second`);
      }
    });
  }

  /** Waits until `count` requests to `api` may go, then books them. */
  public async take(api: GraphApi, count: number): Promise<void> {
    const now = this.clock.now();
    const start = Math.max(now, this.nextFree[api], this.holdUntil);
    this.nextFree[api] = start + (count * 1000) / this.rates[api];
    await this.wait(start - now);
  }

  /** A 429 said to wait: nothing goes before `retryAfterMs` from now. */
  public backOff(retryAfterMs: number): void {
    this.holdUntil = Math.max(this.holdUntil, this.clock.now() + retryAfterMs);
  }

  /** Waits out any back-off (before a retry that `take` does not book). */
  public async waitForBackOff(): Promise<void> {
    await this.wait(this.holdUntil - this.clock.now());
  }

  public waitedMs(): number {
    return this.waited;
  }

  private async wait(ms: number): Promise<void> {
    if (ms > 0) {
      this.waited += ms;
      await this.clock.sleep(ms);
    }
  }
}
