/**
 * @jest-environment node
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { read, utils, WorkBook } from '@e965/xlsx';
import { ReportDocument } from '../../src/domain/reporting';
import { startDemoSite } from '../../src/local/demoSite';
import { temporaryDir, tracker } from '../cli/support';

jest.setTimeout(180_000);

/**
 * `tracker report --format xlsx` on the demo's SEP plan, read back as Excel reads it: every sheet's
 * figures checked against `tracker report --format json` for the same plan, quarter and day.
 */

const ESTYN = ['--plan', 'Powys Education Services: Post Inspection Action Plan 2019', '--year', '2019-20', '--quarter', 'Q4'];
const SEP = ['--plan', 'Powys County Council Strategic Equality Plan 2016-20', '--year', '2017-18', '--quarter', 'Q4', '--as-of', '2018-08-28'];
const ACTION_COLUMNS: Record<string, string> = {
  'Actions: Blue': 'Blue', 'Actions: Green': 'Green', 'Actions: Amber': 'Amber', 'Actions: Red': 'Red',
  'Actions: No update': 'NoUpdate', 'Actions: Not due': 'NotDue', 'Actions: Withdrawn': 'Withdrawn', 'Actions: Total': 'total'
};
const MEASURE_COLUMNS: Record<string, string> = {
  'Measures: Green': 'Green', 'Measures: Amber': 'Amber', 'Measures: Red': 'Red', 'Measures: Not rated': 'NoTarget',
  'Measures: No data': 'NoData', 'Measures: Not due': 'NotDue', 'Measures: Total': 'total'
};

const dir = temporaryDir();
const site = ['--site', join(dir.path, 'site')];
let report: ReportDocument;
let bytes: Buffer;
let book: WorkBook;
let welshBook: WorkBook;
let estyn: ReportDocument;
let estynBook: WorkBook;

async function workbook(args: string[], name: string): Promise<Buffer> {
  const file = join(dir.path, name);
  const run = await tracker(['report', ...args, '--format', 'xlsx', '--out', file, ...site]);
  expect(run.code).toBe(0);
  return readFileSync(file);
}

/** A sheet's rows as records by header, cells as stored (numbers stay numbers). */
const recordsOf = (sheet: string, from: WorkBook = book): Array<Record<string, unknown>> => utils.sheet_to_json(from.Sheets[sheet], { raw: true });

beforeAll(async () => {
  const demo = await startDemoSite({ dir: join(dir.path, 'site') });
  await demo.close();
  report = JSON.parse((await tracker(['report', ...SEP, '--format', 'json', ...site])).stdout);
  bytes = await workbook(SEP, 'sep.xlsx');
  book = read(bytes, { cellNF: true, cellStyles: true });
  welshBook = read(await workbook([...SEP, '--language', 'cy'], 'sep-cy.xlsx'));
  estyn = JSON.parse((await tracker(['report', ...ESTYN, '--format', 'json', ...site])).stdout);
  estynBook = read(await workbook(ESTYN, 'estyn.xlsx'), { cellNF: true });
});

afterAll(() => dir.remove());

test('one sheet for each part of the report, named in the language asked for', () => {
  expect(book.SheetNames).toEqual(['Status at a glance', 'Actions', 'Measures', 'Performance challenge', 'Overdue', 'Risks']);
  expect(welshBook.SheetNames).toEqual(['Cipolwg ar y statws', 'Camau gweithredu', 'Mesurau', 'Her perfformiad', 'Yn hwyr', 'Risgiau']);
});

test('status at a glance: each objective\'s counts and the totals are the JSON\'s, as numbers', () => {
  const rows = recordsOf('Status at a glance');
  const expected = report.atAGlance.rows.map((row) => ({ name: row.objective, actions: row.actions, measures: row.measures }))
    .concat([{ name: 'Total', actions: report.atAGlance.total.actions, measures: report.atAGlance.total.measures }]);
  expected.forEach((want, index) => {
    expect(rows[index].Objective).toBe(want.name);
    Object.keys(ACTION_COLUMNS).forEach((column) => expect(rows[index][column]).toBe((want.actions as unknown as Record<string, number>)[ACTION_COLUMNS[column]]));
    Object.keys(MEASURE_COLUMNS).forEach((column) => expect(rows[index][column]).toBe((want.measures as unknown as Record<string, number>)[MEASURE_COLUMNS[column]]));
  });
});

