/**
 * What every size-by-size benchmark does around its measurements: measure each size in turn (on
 * a shared 2-core machine, one at a time), report, fail the build on any budget missed, and say
 * which budgets held when none was.
 */

/** A ratio over its budget, as a failure line: `the owner's page load grew 1.20x …`. */
export function growthFailures(ratios: ReadonlyArray<[string, number]>, budget: number, withWhat: string): string[] {
  return ratios
    .filter(([, ratio]) => ratio > budget)
    .map(([who, ratio]) => `the ${who}'s page load grew ${ratio.toFixed(2)}x with ${withWhat}; the budget is ${budget}x.`);
}

export interface SizedBenchmark<Size, Result> {
  sizes: readonly Size[];
  measure(size: Size): Promise<Result>;
  /** Prints the results and returns each budget missed. */
  report(results: Result[]): string[];
  /** What held, printed when nothing failed. */
  ok: string;
}

export function runSizedBenchmark<Size, Result>(benchmark: SizedBenchmark<Size, Result>): void {
  const run = async (): Promise<void> => {
    const results: Result[] = [];
    for (const size of benchmark.sizes) {
      results.push(await benchmark.measure(size));
    }
    const failures = benchmark.report(results);
    failures.forEach((failure) => console.error(`FAIL: ${failure}`));
    if (failures.length > 0) process.exitCode = 1;
    else console.log(`OK: ${benchmark.ok}`);
  };
  run().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
