/**
 * @jest-environment node
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { inflateSync, crc32 } from 'zlib';
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { ReportDocument } from '../../src/domain/reporting';
import { startDemoSite } from '../../src/local/demoSite';
import { temporaryDir, tracker } from '../cli/support';

jest.setTimeout(180_000);

/**
 * `tracker report --format docx` on the demo plans, opened as Word opens it: the document's
 * headings, tables and chart checked against `tracker report --format json` for the same plan,
 * quarter and day.
 */

const SEP = ['--plan', 'Powys County Council Strategic Equality Plan 2016-20', '--year', '2017-18', '--quarter', 'Q4', '--as-of', '2018-08-28'];
const ESTYN = ['--plan', 'Powys Education Services: Post Inspection Action Plan 2019', '--year', '2019-20', '--quarter', 'Q4'];
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';

/** The at-a-glance columns by the words SPEC §4.4 uses for them. */
const ACTION_COLUMNS: Record<string, string> = {
  'Actions: Blue': 'Blue', 'Actions: Green': 'Green', 'Actions: Amber': 'Amber', 'Actions: Red': 'Red',
  'Actions: No update': 'NoUpdate', 'Actions: Not due': 'NotDue', 'Actions: Withdrawn': 'Withdrawn'
};
const MEASURE_COLUMNS: Record<string, string> = {
  'Measures: Green': 'Green', 'Measures: Amber': 'Amber', 'Measures: Red': 'Red', 'Measures: Not rated': 'NoTarget',
  'Measures: No data': 'NoData', 'Measures: Not due': 'NotDue'
};

interface Word {
  zip: JSZip;
  body: Document;
  styles: Document;
}

const dir = temporaryDir();
const site = ['--site', join(dir.path, 'site')];

async function json(args: string[]): Promise<ReportDocument> {
  const run = await tracker(['report', ...args, '--format', 'json', ...site]);
  expect(run.stderr).toEqual([]);
  return JSON.parse(run.stdout) as ReportDocument;
}

async function word(args: string[], name: string): Promise<Word> {
  const file = join(dir.path, name);
  const run = await tracker(['report', ...args, '--format', 'docx', '--out', file, ...site]);
  expect(run.code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parse = async (path: string): Promise<Document> => new (new JSDOM('').window.DOMParser)().parseFromString(await zip.file(path)!.async('string'), 'application/xml');
  return { zip, body: await parse('word/document.xml'), styles: await parse('word/styles.xml') };
}

const all = (node: Document | Element, name: string, ns: string = W): Element[] => Array.from(node.getElementsByTagNameNS(ns, name));
const attr = (element: Element, name: string): string | null => element.getAttributeNS(W, name);
const textOf = (node: Element): string => all(node, 't').map((t) => t.textContent).join('');
const styleOf = (paragraph: Element): string | undefined => all(paragraph, 'pStyle').map((style) => attr(style, 'val') || '')[0];
const headings = (doc: Document, style: string): string[] => all(doc, 'p').filter((p) => styleOf(p) === style).map(textOf);
const rowsOf = (table: Element): Element[] => Array.from(table.children).filter((child) => child.localName === 'tr');
const cellsOf = (row: Element): string[] => Array.from(row.children).filter((child) => child.localName === 'tc').map(textOf);
const tableAfter = (doc: Document, heading: string): Element => {
  const start = all(doc, 'p').filter((p) => styleOf(p) === 'Heading2' && textOf(p) === heading)[0];
  let next = start.nextElementSibling;
  while (next && next.localName !== 'tbl') next = next.nextElementSibling;
  return next!;
};
/** The table as records: each body row's cells by its header's text. */
const records = (table: Element): Array<Record<string, string>> => {
  const [header, ...body] = rowsOf(table).map(cellsOf);
  return body.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index]])));
};

let sep: ReportDocument;
let sepWord: Word;
let estyn: ReportDocument;
let estynWord: Word;
let welsh: ReportDocument;
let welshWord: Word;

beforeAll(async () => {
  const demo = await startDemoSite({ dir: join(dir.path, 'site') });
  await demo.close();
  [sep, sepWord] = [await json(SEP), await word(SEP, 'sep.docx')];
  [estyn, estynWord] = [await json(ESTYN), await word(ESTYN, 'estyn.docx')];
  [welsh, welshWord] = [await json([...SEP, '--language', 'cy']), await word([...SEP, '--language', 'cy'], 'sep-cy.docx')];
});

afterAll(() => dir.remove());