test('the percentage row holds the JSON\'s whole percentages, and the exact row count ÷ total, as Excel percentages', () => {
  const rows = recordsOf('Status at a glance');
  const percent = rows.filter((row) => row.Objective === '%')[0];
  const exact = rows.filter((row) => row.Objective === 'Exact %')[0];
  Object.keys(ACTION_COLUMNS).filter((column) => ACTION_COLUMNS[column] !== 'total').forEach((column) => {
    const bucket = ACTION_COLUMNS[column] as keyof typeof report.atAGlance.exact.actions;
    expect(Math.round((percent[column] as number) * 100)).toBe(report.atAGlance.percent.actions[bucket]);
    expect(exact[column] as number).toBeCloseTo(report.atAGlance.exact.actions[bucket].percent / 100, 12);
  });
  Object.keys(MEASURE_COLUMNS).filter((column) => MEASURE_COLUMNS[column] !== 'total').forEach((column) => {
    const bucket = MEASURE_COLUMNS[column] as keyof typeof report.atAGlance.exact.measures;
    expect(Math.round((percent[column] as number) * 100)).toBe(report.atAGlance.percent.measures[bucket]);
    expect(exact[column] as number).toBeCloseTo(report.atAGlance.exact.measures[bucket].percent / 100, 12);
  });
  const sheet = book.Sheets['Status at a glance'];
  const formats = Object.keys(sheet).filter((ref) => typeof sheet[ref] === 'object' && sheet[ref].z && sheet[ref].z !== 'General').map((ref) => sheet[ref].z);
  expect(new Set(formats)).toEqual(new Set(['0%', '0.00%']));
});

test('the actions sheet counts the same statuses as status at a glance', () => {
  const statuses = recordsOf('Actions').map((row) => row.Status);
  const words: Record<string, string> = { Blue: 'Blue', Green: 'Green', Amber: 'Amber', Red: 'Red', Withdrawn: 'Withdrawn' };
  Object.keys(words).forEach((bucket) => {
    expect(statuses.filter((status) => status === words[bucket]).length).toBe((report.atAGlance.total.actions as unknown as Record<string, number>)[bucket]);
  });
});

test('the measures sheet has one row per measure per quarter reported, its value a number', () => {
  const rows = recordsOf('Measures');
  const expected = report.measures.flatMap((m) => Object.keys(m.periods).map((quarter) => [m.ref, quarter, m.periods[quarter as 'Q4']!.value]));
  expect(rows.map((row) => [row.Ref, row.Quarter, row.Value === undefined ? null : row.Value])).toEqual(expected);
});

test('the challenges sheet holds each challenge\'s ref, item and reason', () => {
  expect(recordsOf('Performance challenge').map((row) => [row.Ref, row.Item, row.Reason])).toEqual(report.challenges.map((c) => [c.ref, c.itemRef, c.reason]));
});

test('the overdue sheet lists the JSON\'s overdue items, due dates as Excel dates shown as the JSON writes them', () => {
  expect(estyn.overdue.length).toBeGreaterThan(0);
  const shown: Array<Record<string, string>> = utils.sheet_to_json(estynBook.Sheets.Overdue, { raw: false });
  expect(shown.map((row) => [row['Item type'], row.Ref, row['Due date'], row['Days overdue']]))
    .toEqual(estyn.overdue.map((o) => [o.itemType, o.itemRef, o.dueDate, String(o.daysOverdue)]));
  const sheet = estynBook.Sheets.Overdue;
  const column = Object.keys(sheet).filter((ref) => /^[A-Z]1$/.test(ref) && sheet[ref].v === 'Due date')[0].slice(0, 1);
  const dueDates = estyn.overdue.map((_o, index) => sheet[`${column}${index + 2}`]);
  expect(dueDates.every((cell) => cell.t === 'n' && cell.z === 'yyyy-mm-dd')).toBe(true);
});

test('every sheet\'s header row is frozen and filterable, and its columns wide enough for their text', async () => {
  const zip = await JSZip.loadAsync(bytes);
  const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  expect(sheets).toHaveLength(6);
  for (const name of sheets) {
    const xml = await zip.file(name)!.async('string');
    expect(xml).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
  }
  const glance = book.Sheets['Status at a glance'];
  expect(glance['!autofilter']).toBeDefined();
  const longest = Math.max(...report.atAGlance.rows.map((row) => row.objective.length));
  expect(glance['!cols']![1].wch).toBeGreaterThanOrEqual(Math.min(60, longest));
});

test('the Welsh workbook has the same numbers under Welsh headers', () => {
  const rows = recordsOf('Cipolwg ar y statws', welshBook);
  const total = rows.filter((row) => row.Amcan === 'Cyfanswm')[0];
  expect(total['Camau gweithredu: Gwyrdd']).toBe(report.atAGlance.total.actions.Green);
  expect(total['Mesurau: Dim data']).toBe(report.atAGlance.total.measures.NoData);
});
