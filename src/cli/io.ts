/** What a command reads from and writes to, so tests can run commands in-process. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Writes text as it is (reports), to stdout or the `--out` file's stream. */
  write(text: string): void;
  env: NodeJS.ProcessEnv;
  now(): Date;
  cwd: string;
}

export function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    write: (text) => process.stdout.write(text),
    env: process.env,
    now: () => new Date(),
    cwd: process.cwd()
  };
}