describe('structure a screen reader and Word navigate by', () => {
  test('the report\'s title is its one Heading 1, and each section a Heading 2', () => {
    expect(headings(sepWord.body, 'Heading1')).toEqual([`${sep.plan.title}: Q4 2017-18`]);
    expect(headings(sepWord.body, 'Heading2')).toEqual(['Headlines', 'Status at a glance', 'Status at a glance as a chart', 'Performance challenge', 'Measures', 'Overdue', 'Risks']);
  });

  test('the heading styles are Word\'s own built-in headings (which Word names case-insensitively)', () => {
    const names = all(sepWord.styles, 'style').map((style) => [attr(style, 'styleId'), (attr(all(style, 'name')[0], 'val') || '').toLowerCase()]);
    expect(names).toEqual(expect.arrayContaining([['Heading1', 'heading 1'], ['Heading2', 'heading 2']]));
  });

  test.each([['the SEP report', () => sepWord], ['the Estyn report', () => estynWord]])('in %s every table\'s first row, and only that row, is a repeating header row, and no row splits across pages', (_name, doc) => {
    const tables = all(doc().body, 'tbl');
    expect(tables.length).toBeGreaterThanOrEqual(2);
    tables.forEach((table) => {
      const rows = rowsOf(table);
      expect(rows.map((row) => all(row, 'tblHeader').length > 0)).toEqual(rows.map((_row, index) => index === 0));
      expect(rows.every((row) => all(row, 'cantSplit').length === 1)).toBe(true);
    });
  });

  test('the document\'s language is British English', () => {
    expect(all(sepWord.styles, 'docDefaults').flatMap((defaults) => all(defaults, 'lang')).map((lang) => attr(lang, 'val'))).toEqual(['en-GB']);
  });
});

describe('the numbers are the JSON report\'s', () => {
  test('status at a glance: every objective\'s counts, the total row and the percentage row', () => {
    const rows = records(tableAfter(sepWord.body, 'Status at a glance'));
    const expected = sep.atAGlance.rows.map((row) => ({ name: `${row.objectiveRef} ${row.objective}`.trim(), actions: row.actions, measures: row.measures }))
      .concat([{ name: 'Total', actions: sep.atAGlance.total.actions, measures: sep.atAGlance.total.measures }]);
    expect(rows.map((row) => row.Objective)).toEqual([...expected.map((row) => row.name), '%']);
    expected.forEach((want, index) => {
      Object.keys(ACTION_COLUMNS).forEach((column) => expect(rows[index][column]).toBe(String((want.actions as unknown as Record<string, number>)[ACTION_COLUMNS[column]])));
      Object.keys(MEASURE_COLUMNS).forEach((column) => expect(rows[index][column]).toBe(String((want.measures as unknown as Record<string, number>)[MEASURE_COLUMNS[column]])));
    });
    const percent = rows[rows.length - 1];
    Object.keys(ACTION_COLUMNS).forEach((column) => expect(percent[column]).toBe(`${(sep.atAGlance.percent.actions as Record<string, number>)[ACTION_COLUMNS[column]]}%`));
    Object.keys(MEASURE_COLUMNS).forEach((column) => expect(percent[column]).toBe(`${(sep.atAGlance.percent.measures as Record<string, number>)[MEASURE_COLUMNS[column]]}%`));
  });

  test('the headlines are the report\'s sentences, one list item each', () => {
    const items = all(sepWord.body, 'p').filter((p) => all(p, 'numPr').length).map(textOf);
    expect(items).toEqual(sep.headlines);
  });

  test('each performance challenge is a row: its ref, severity, item, reason, and an empty management response', () => {
    expect(sep.challenges.length).toBeGreaterThan(0);
    expect(records(tableAfter(sepWord.body, 'Performance challenge'))).toEqual(sep.challenges.map((c) => ({
      Ref: c.ref, Severity: c.severity, Item: `${c.itemType} ${c.itemRef}: ${c.title}`, Reason: c.reason, 'Management response': ''
    })));
  });

  test('each measure\'s quarters give the value with its RAG and trend in words', () => {
    const rows = records(tableAfter(sepWord.body, 'Measures'));
    const words: Record<string, string> = { Green: 'Green', Amber: 'Amber', Red: 'Red', NoTarget: 'Not rated', NoData: 'No data', NotDue: 'Not due' };
    expect(rows.map((row) => row.Ref)).toEqual(sep.measures.map((m) => m.ref));
    sep.measures.forEach((measure, index) => {
      const cell = measure.periods.Q4!;
      expect(rows[index].Q4).toContain(words[cell.rag]);
      if (cell.value !== null) expect(rows[index].Q4.startsWith(String(cell.value))).toBe(true);
      if (cell.trend) expect(rows[index].Q4).toContain(cell.trend);
    });
  });

  test('the overdue table lists the JSON\'s overdue actions and milestones with their owners and days overdue', () => {
    expect(estyn.overdue.length).toBeGreaterThan(0);
    const rows = records(tableAfter(estynWord.body, 'Overdue'));
    expect(rows.map((row) => [row.Item, row.Owner, row['Days overdue']])).toEqual(estyn.overdue.map((o) => [`${o.itemType} ${o.itemRef}`, o.owner, String(o.daysOverdue)]));
  });
});

