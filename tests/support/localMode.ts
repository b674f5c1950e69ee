import { serveCommand } from '../../src/cli/commands/serveCommand';
import { CliIo } from '../../src/cli/io';

export interface LocalMode {
  url: string;
  lines: string[];
  stop(): Promise<number>;
}

/** `tracker serve --port 0 --site DIR` in-process, stopped by the test instead of Ctrl+C. */
export async function startLocalMode(dir: string): Promise<LocalMode> {
  const lines: string[] = [];
  let release: () => void = () => undefined;
  const stopSignal = new Promise<void>((resolve) => { release = resolve; });
  const io: CliIo = { out: (line) => lines.push(line), err: (line) => lines.push(line), write: () => undefined, env: {}, now: () => new Date('2018-05-01T09:00:00Z'), cwd: dir };
  const exit = serveCommand({ port: '0', site: '.tracker' }, io, stopSignal);
  const started = Date.now();
  while (!lines.some((line) => line.indexOf('is running at') >= 0)) {
    if (Date.now() - started > 100_000) throw new Error(`serve did not start: ${lines.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = (/is running at (\S+)/.exec(lines.filter((line) => line.indexOf('is running at') >= 0)[0]) as RegExpExecArray)[1];
  return { url, lines, stop: () => { release(); return exit; } };
}
