/** Time as the sender sees it: injected so a test can run a paced send on a virtual clock. */
export interface GraphClock {
  /** Milliseconds since 1970. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: GraphClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
};

/** A clock that only moves when someone sleeps: waits cost nothing and are summed exactly. */
export function virtualClock(startMs = 0): GraphClock & { slept: number } {
  let now = startMs;
  const clock = {
    slept: 0,
    now: () => now,
    sleep: async (ms: number) => {
      const wait = Math.max(0, ms);
      now += wait;
      clock.slept += wait;
    }
  };
  return clock;
}
