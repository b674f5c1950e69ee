/**
 * What local mode's stand-ins for Microsoft's services (the SharePoint store, the Graph outbox)
 * share to refuse requests on demand: a seeded pseudo-random sequence, so a test with the same
 * seed and the same requests sees the same faults, and the checks on the settings.
 */

/** mulberry32: small, fast and good enough to spread failures evenly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The settings every fault injector takes. */
export interface FaultSettings<Status extends number> {
  failureRate: number;
  status: Status;
  retryAfterSeconds: number;
  latencyMs: number;
}

/** Throws a RangeError naming the first setting out of range; `statuses` are those the service answers. */
export function checkFaultSettings<Status extends number>(settings: FaultSettings<Status>, statuses: readonly Status[]): void {
  if (!(settings.failureRate >= 0 && settings.failureRate <= 1)) {
    throw new RangeError('failureRate must be between 0 and 1');
  }
  if (statuses.indexOf(settings.status) < 0) {
    throw new RangeError(`status must be ${statuses.slice(0, -1).join(', ')} or ${statuses[statuses.length - 1]}`);
  }
  if (!(settings.retryAfterSeconds >= 0) || !(settings.latencyMs >= 0)) {
    throw new RangeError('retryAfterSeconds and latencyMs must not be negative');
  }
}
