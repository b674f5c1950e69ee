/**
 * @jest-environment node
 */
import { ChildProcess, spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/**
 * A store on a directory survives kill -9 in the middle of a stream of writes: after a restart
 * every write that was acknowledged is there, and no item is half written.
 */
const ROOT = join(__dirname, '..', '..', '..');
const RUNNER = join(ROOT, 'src', 'local', 'sharepointStore', 'serveStore.ts');
const NOTE = 'n'.repeat(20000);

interface Child {
  child: ChildProcess;
  siteUrl: string;
  closed: Promise<void>;
}

function startChild(dir: string): Promise<Child> {
  return new Promise((resolve, reject) => {
    // `node --import tsx` keeps the store in this one process (the tsx CLI would fork a child
    // that SIGKILL would not reach).
    const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, '--dir', dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const closed = new Promise<void>((done) => child.once('close', () => done()));
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /SharePoint store: (\S+)/.exec(output);
      if (match) {
        resolve({ child, siteUrl: match[1], closed });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`store exited (${code}) before listening: ${output}`)));
  });
}

const LIST = 'Measure Values';
const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' };

/** A list like the tracker's, made over REST as any client would: a number and a long note. */
async function createList(siteUrl: string): Promise<void> {
  const post = (path: string, body: object): Promise<Response> => fetch(`${siteUrl}/_api/web/${path}`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
  expect((await post('lists', { Title: LIST, BaseTemplate: 100 })).status).toBe(201);
  for (const xml of ['<Field Type="Number" Name="Value" DisplayName="Value" />', '<Field Type="Note" Name="Note" DisplayName="Note" />']) {
    expect((await post(`lists/getByTitle('${LIST}')/fields/createFieldAsXml`, { parameters: { SchemaXml: xml } })).status).toBe(200);
  }
}

async function addMeasureValue(siteUrl: string, n: number): Promise<boolean> {
  try {
    const response = await fetch(`${siteUrl}/_api/web/lists/getByTitle('${encodeURIComponent(LIST)}')/items`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ Title: `W${n}`, Value: n, Note: `${n}:${NOTE}` })
    });
    return response.status === 201;
  } catch {
    return false;
  }
}

describe('durability', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tracker-store-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('kill -9 during a stream of writes loses no acknowledged write and leaves no partial item', async () => {
    const first = await startChild(dir);
    await createList(first.siteUrl);
    const acknowledged: number[] = [];
    let next = 1;
    let killed = false;
    const writer = async (): Promise<void> => {
      while (!killed) {
        const n = next++;
        if (await addMeasureValue(first.siteUrl, n)) {
          acknowledged.push(n);
        }
      }
    };
    const writers = [writer(), writer(), writer(), writer()];
    await new Promise((resolve) => setTimeout(resolve, 1500));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    await first.closed;
    expect(acknowledged.length).toBeGreaterThan(20);

    const second = await startChild(dir);
    try {
      const items: any[] = [];
      let url: string | undefined = `${second.siteUrl}/_api/web/lists/getByTitle('${encodeURIComponent(LIST)}')/items?$select=Title,Value,Note&$top=500`;
      while (url) {
        const page: any = await (await fetch(url, { headers: { Accept: 'application/json' } })).json();
        items.push(...page.value);
        url = page['odata.nextLink'];
      }
      const written = new Set(items.map((item) => Number(item.Title.slice(1))));
      acknowledged.forEach((n) => expect(written.has(n)).toBe(true));
      items.forEach((item) => {
        const n = Number(item.Title.slice(1));
        expect(item).toEqual(expect.objectContaining({ Value: n, Note: `${n}:${NOTE}` }));
      });
      expect(items.length).toBeLessThanOrEqual(next);
    } finally {
      second.child.kill('SIGTERM');
      await second.closed;
    }
  }, 30000);
});
