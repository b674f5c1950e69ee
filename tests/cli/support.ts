import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { CliIo } from '../../src/cli/io';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string[];
}

/** Runs `tracker …` in-process, as `npx tracker` would, capturing what it prints. */
export async function tracker(args: string[], env: NodeJS.ProcessEnv = {}, now = new Date('2018-05-01T09:00:00Z')): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    out: (line) => stdout.push(`${line}\n`),
    err: (line) => stderr.push(line),
    write: (text) => stdout.push(text),
    env,
    now: () => now,
    cwd: process.cwd()
  };
  const code = await main(['node', 'tracker', ...args], io);
  return { code, stdout: stdout.join(''), stderr };
}

export function temporaryDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'tracker-cli-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export const DEMO = join(__dirname, '..', '..', 'src', 'local', 'demoData');
