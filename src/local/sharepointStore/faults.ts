import { checkFaultSettings, seededRandom } from '../faultInjection';
import { FaultOptions } from './storeTypes';

/**
 * Faults on demand: a share of `/_api` requests answered with 429 or 503 and `Retry-After`
 * (as SharePoint Online throttles), and added latency. Which requests fail comes from a seeded
 * pseudo-random sequence, so a test with the same seed and the same requests sees the same faults.
 * A `$batch` is one request here: SharePoint throttles the HTTP request, and PnPjs retries it whole.
 */

export interface FaultDecision {
  delayMs: number;
  failure?: { status: 429 | 503; retryAfterSeconds: number };
}

const DEFAULTS: Required<FaultOptions> = { failureRate: 0, status: 429, retryAfterSeconds: 1, latencyMs: 0, seed: 1 };

function checked(options: FaultOptions): Required<FaultOptions> {
  const merged = { ...DEFAULTS, ...options };
  checkFaultSettings(merged, [429, 503]);
  return merged;
}

export class FaultInjector {
  private options: Required<FaultOptions> = DEFAULTS;
  private random: () => number = seededRandom(DEFAULTS.seed);

  public constructor(options: FaultOptions = {}) {
    this.set(options);
  }

  /** Replaces the fault settings (unset ones return to no faults) and restarts the sequence. */
  public set(options: FaultOptions): void {
    this.options = checked(options);
    this.random = seededRandom(this.options.seed);
  }

  public current(): Required<FaultOptions> {
    return { ...this.options };
  }

  public decide(): FaultDecision {
    const decision: FaultDecision = { delayMs: this.options.latencyMs };
    if (this.options.failureRate > 0 && this.random() < this.options.failureRate) {
      decision.failure = { status: this.options.status, retryAfterSeconds: this.options.retryAfterSeconds };
    }
    return decision;
  }
}
