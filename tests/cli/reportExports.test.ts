/**
 * @jest-environment node
 */
import { spawn } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { DEMO, temporaryDir, tracker } from './support';

jest.setTimeout(180_000);

/**
 * `tracker report --format docx|xlsx`: Word and Excel files are written with --out or to a
 * redirected stdout, never to a terminal; `report --help` names every format.
 */

const BIN = join(__dirname, '..', '..', 'bin', 'tracker.js');
const dir = temporaryDir();
const site = join(dir.path, 'site');
const REPORT = ['report', '--year', '2017-18', '--quarter', 'Q4', '--as-of', '2018-08-28', '--site', site];

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** The real bin in a real process; `terminal` runs it under `script`, so its stdout is a terminal. */
function run(args: string[], terminal = false): Promise<Run> {
  const command = terminal ? 'script' : process.execPath;
  const argv = terminal ? ['-qec', [process.execPath, BIN, ...args].join(' '), '/dev/null'] : [BIN, ...args];
  const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout: Buffer.concat(stdout), stderr })));
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

beforeAll(async () => {
  const imported = await tracker(['import', join(DEMO, 'sep-2016-20-actions-2017-18.csv'), '--site', site]);
  expect(imported.code).toBe(0);
});

afterAll(() => dir.remove());

test('report --help lists every format and the language option', async () => {
  const help = await tracker(['report', '--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/--format <format>[\s\S]*"json", "csv", "html", "docx", "xlsx"/);
  expect(help.stdout).toMatch(/--language <language>[\s\S]*"en-GB", "cy"/);
});

test.each([
  ['docx', 'word/document.xml'],
  ['xlsx', 'xl/workbook.xml']
])('--format %s --out writes the file and says so', async (format, part) => {
  const file = join(dir.path, `report.${format}`);
  const written = await tracker([...REPORT, '--format', format, '--out', file]);
  expect(written.code).toBe(0);
  expect(written.stdout).toBe('');
  expect(written.stderr).toEqual([`Wrote the Q4 2017-18 report for "Powys County Council Strategic Equality Plan 2016-20" to ${file}.`]);
  const zip = await JSZip.loadAsync(readFileSync(file));
  expect(zip.file(part)).not.toBeNull();
});

test('a Word report goes to a redirected stdout as the file\'s bytes', async () => {
  const piped = await run([...REPORT, '--format', 'docx']);
  expect(piped.code).toBe(0);
  expect(piped.stdout.subarray(0, 4)).toEqual(ZIP_SIGNATURE);
  expect((await JSZip.loadAsync(piped.stdout)).file('word/document.xml')).not.toBeNull();
});

test.each([['docx', 'A Word report'], ['xlsx', 'An Excel report']])('a %s report is refused on a terminal with a sentence, exit 2, and nothing written', async (format, kind) => {
  const onTerminal = await run([...REPORT, '--format', format], true);
  expect(onTerminal.code).toBe(2);
  const shown = onTerminal.stdout.toString();
  expect(shown).toContain(`tracker: ${kind} is a file, not text for a terminal: add --out report.${format}, or redirect it (> report.${format}).`);
  expect(shown).not.toContain('PK');
});

test('a Welsh HTML report is Welsh throughout: the page language, its headings and words, and the JSON report\'s Welsh headlines', async () => {
  const html = await tracker([...REPORT, '--format', 'html', '--language', 'cy']);
  expect(html.code).toBe(0);
  const page = String(html.stdout);
  const json = JSON.parse(String((await tracker([...REPORT, '--format', 'json', '--language', 'cy'])).stdout));
  expect(page).toContain('<html lang="cy">');
  expect(page).toContain('<p>Statws ar 28 Awst 2018.</p>');
  expect(page.match(/<h2>[^<]*<\/h2>/g)).toEqual(['Penawdau', 'Cipolwg ar y statws', 'Her perfformiad', 'Mesurau', 'Yn hwyr', 'Risgiau'].map((heading) => `<h2>${heading}</h2>`));
  expect(page).toContain(': Ch4 2017-18</h1>');
  for (const headline of json.headlines) {
    expect(page).toContain(`<li>${headline.replace(/'/g, '&#39;')}</li>`);
  }
  expect(page).not.toMatch(/>(Headlines|Status at a glance|Objective|Total|Measures)</);
});

test('an unknown language is a usage error that names the choices', async () => {
  const file = join(dir.path, 'fr.docx');
  const refused = await tracker([...REPORT, '--format', 'docx', '--language', 'fr', '--out', file]);
  expect(refused.code).toBe(2);
  expect(refused.stderr.join('\n')).toMatch(/en-GB, cy/);
  expect(existsSync(file)).toBe(false);
});
