import { OutboxFaultStatus, OutboxStats } from './outboxTypes';

/** HTTP calls and inner requests per route, and the faults injected. */
export class OutboxStatsCounter {
  private stats: OutboxStats = OutboxStatsCounter.empty();

  private static empty(): OutboxStats {
    return { httpCalls: 0, routes: {}, innerRequests: {}, injected: { 429: 0, 503: 0, 504: 0, delayed: 0 } };
  }

  public call(route: string): void {
    this.stats.httpCalls++;
    this.stats.routes[route] = (this.stats.routes[route] || 0) + 1;
  }

  public inner(route: string): void {
    this.stats.innerRequests[route] = (this.stats.innerRequests[route] || 0) + 1;
  }

  public injected(status: OutboxFaultStatus): void {
    this.stats.injected[status]++;
  }

  public delayed(): void {
    this.stats.injected.delayed++;
  }

  public snapshot(): OutboxStats {
    return JSON.parse(JSON.stringify(this.stats));
  }

  public reset(): void {
    this.stats = OutboxStatsCounter.empty();
  }
}
