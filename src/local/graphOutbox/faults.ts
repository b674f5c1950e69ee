import { checkFaultSettings, seededRandom } from '../faultInjection';
import { OutboxFaults, OutboxFaultStatus } from './outboxTypes';

/**
 * Faults on demand, as the SharePoint store's (src/local/sharepointStore/faults.ts) with Graph's
 * statuses: a seeded share of HTTP calls and of requests inside `$batch`es refused with 429, 503
 * or 504 and Retry-After. A refused request is never executed. Each batch's inner requests draw
 * from the same sequence as the calls, so the same seed and the same requests see the same faults.
 */

export interface OutboxFaultDecision {
  delayMs: number;
  failure?: { status: OutboxFaultStatus; retryAfterSeconds: number };
}

const DEFAULTS: Required<OutboxFaults> = { failureRate: 0, status: 429, retryAfterSeconds: 1, latencyMs: 0, seed: 1, scope: 'all' };
const STATUSES: OutboxFaultStatus[] = [429, 503, 504];
const SCOPES = ['all', 'outer', 'inner'];

function checked(options: OutboxFaults): Required<OutboxFaults> {
  const merged = { ...DEFAULTS, ...options };
  checkFaultSettings(merged, STATUSES);
  if (SCOPES.indexOf(merged.scope) < 0) {
    throw new RangeError('scope must be "all", "outer" or "inner"');
  }
  return merged;
}

export class OutboxFaultInjector {
  private options: Required<OutboxFaults> = DEFAULTS;
  private random: () => number = seededRandom(DEFAULTS.seed);

  public constructor(options: OutboxFaults = {}) {
    this.set(options);
  }

  /** Replaces the settings (unset ones return to no faults) and restarts the sequence. */
  public set(options: OutboxFaults): void {
    this.options = checked(options);
    this.random = seededRandom(this.options.seed);
  }

  public current(): Required<OutboxFaults> {
    return { ...this.options };
  }

  /** For an HTTP call (`outer`) or a request inside a batch (`inner`). */
  public decide(level: 'outer' | 'inner'): OutboxFaultDecision {
    const decision: OutboxFaultDecision = { delayMs: level === 'outer' ? this.options.latencyMs : 0 };
    const inScope = this.options.scope === 'all' || this.options.scope === level;
    if (inScope && this.options.failureRate > 0 && this.random() < this.options.failureRate) {
      decision.failure = { status: this.options.status, retryAfterSeconds: this.options.retryAfterSeconds };
    }
    return decision;
  }
}