describe('the status chart', () => {
  const pictures = (): Element[] => all(sepWord.body, 'docPr', WP);

  test('each chart\'s alt text says what it shows and every objective\'s counts', () => {
    const [actions, measures] = pictures().map((picture) => picture.getAttribute('descr') || '');
    expect(actions).toMatch(/^Stacked bar chart, one bar per objective: Actions by status, Q4 2017-18\./);
    expect(measures).toMatch(/^Stacked bar chart, one bar per objective: Measures by RAG, Q4 2017-18\./);
    const said = (counts: Record<string, number>, columns: Record<string, string>): string => Object.keys(columns)
      .filter((column) => counts[columns[column]] > 0).map((column) => `${counts[columns[column]]} ${column.replace(/^\w+: /, '')}`).join(', ');
    sep.atAGlance.rows.forEach((row) => {
      expect(actions).toContain(` ${row.objectiveRef}: ${said(row.actions as unknown as Record<string, number>, ACTION_COLUMNS)}.`);
      if (row.measures.total) expect(measures).toContain(` ${row.objectiveRef}: ${said(row.measures as unknown as Record<string, number>, MEASURE_COLUMNS)}.`);
    });
  });

  test('colour is never the only cue: within each chart\'s key no two statuses share a pattern', () => {
    const keys = all(sepWord.body, 'p').map(textOf).filter((text) => text.startsWith('Key: '));
    expect(keys).toHaveLength(2);
    keys.forEach((key) => {
      const patterns = key.replace(/^Key: |\.$/g, '').split('; ').map((entry) => /\(([^)]+)\)$/.exec(entry)![1]);
      expect(new Set(patterns).size).toBe(patterns.length);
    });
  });

  test('a plan with no measures has no measures chart', () => {
    expect(estyn.atAGlance.total.measures.total).toBe(0);
    expect(all(estynWord.body, 'docPr', WP).map((picture) => picture.getAttribute('name'))).toEqual(['Actions by status']);
  });

  test('each chart is an SVG with a well-formed PNG for Word versions without SVG', async () => {
    const media = Object.keys(sepWord.zip.files).filter((name) => name.startsWith('word/media/')).sort();
    expect(media).toEqual(['word/media/image1.png', 'word/media/image1.svg', 'word/media/image2.png', 'word/media/image2.svg']);
    for (const name of media.filter((file) => file.endsWith('.png'))) {
      const png = Buffer.from(await sepWord.zip.file(name)!.async('uint8array'));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      let at = 8;
      const data: Buffer[] = [];
      while (at < png.length) {
        const length = png.readUInt32BE(at);
        const typeAndData = png.subarray(at + 4, at + 8 + length);
        expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(typeAndData));
        if (typeAndData.subarray(0, 4).toString() === 'IDAT') data.push(typeAndData.subarray(4));
        at += 12 + length;
      }
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(inflateSync(Buffer.concat(data)).length).toBe(height * (1 + width * 3));
    }
  });
});

describe('in Welsh', () => {
  test('the headings, the language and the headlines are Welsh', () => {
    expect(headings(welshWord.body, 'Heading1')).toEqual([`${welsh.plan.title}: Ch4 2017-18`]);
    expect(headings(welshWord.body, 'Heading2')).toEqual(['Penawdau', 'Cipolwg ar y statws', 'Cipolwg ar y statws fel siart', 'Her perfformiad', 'Mesurau', 'Yn hwyr', 'Risgiau']);
    expect(all(welshWord.styles, 'docDefaults').flatMap((defaults) => all(defaults, 'lang')).map((lang) => attr(lang, 'val'))).toEqual(['cy-GB']);
    expect(all(welshWord.body, 'p').filter((p) => all(p, 'numPr').length).map(textOf)).toEqual(welsh.headlines);
    expect(welsh.headlines[0]).toMatch(/^Mae \d+% o'r gwaith a gynlluniwyd/);
  });

  test('the numbers are the same as in English, and the chart\'s alt text is Welsh', () => {
    const rows = records(tableAfter(welshWord.body, 'Cipolwg ar y statws'));
    expect(rows[rows.length - 2]['Camau gweithredu: Gwyrdd']).toBe(String(welsh.atAGlance.total.actions.Green));
    expect(rows[rows.length - 2]['Camau gweithredu: Gwyrdd']).toBe(String(sep.atAGlance.total.actions.Green));
    expect(all(welshWord.body, 'docPr', WP)[0].getAttribute('descr')).toMatch(/^Siart bar wedi'i bentyrru/);
  });
});
