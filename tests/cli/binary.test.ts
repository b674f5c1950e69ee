/**
 * @jest-environment node
 */
import { spawn } from 'child_process';
import { join } from 'path';
import { temporaryDir } from './support';

jest.setTimeout(120_000);

const BIN = join(__dirname, '..', '..', 'bin', 'tracker.js');

/** `npm start` as a person runs it: the real bin, a real process, stopped with Ctrl+C (SIGINT). */
test('tracker serve starts, serves the plans and stops cleanly on SIGINT', async () => {
  const dir = temporaryDir();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--site', join(dir.path, 'site')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 100_000);
      child.stdout.on('data', () => {
        const match = /is running at (\S+)/.exec(output);
        if (match) { clearTimeout(timer); resolve(match[1]); }
      });
    });
    // The home page is the dashboard (drawn in the browser); the plans come through the REST proxy as a reader sees them.
    const home = await (await fetch(`${url}/`)).text();
    expect(home).toMatch(/<title>Dashboard · /);
    const plans = await fetch(`${url}/sites/tracker/_api/web/lists/getByTitle('Plans')/items?$select=Title`, {
      headers: { Accept: 'application/json;odata=nometadata', Cookie: 'tracker-user=cabinet.member%40powys.example' }
    });
    expect(((await plans.json()) as { value: { Title: string }[] }).value.map((plan) => plan.Title)).toContain('Powys County Council Strategic Equality Plan 2016-20');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('Stopped.');
    expect(output).not.toMatch(/ExperimentalWarning/);
  } finally {
    child.kill('SIGKILL');
    dir.remove();
  }
});

test('tracker with no command prints its usage and exits 2', async () => {
  const child = spawn(process.execPath, [BIN], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(2);
  expect(output).toMatch(/Usage: tracker/);
});
