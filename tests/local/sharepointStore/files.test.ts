/**
 * @jest-environment node
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import '@pnp/sp/folders';
import '@pnp/sp/files';
import { SharePointStore } from '../../../src/local/sharepointStore';
import { startTrackerSite } from '../../../src/local/trackerSite';
import { errorOf, rawFetch, spFor, startMemoryStore } from './storeHarness';

/**
 * Document library files through PnPjs v4 over HTTP, as SharePoint Online answers them:
 * `files.addUsingPath` with a binary body, the file's list item (`getItem()` and update), the file
 * by its server-relative path, and its bytes by URL with headers that keep uploads inert.
 */

const MEMBER = { email: 'member@council.gov.uk', title: 'Mem Ber', role: 'member' as const };
const VISITOR = { email: 'visitor@council.gov.uk', title: 'Vis Itor', role: 'visitor' as const };
const PLAN = { Title: 'Plan', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' };

const ACCESS_DENIED = {
  status: 403,
  code: '-2147024891, System.UnauthorizedAccessException',
  message: 'Access denied. You do not have permission to perform this action or access this resource.'
};
const INVALID_NAME = {
  status: 400,
  code: '-1, Microsoft.SharePoint.SPException',
  message: 'The file or folder name contains characters that are not permitted.  Please use a different name.'
};

function bytesOf(text: string): ArrayBuffer {
  const bytes = new TextEncoder().encode(text);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Every byte value, so a text round trip (UTF-8 decoding) would corrupt it. */
function binarySample(): ArrayBuffer {
  const bytes = new Uint8Array(512);
  bytes.forEach((_value, index) => (bytes[index] = index % 256));
  return bytes.buffer;
}

async function download(store: SharePointStore, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(`${store.siteUrl}${path}`, { headers });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('document library files', () => {
  let store: SharePointStore;

  beforeEach(async () => {
    store = await startMemoryStore({ people: [MEMBER, VISITOR] });
  });

  afterEach(() => store.close());

  test('the Evidence library is provisioned as a document library at /sites/tracker/Evidence', async () => {
    const library = await spFor(store).web.lists.getByTitle('Evidence').select('BaseTemplate', 'BaseType', 'EnableVersioning', 'DefaultViewUrl')();
    expect(library).toMatchObject({ BaseTemplate: 101, BaseType: 1, EnableVersioning: true, DefaultViewUrl: '/sites/tracker/Evidence/Forms/AllItems.aspx' });
    const folder = await spFor(store).web.getFolderByServerRelativePath('Evidence').select('Name', 'ServerRelativeUrl', 'ItemCount')();
    expect(folder).toEqual(expect.objectContaining({ Name: 'Evidence', ServerRelativeUrl: '/sites/tracker/Evidence', ItemCount: 0 }));
  });

  test('addUsingPath stores the exact bytes and answers with the SP.File', async () => {
    const info = await spFor(store).web.getFolderByServerRelativePath('Evidence').files.addUsingPath('minutes.bin', binarySample(), { Overwrite: false });
    expect(info).toMatchObject({ Name: 'minutes.bin', ServerRelativeUrl: '/sites/tracker/Evidence/minutes.bin', Length: '512', MajorVersion: 1, UIVersionLabel: '1.0', Exists: true });
    expect((info as unknown as Record<string, unknown>)['odata.type']).toBe('SP.File');

    const file = spFor(store).web.getFileByServerRelativePath('/sites/tracker/Evidence/minutes.bin');
    expect(await file.select('Name', 'Length')()).toEqual(expect.objectContaining({ Name: 'minutes.bin', Length: '512' }));
    expect(Buffer.from(await file.getBuffer())).toEqual(Buffer.from(binarySample()));
    expect((await download(store, '/Evidence/minutes.bin')).bytes).toEqual(Buffer.from(binarySample()));
  });

  test('the folder can be named server-relative, or reached as the list\'s root folder', async () => {
    const sp = spFor(store);
    await sp.web.getFolderByServerRelativePath('/sites/tracker/Evidence').files.addUsingPath('a.txt', bytesOf('a'));
    await sp.web.lists.getByTitle('Evidence').rootFolder.files.addUsingPath('b.txt', bytesOf('bb'));
    const files = await sp.web.getFolderByServerRelativePath('Evidence').files.select('Name', 'Length')();
    expect(files.map((file) => [file.Name, file.Length])).toEqual([['a.txt', '1'], ['b.txt', '2']]);
  });

  test('the file\'s list item is updatable through getItem(), and the library is queryable like a list', async () => {
    const sp = spFor(store);
    const plan = await sp.web.lists.getByTitle('Plans').items.add(PLAN);
    const info = await sp.web.getFolderByServerRelativePath('Evidence').files.addUsingPath('1.a. 2017-18 Q4 minutes.pdf', bytesOf('%PDF-1.4'));
    const file = sp.web.getFileByServerRelativePath(info.ServerRelativeUrl);

    const item = await file.getItem<{ Id: number }>('Id');
    expect(item.Id).toBe(1);
    const updated = await item.update({ PlanId: plan.Id, ActionRef: '1.a.', PeriodKey: '2017-18 Q4' });
    expect(updated.etag).toBe('"2"');

    const fields = await file.listItemAllFields.select('FileLeafRef', 'ActionRef', 'PeriodKey', 'PlanId')();
    expect(fields).toMatchObject({ FileLeafRef: '1.a. 2017-18 Q4 minutes.pdf', ActionRef: '1.a.', PeriodKey: '2017-18 Q4', PlanId: plan.Id });
    const rows = await sp.web.lists.getByTitle('Evidence').items
      .select('FileLeafRef', 'FileRef', 'ActionRef', 'PeriodKey', 'Plan/Title')
      .expand('Plan')
      .filter("ActionRef eq '1.a.' and PeriodKey eq '2017-18 Q4'")();
    expect(rows).toEqual([expect.objectContaining({
      FileLeafRef: '1.a. 2017-18 Q4 minutes.pdf',
      FileRef: '/sites/tracker/Evidence/1.a. 2017-18 Q4 minutes.pdf',
      ActionRef: '1.a.',
      PeriodKey: '2017-18 Q4',
      Plan: expect.objectContaining({ Title: 'Plan' })
    })]);
  });

  test('a taken name is refused without Overwrite, as SharePoint refuses it; Overwrite replaces the content as a new version', async () => {
    const files = spFor(store, MEMBER.email).web.getFolderByServerRelativePath('Evidence').files;
    await files.addUsingPath('minutes.txt', bytesOf('first'));

    const refused = await errorOf(spFor(store).web.getFolderByServerRelativePath('Evidence').files.addUsingPath('MINUTES.txt', bytesOf('second'), { Overwrite: false }));
    expect(refused.status).toBe(400);
    expect(refused.code).toBe('-2130575257, Microsoft.SharePoint.SPException');
    expect(refused.message).toMatch(/^A file with the name Evidence\/minutes\.txt already exists\. It was last modified by i:0#\.f\|membership\|member@council\.gov\.uk on \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}\.$/);
    expect((await download(store, '/Evidence/minutes.txt')).bytes.toString('utf8')).toBe('first');

    const replaced = await files.addUsingPath('minutes.txt', bytesOf('second'), { Overwrite: true });
    expect(replaced).toMatchObject({ Length: '6', MajorVersion: 2 });
    expect((await download(store, '/Evidence/minutes.txt')).bytes.toString('utf8')).toBe('second');
    expect(await spFor(store).web.lists.getByTitle('Evidence').select('ItemCount')()).toMatchObject({ ItemCount: 1 });
  });

  test.each([
    ['a colon', 'a:b.pdf'],
    ['a question mark', 'what?.pdf'],
    ['a slash', 'a/b.pdf'],
    ['a backslash', 'a\\b.pdf'],
    ['a pipe', 'a|b.pdf'],
    ['a double quote', 'say "hi".txt'],
    ['angle brackets', '<b>.txt'],
    ['an asterisk', 'star*.txt'],
    ['a leading space', ' lead.pdf'],
    ['a trailing space', 'trail.pdf '],
    ["Office's lock-file prefix", '~$report.docx'],
    ['_vti_', 'my_vti_file.txt'],
    ['a reserved name', 'CON']
  ])('a name with %s is refused', async (_case, name) => {
    expect(await errorOf(spFor(store).web.getFolderByServerRelativePath('Evidence').files.addUsingPath(name, bytesOf('x')))).toEqual(INVALID_NAME);
    expect(await spFor(store).web.lists.getByTitle('Evidence').select('ItemCount')()).toMatchObject({ ItemCount: 0 });
  });

  test("apostrophes, ampersands, # and % are allowed, as in SharePoint Online, and the file's URL reaches it", async () => {
    const name = "O'Brien & co #1 50%.txt";
    const info = await spFor(store).web.getFolderByServerRelativePath('Evidence').files.addUsingPath(name, bytesOf('ok'));
    expect(info.ServerRelativeUrl).toBe(`/sites/tracker/Evidence/${name}`);
    expect(await spFor(store).web.getFileByServerRelativePath(info.ServerRelativeUrl).select('Name')()).toMatchObject({ Name: name });
    expect((await download(store, `/Evidence/${encodeURIComponent(name)}`)).bytes.toString('utf8')).toBe('ok');
  });

  test('a visitor may read and download but not upload (403)', async () => {
    await spFor(store).web.getFolderByServerRelativePath('Evidence').files.addUsingPath('report.pdf', bytesOf('%PDF'));
    const visitor = spFor(store, VISITOR.email);
    expect(await errorOf(visitor.web.getFolderByServerRelativePath('Evidence').files.addUsingPath('mine.pdf', bytesOf('x')))).toEqual(ACCESS_DENIED);
    expect(await errorOf(visitor.web.getFileByServerRelativePath('/sites/tracker/Evidence/report.pdf').delete())).toEqual(ACCESS_DENIED);
    expect(await visitor.web.getFileByServerRelativePath('/sites/tracker/Evidence/report.pdf').select('Name')()).toMatchObject({ Name: 'report.pdf' });
    const fetched = await download(store, '/Evidence/report.pdf', { 'X-Tracker-User': VISITOR.email });
    expect([fetched.status, fetched.bytes.toString('utf8')]).toEqual([200, '%PDF']);
  });

  test.each([
    ['report.pdf', 'application/pdf', 'inline'],
    ['photo.png', 'image/png', 'inline'],
    ['scan.JPG', 'image/jpeg', 'inline'],
    ['page.html', 'text/html', 'attachment'],
    ['drawing.svg', 'image/svg+xml', 'attachment'],
    ['minutes.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'attachment'],
    ['no-extension', 'application/octet-stream', 'attachment']
  ])('%s downloads as %s, %s, never sniffed', async (name, type, disposition) => {
    await spFor(store).web.getFolderByServerRelativePath('Evidence').files.addUsingPath(name, bytesOf('<script>alert(1)</script>'));
    const fetched = await download(store, `/Evidence/${name}`);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toBe(type);
    expect(fetched.headers.get('content-disposition')).toBe(`${disposition}; filename="${name}"; filename*=UTF-8''${name}`);
    expect(fetched.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('?download=1 downloads even a PDF; a name outside ASCII keeps an ASCII fallback', async () => {
    await spFor(store).web.getFolderByServerRelativePath('Evidence').files.addUsingPath('Adroddiad – Ch4.pdf', bytesOf('%PDF'));
    const fetched = await download(store, `/Evidence/${encodeURIComponent('Adroddiad – Ch4.pdf')}?download=1`);
    expect(fetched.headers.get('content-disposition')).toBe('attachment; filename="Adroddiad _ Ch4.pdf"; filename*=UTF-8\'\'Adroddiad%20%E2%80%93%20Ch4.pdf');
  });

  test('a missing file is SharePoint\'s 404, by path and by URL', async () => {
    expect(await errorOf(spFor(store).web.getFileByServerRelativePath('/sites/tracker/Evidence/none.pdf')())).toEqual({
      status: 404,
      code: '-2130575338, Microsoft.SharePoint.SPException',
      message: 'The file /sites/tracker/Evidence/none.pdf does not exist.'
    });
    const fetched = await rawFetch(store, '/Evidence/none.pdf');
    expect(fetched.status).toBe(404);
    expect(await errorOf(spFor(store).web.getFolderByServerRelativePath('Nowhere')())).toMatchObject({ status: 404, message: 'File Not Found.' });
  });

  test('an item cannot be added to a library without a file, as SharePoint refuses it', async () => {
    expect(await errorOf(spFor(store).web.lists.getByTitle('Evidence').items.add({ ActionRef: '1.a.' }))).toMatchObject({
      status: 500,
      message: 'To add an item to a document library, use SPFileCollection.Add()'
    });
  });

  test('deleting the file removes its item and its bytes', async () => {
    const sp = spFor(store);
    await sp.web.getFolderByServerRelativePath('Evidence').files.addUsingPath('gone.txt', bytesOf('x'));
    await sp.web.getFileByServerRelativePath('/sites/tracker/Evidence/gone.txt').delete();
    expect(await sp.web.lists.getByTitle('Evidence').items.select('Id')()).toEqual([]);
    expect((await download(store, '/Evidence/gone.txt')).status).toBe(404);
    await sp.web.getFolderByServerRelativePath('Evidence').files.addUsingPath('gone.txt', bytesOf('again'));
    expect((await download(store, '/Evidence/gone.txt')).bytes.toString('utf8')).toBe('again');
  });

  test('uploads are not held to the 2 MB JSON limit; over 10 MB is refused with SharePoint\'s message and nothing is kept', async () => {
    const files = spFor(store).web.getFolderByServerRelativePath('Evidence').files;
    const threeMb = new Uint8Array(3 * 1024 * 1024).fill(7);
    expect(await files.addUsingPath('three.bin', threeMb.buffer)).toMatchObject({ Length: String(3 * 1024 * 1024) });

    const tenMb = new Uint8Array(10 * 1024 * 1024).fill(1);
    expect(await files.addUsingPath('ten.bin', tenMb.buffer)).toMatchObject({ Length: '10485760' });

    const over = new Uint8Array(10 * 1024 * 1024 + 1).fill(2);
    const refused = await errorOf(files.addUsingPath('over.bin', over.buffer));
    expect(refused.status).toBe(400);
    expect(refused.message).toMatch(/^The request message is too big\. The server does not allow messages larger than 10485760 bytes\./);
    expect((await files.select('Name')()).map((file) => file.Name)).toEqual(['three.bin', 'ten.bin']);
  }, 30000);

  test('a JSON call is still refused over 2 MB', async () => {
    const huge = JSON.stringify({ Title: 'x'.repeat(2 * 1024 * 1024) });
    const answer = await rawFetch(store, "/_api/web/lists/getByTitle('Plans')/items", { method: 'POST', body: huge, headers: { 'Content-Type': 'application/json' } });
    expect(answer.status).toBe(400);
    expect(answer.json['odata.error'].message.value).toBe('The request message is too big. The server does not allow messages larger than 2097152 bytes.');
  });
});

describe('document library files on disk', () => {
  test('a restarted store on the same directory still has the file, its bytes and its tags', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tracker-files-'));
    try {
      const first = await startTrackerSite({ dir, port: 0, quiet: true });
      const sp = spFor(first);
      const info = await sp.web.getFolderByServerRelativePath('Evidence').files.addUsingPath('kept.bin', binarySample());
      const item = await sp.web.getFileByServerRelativePath(info.ServerRelativeUrl).getItem<{ Id: number }>('Id');
      await item.update({ ActionRef: '2.b.' });
      await first.close();

      const second = await startTrackerSite({ dir, port: 0, quiet: true });
      try {
        expect((await download(second, '/Evidence/kept.bin')).bytes).toEqual(Buffer.from(binarySample()));
        const rows = await spFor(second).web.lists.getByTitle('Evidence').items.select('FileLeafRef', 'ActionRef')();
        expect(rows).toEqual([expect.objectContaining({ FileLeafRef: 'kept.bin', ActionRef: '2.b.' })]);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
