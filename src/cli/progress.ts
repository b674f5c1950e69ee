import { SingleBar, Presets } from 'cli-progress';

/** How long an operation runs before a progress bar is worth showing (SPEC: over a second). */
const SHOW_AFTER_MS = 1000;

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr for long imports and reports: only when stderr is a terminal (never
 * in pipes, files or CI logs) and only once the work has taken more than a second.
 */
export function progressOnStderr(label: string, stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): Progress {
  const started = now();
  let bar: SingleBar | undefined;
  return {
    update(done: number, total: number): void {
      if (!stream.isTTY) return;
      if (!bar && now() - started >= SHOW_AFTER_MS) {
        bar = new SingleBar({ format: `${label} [{bar}] {value}/{total}`, stream, hideCursor: true }, Presets.shades_classic);
        bar.start(total, done);
      }
      if (bar) {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop(): void {
      if (bar) bar.stop();
    }
  };
}
