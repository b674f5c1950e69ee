import { StoreStats } from './storeTypes';

/** Request and operation counts per route (what benchmarks and tests read), injected faults and bytes. */
export class StatsCounter {
  private stats: StoreStats = StatsCounter.empty();

  private static empty(): StoreStats {
    return { totalRequests: 0, routes: {}, batchParts: {}, operations: 0, injected: { 429: 0, 503: 0, delayed: 0 }, bytesIn: 0, bytesOut: 0 };
  }

  public request(route: string, bytesIn: number): void {
    this.stats.totalRequests++;
    this.stats.routes[route] = (this.stats.routes[route] || 0) + 1;
    this.stats.bytesIn += bytesIn;
    if (!/ \/_api\/\$batch$/i.test(route)) {
      this.stats.operations++;
    }
  }

  public batchPart(route: string): void {
    this.stats.batchParts[route] = (this.stats.batchParts[route] || 0) + 1;
    this.stats.operations++;
  }

  public injected(status: 429 | 503): void {
    this.stats.injected[status]++;
  }

  public delayed(): void {
    this.stats.injected.delayed++;
  }

  public sent(bytes: number): void {
    this.stats.bytesOut += bytes;
  }

  public snapshot(): StoreStats {
    return JSON.parse(JSON.stringify(this.stats));
  }

  public reset(): void {
    this.stats = StatsCounter.empty();
  }
}
