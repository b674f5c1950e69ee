#!/usr/bin/env node
// Writes the JSON report of every demo plan for every quarter of its years, as `tracker report`
// gives it, into one directory: a refactoring's safety net. Run it with two versions of the code
// against one copy of the demo site and `diff -r` the two directories (compare-demo-reports.sh).
//
//   node scripts/demo-reports.mjs --site DIR --out DIR [--tracker bin/tracker.js]
//
// With no store in --site yet, it starts `tracker serve` there once, which loads the demo data.
// Statuses are judged as at 45 days after each quarter ends, so every quarter's updates are due.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index > 0 && process.argv[index + 1]) return process.argv[index + 1];
  if (fallback === undefined) throw new Error(`--${name} is required`);
  return fallback;
}

const site = resolve(option('site'));
const out = resolve(option('out'));
const tracker = resolve(option('tracker', join(ROOT, 'bin', 'tracker.js')));

const QUARTER_ENDS = { Q1: [6, 30], Q2: [9, 30], Q3: [12, 31], Q4: [3, 31] };

function asOfFor(startYear, quarter) {
  const [month, day] = QUARTER_ENDS[quarter];
  const end = new Date(Date.UTC(quarter === 'Q4' ? startYear + 1 : startYear, month - 1, day));
  end.setUTCDate(end.getUTCDate() + 45);
  return end.toISOString().slice(0, 10);
}

function yearLabel(startYear) {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

async function loadDemoSite() {
  if (existsSync(join(site, 'sharepoint.sqlite'))) return;
  // Its own process group: on an older Node, bin/tracker.js hands over to the project's Node 22 in a child.
  const child = spawn(process.execPath, [tracker, 'serve', '--port', '0', '--site', site], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  await new Promise((done, fail) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      if (text.includes('is running at')) process.kill(-child.pid, 'SIGINT');
    });
    child.on('exit', () => (text.includes('is running at') ? done() : fail(new Error(`serve did not start:\n${text}`))));
  });
}

async function main() {
  await loadDemoSite();
  mkdirSync(out, { recursive: true });
  const plans = JSON.parse(readFileSync(join(ROOT, 'src', 'local', 'demoData', 'plans.json'), 'utf8'));
  for (const plan of plans) {
    const first = Number(plan.firstYear.slice(0, 4));
    const last = Number(plan.lastYear.slice(0, 4));
    for (let year = first; year <= last; year += 1) {
      for (const quarter of Object.keys(QUARTER_ENDS)) {
        const args = [tracker, 'report', '--plan', plan.title, '--year', yearLabel(year), '--quarter', quarter, '--as-of', asOfFor(year, quarter), '--site', site];
        const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
        const name = `${plan.title.replace(/[^A-Za-z0-9]+/g, '-')}_${yearLabel(year)}_${quarter}.json`;
        writeFileSync(join(out, name), result.status === 0 ? result.stdout : `exit ${result.status}\n${result.stderr}`);
        process.stdout.write(`${name}: ${result.status === 0 ? 'ok' : `exit ${result.status}`}\n`);
      }
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
