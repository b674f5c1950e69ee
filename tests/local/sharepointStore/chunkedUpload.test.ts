/**
 * @jest-environment node
 */
import { randomUUID } from 'crypto';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import '@pnp/sp/folders';
import '@pnp/sp/files';
import { IFileUploadProgressData } from '@pnp/sp/files';
import { SharePointStore } from '../../../src/local/sharepointStore';
import { startTrackerSite } from '../../../src/local/trackerSite';
import { MAX_CHUNKED_FILE_BYTES, MAX_FILE_BYTES } from '../../../src/local/sharepointStore/files/fileStore';
import { withinChunkedLimit } from '../../../src/local/sharepointStore/files/uploadSessions';
import { errorOf, rawFetch, spFor, startMemoryStore } from './storeHarness';

/**
 * Chunked uploads through PnPjs v4 over HTTP, as SharePoint Online runs them: `files.addChunked`
 * and `file.setContentChunked` (an empty stub, then `startUpload`, `continueUpload`,
 * `finishUpload` on the file), `cancelUpload`, and SharePoint's refusals for a fragment at the
 * wrong offset, an unknown session, a visitor and a request or file over the store's limits.
 */

const MEMBER = { email: 'member@council.gov.uk', title: 'Mem Ber', role: 'member' as const };
const VISITOR = { email: 'visitor@council.gov.uk', title: 'Vis Itor', role: 'visitor' as const };
const KB = 1024;
const CHUNK = 64 * KB;

const ACCESS_DENIED = {
  status: 403,
  code: '-2147024891, System.UnauthorizedAccessException',
  message: 'Access denied. You do not have permission to perform this action or access this resource.'
};
const NO_SESSION = {
  status: 500,
  code: '-2146232832, Microsoft.SharePoint.Utilities.SPBITSSessionNotFoundException',
  message: 'Error in the application.'
};

/** Bytes from a fixed pseudo-random sequence: every value occurs, none lines up with a chunk. */
function sample(length: number, seed: number = 1): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

function blobOf(bytes: Buffer): Blob {
  return new Blob([new Uint8Array(bytes)]);
}

const FOLDER = '/sites/tracker/Evidence';

function fileApi(name: string): string {
  return `/_api/web/getFileByServerRelativePath(decodedUrl='${encodeURIComponent(`${FOLDER}/${name}`)}')`;
}

interface Answer {
  status: number;
  json: any;
}

/** A chunked-upload call PnPjs does not expose, made by hand as PnPjs makes the others. */
function call(store: SharePointStore, name: string, operation: string, body: Buffer | string = '', headers: Record<string, string> = {}): Promise<Answer> {
  return rawFetch(store, `${fileApi(name)}/${operation}`, { method: 'POST', body: typeof body === 'string' ? body : new Uint8Array(body), headers });
}

function errorBody(answer: Answer): { status: number; code: string; message: string } {
  const inner = answer.json['odata.error'];
  return { status: answer.status, code: inner.code, message: inner.message.value };
}

async function contentOf(store: SharePointStore, name: string): Promise<Buffer> {
  return Buffer.from(await spFor(store).web.getFileByServerRelativePath(`${FOLDER}/${name}`).getBuffer());
}

async function versionOf(store: SharePointStore, name: string): Promise<number> {
  return (await spFor(store).web.getFileByServerRelativePath(`${FOLDER}/${name}`).select('MajorVersion')()).MajorVersion;
}

async function addFile(store: SharePointStore, name: string, content: string): Promise<void> {
  await spFor(store).web.getFolderByServerRelativePath('Evidence').files.addUsingPath(name, new TextEncoder().encode(content).buffer as ArrayBuffer);
}

function routeCount(store: SharePointStore, operation: string): number {
  return store.stats().routes[`POST /_api/web/getFileByServerRelativePath()/${operation}()`] || 0;
}

describe('chunked uploads', () => {
  let store: SharePointStore;

  beforeEach(async () => {
    store = await startMemoryStore({ people: [MEMBER, VISITOR] });
  });

  afterEach(() => store.close());

  test('addChunked in 64 KB chunks stores 200 KB byte for byte, reports each stage at its offset, and makes a new version', async () => {
    const bytes = sample(200 * KB);
    const seen: IFileUploadProgressData[] = [];
    const info = await spFor(store, MEMBER.email).web.getFolderByServerRelativePath('Evidence').files.addChunked('big.bin', blobOf(bytes), {
      chunkSize: CHUNK,
      progress: (data) => seen.push(data)
    });

    expect(seen.map(({ stage, offset }) => [stage, Number(offset)])).toEqual([
      ['starting', 0],
      ['continue', CHUNK],
      ['continue', 2 * CHUNK],
      ['finishing', 3 * CHUNK]
    ]);
    expect(new Set(seen.map((data) => data.uploadId)).size).toBe(1);
    expect(info).toMatchObject({ Name: 'big.bin', ServerRelativeUrl: `${FOLDER}/big.bin`, Length: String(200 * KB), MajorVersion: 2, UIVersionLabel: '2.0' });
    expect((info as unknown as Record<string, unknown>)['odata.type']).toBe('SP.File');
    expect((await contentOf(store, 'big.bin')).equals(bytes)).toBe(true);
    const item = await spFor(store).web.getFileByServerRelativePath(`${FOLDER}/big.bin`).listItemAllFields.select('Id')();
    expect((item as Record<string, unknown>)['odata.etag']).toBe('"2"');
    expect([routeCount(store, 'startUpload'), routeCount(store, 'continueUpload'), routeCount(store, 'finishUpload')]).toEqual([1, 2, 1]);
  });

  test('content smaller than one chunk goes in startUpload, and finishUpload ends it with an empty body', async () => {
    const bytes = sample(1000, 7);
    const seen: IFileUploadProgressData[] = [];
    const info = await spFor(store).web.getFolderByServerRelativePath('Evidence').files.addChunked('small.bin', blobOf(bytes), {
      chunkSize: CHUNK,
      progress: (data) => seen.push(data)
    });

    expect(seen.map(({ stage, offset }) => [stage, Number(offset)])).toEqual([['starting', 0], ['finishing', 1000]]);
    expect(info).toMatchObject({ Length: '1000', MajorVersion: 2 });
    expect((await contentOf(store, 'small.bin')).equals(bytes)).toBe(true);
    expect([routeCount(store, 'startUpload'), routeCount(store, 'continueUpload'), routeCount(store, 'finishUpload')]).toEqual([1, 0, 1]);
  });

  test('setContentChunked replaces an existing file\'s content as its next version', async () => {
    await addFile(store, 'minutes.txt', 'first draft');
    const bytes = sample(150 * KB, 3);
    const info = await spFor(store, MEMBER.email).web.getFileByServerRelativePath(`${FOLDER}/minutes.txt`).setContentChunked(blobOf(bytes), { chunkSize: CHUNK });

    expect(info).toMatchObject({ Name: 'minutes.txt', Length: String(150 * KB), MajorVersion: 2 });
    expect((await contentOf(store, 'minutes.txt')).equals(bytes)).toBe(true);
    expect(await spFor(store).web.lists.getByTitle('Evidence').select('ItemCount')()).toMatchObject({ ItemCount: 1 });
  });

  test('startUpload and continueUpload answer the bytes received as an Edm.Int64, in each metadata level', async () => {
    await addFile(store, 'a.bin', '');
    const [minimal, none, verbose] = [randomUUID(), randomUUID(), randomUUID()];

    const started = await call(store, 'a.bin', `startUpload(uploadId=guid'${minimal}')`, 'AAAA');
    expect([started.status, started.json]).toEqual([200, { 'odata.metadata': `${store.siteUrl}/_api/$metadata#Edm.Int64`, value: '4' }]);
    expect((await call(store, 'a.bin', `continueUpload(uploadId=guid'${minimal}',fileOffset=4)`, 'BBB')).json.value).toBe('7');

    const noMetadata = { Accept: 'application/json;odata=nometadata' };
    expect((await call(store, 'a.bin', `startUpload(uploadId=guid'${none}')`, 'AAAA', noMetadata)).json).toEqual({ value: '4' });

    const verboseAccept = { Accept: 'application/json;odata=verbose' };
    expect((await call(store, 'a.bin', `startUpload(uploadId=guid'${verbose}')`, 'AAAA', verboseAccept)).json).toEqual({ d: { StartUpload: '4' } });
    expect((await call(store, 'a.bin', `continueUpload(uploadId=guid'${verbose}',fileOffset=4)`, 'BB', verboseAccept)).json).toEqual({ d: { ContinueUpload: '6' } });
    expect((await call(store, 'a.bin', `cancelUpload(uploadId=guid'${verbose}')`, '', verboseAccept)).json).toEqual({ d: { CancelUpload: null } });
  });

  test('a fragment at the wrong offset is refused; the file and the session are as they were', async () => {
    await addFile(store, 'a.txt', 'original');
    const id = randomUUID();
    await call(store, 'a.txt', `startUpload(uploadId=guid'${id}')`, 'AAAA');

    const refused = await call(store, 'a.txt', `continueUpload(uploadId=guid'${id}',fileOffset=3)`, 'BBBB');
    expect(errorBody(refused)).toEqual({
      status: 400,
      code: '-1, Microsoft.SharePoint.SPException',
      message: "The fragment's offset 3 does not match the upload session, which has received 4 bytes."
    });
    expect(errorBody(await call(store, 'a.txt', `finishUpload(uploadId=guid'${id}',fileOffset=8)`, 'CC'))).toMatchObject({ status: 400 });
    expect((await contentOf(store, 'a.txt')).toString('utf8')).toBe('original');
    expect(await versionOf(store, 'a.txt')).toBe(1);

    expect((await call(store, 'a.txt', `continueUpload(uploadId=guid'${id}',fileOffset=4)`, 'BBBB')).json.value).toBe('8');
    const finished = await call(store, 'a.txt', `finishUpload(uploadId=guid'${id}',fileOffset=8)`, 'CC');
    expect(finished.json).toMatchObject({ Name: 'a.txt', Length: '10', MajorVersion: 2 });
    expect((await contentOf(store, 'a.txt')).toString('utf8')).toBe('AAAABBBBCC');
  });

  test('an unknown upload id is SharePoint\'s SPBITSSessionNotFoundException, and a finished one is unknown', async () => {
    await addFile(store, 'a.txt', 'original');
    const unknown = randomUUID();
    expect(errorBody(await call(store, 'a.txt', `continueUpload(uploadId=guid'${unknown}',fileOffset=0)`, 'X'))).toEqual(NO_SESSION);
    expect(errorBody(await call(store, 'a.txt', `finishUpload(uploadId=guid'${unknown}',fileOffset=0)`, 'X'))).toEqual(NO_SESSION);
    expect(errorBody(await call(store, 'a.txt', `cancelUpload(uploadId=guid'${unknown}')`))).toEqual(NO_SESSION);
    expect((await contentOf(store, 'a.txt')).toString('utf8')).toBe('original');
    expect(await versionOf(store, 'a.txt')).toBe(1);

    const id = randomUUID();
    await call(store, 'a.txt', `startUpload(uploadId=guid'${id}')`, 'new');
    await call(store, 'a.txt', `finishUpload(uploadId=guid'${id}',fileOffset=3)`);
    expect(errorBody(await call(store, 'a.txt', `continueUpload(uploadId=guid'${id}',fileOffset=3)`, 'X'))).toEqual(NO_SESSION);
    expect((await contentOf(store, 'a.txt')).toString('utf8')).toBe('new');
  });

  test('a session belongs to its file: another file does not know its id', async () => {
    await addFile(store, 'a.txt', 'a');
    await addFile(store, 'b.txt', 'b');
    const id = randomUUID();
    await call(store, 'a.txt', `startUpload(uploadId=guid'${id}')`, 'AAAA');
    expect(errorBody(await call(store, 'b.txt', `continueUpload(uploadId=guid'${id}',fileOffset=4)`, 'X'))).toEqual(NO_SESSION);
  });

  test('cancelUpload ends the session and leaves the file as it was', async () => {
    await addFile(store, 'a.txt', 'original');
    const id = randomUUID();
    await call(store, 'a.txt', `startUpload(uploadId=guid'${id}')`, 'XXXX');

    expect(await spFor(store, MEMBER.email).web.getFileByServerRelativePath(`${FOLDER}/a.txt`).cancelUpload(id)).toEqual({ 'odata.null': true });
    expect((await contentOf(store, 'a.txt')).toString('utf8')).toBe('original');
    expect(await versionOf(store, 'a.txt')).toBe(1);
    expect(errorBody(await call(store, 'a.txt', `continueUpload(uploadId=guid'${id}',fileOffset=4)`, 'X'))).toEqual(NO_SESSION);
    expect(errorBody(await call(store, 'a.txt', `finishUpload(uploadId=guid'${id}',fileOffset=4)`))).toEqual(NO_SESSION);
  });

  test('startUpload under an id in use is refused, unless it repeats the same first fragment (CSOM: idempotent)', async () => {
    await addFile(store, 'a.txt', 'a');
    await addFile(store, 'b.txt', 'b');
    const id = randomUUID();
    expect((await call(store, 'a.txt', `startUpload(uploadId=guid'${id}')`, 'AAAA')).json.value).toBe('4');
    expect((await call(store, 'a.txt', `startUpload(uploadId=guid'${id.toUpperCase()}')`, 'AAAA')).json.value).toBe('4');

    const inUse = { status: 400, code: '-1, Microsoft.SharePoint.SPException', message: 'An upload session with this id has already been started.' };
    expect(errorBody(await call(store, 'a.txt', `startUpload(uploadId=guid'${id}')`, 'ZZZZ'))).toEqual(inUse);
    expect(errorBody(await call(store, 'b.txt', `startUpload(uploadId=guid'${id}')`, 'AAAA'))).toEqual(inUse);
    await call(store, 'a.txt', `continueUpload(uploadId=guid'${id}',fileOffset=4)`, 'BB');
    expect(errorBody(await call(store, 'a.txt', `startUpload(uploadId=guid'${id}')`, 'AAAA'))).toEqual(inUse);
    expect((await call(store, 'a.txt', `finishUpload(uploadId=guid'${id}',fileOffset=6)`)).json).toMatchObject({ Length: '6' });
    expect((await contentOf(store, 'a.txt')).toString('utf8')).toBe('AAAABB');
  });

  test('a visitor may not upload in chunks (403), and nothing changes', async () => {
    await addFile(store, 'a.txt', 'original');
    const visitor = spFor(store, VISITOR.email);
    expect(await errorOf(visitor.web.getFileByServerRelativePath(`${FOLDER}/a.txt`).setContentChunked(blobOf(sample(100)), { chunkSize: CHUNK }))).toEqual(ACCESS_DENIED);

    const id = randomUUID();
    await call(store, 'a.txt', `startUpload(uploadId=guid'${id}')`, 'AAAA');
    const asVisitor = { 'X-Tracker-User': VISITOR.email };
    expect(errorBody(await call(store, 'a.txt', `continueUpload(uploadId=guid'${id}',fileOffset=4)`, 'BB', asVisitor))).toEqual(ACCESS_DENIED);
    expect(errorBody(await call(store, 'a.txt', `finishUpload(uploadId=guid'${id}',fileOffset=4)`, '', asVisitor))).toEqual(ACCESS_DENIED);
    expect(errorBody(await call(store, 'a.txt', `cancelUpload(uploadId=guid'${id}')`, '', asVisitor))).toEqual(ACCESS_DENIED);
    expect((await contentOf(store, 'a.txt')).toString('utf8')).toBe('original');
    expect((await call(store, 'a.txt', `finishUpload(uploadId=guid'${id}',fileOffset=4)`)).json).toMatchObject({ Length: '4' });
  });

  test('the file must exist (404); the operations are POST only (405); the upload id must be a GUID', async () => {
    expect(errorBody(await call(store, 'none.bin', `startUpload(uploadId=guid'${randomUUID()}')`, 'A'))).toEqual({
      status: 404,
      code: '-2130575338, Microsoft.SharePoint.SPException',
      message: `The file ${FOLDER}/none.bin does not exist.`
    });
    await addFile(store, 'a.txt', 'a');
    const get = await rawFetch(store, `${fileApi('a.txt')}/startUpload(uploadId=guid'${randomUUID()}')`);
    expect(get.status).toBe(405);
    expect(errorBody(await call(store, 'a.txt', "startUpload(uploadId='not-a-guid')", 'A'))).toMatchObject({ status: 400, code: '-1, Microsoft.SharePoint.SPException' });
    expect(errorBody(await call(store, 'a.txt', `continueUpload(uploadId=guid'${randomUUID()}')`, 'A'))).toMatchObject({ status: 400 });
  });

  test('deleting the file ends its upload sessions', async () => {
    await addFile(store, 'a.txt', 'a');
    const id = randomUUID();
    await call(store, 'a.txt', `startUpload(uploadId=guid'${id}')`, 'AAAA');
    await spFor(store).web.getFileByServerRelativePath(`${FOLDER}/a.txt`).delete();
    await addFile(store, 'a.txt', 'again');
    expect(errorBody(await call(store, 'a.txt', `continueUpload(uploadId=guid'${id}',fileOffset=4)`, 'X'))).toEqual(NO_SESSION);
    expect((await call(store, 'a.txt', `startUpload(uploadId=guid'${id}')`, 'NEW')).json.value).toBe('3');
  });

  test('a fragment over 10 MB is refused with SharePoint\'s message, and nothing is written', async () => {
    await addFile(store, 'a.txt', 'original');
    const over = sample(MAX_FILE_BYTES + 1, 5);
    const refused = await errorOf(spFor(store).web.getFileByServerRelativePath(`${FOLDER}/a.txt`).setContentChunked(blobOf(over), { chunkSize: MAX_FILE_BYTES + 1 }));
    expect(refused.status).toBe(400);
    expect(refused.code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
    expect(refused.message).toMatch(/^The request message is too big\. The server does not allow messages larger than 10485760 bytes\./);
    expect((await contentOf(store, 'a.txt')).toString('utf8')).toBe('original');

    const id = randomUUID();
    await call(store, 'a.txt', `startUpload(uploadId=guid'${id}')`, 'AAAA');
    expect(errorBody(await call(store, 'a.txt', `continueUpload(uploadId=guid'${id}',fileOffset=4)`, over))).toMatchObject({ status: 400 });
    expect((await call(store, 'a.txt', `finishUpload(uploadId=guid'${id}',fileOffset=4)`)).json).toMatchObject({ Length: '4' });
  }, 30000);
});

describe('the chunked file limit', () => {
  test.each([
    [0, 10, 10, true],
    [0, 11, 10, false],
    [MAX_CHUNKED_FILE_BYTES - MAX_FILE_BYTES, MAX_FILE_BYTES, MAX_CHUNKED_FILE_BYTES, true],
    [MAX_CHUNKED_FILE_BYTES - MAX_FILE_BYTES + 1, MAX_FILE_BYTES, MAX_CHUNKED_FILE_BYTES, false],
    [MAX_CHUNKED_FILE_BYTES, 0, MAX_CHUNKED_FILE_BYTES, true],
    [MAX_CHUNKED_FILE_BYTES, 1, MAX_CHUNKED_FILE_BYTES, false]
  ])('%i bytes received and a fragment of %i within a limit of %i: %s', (received, fragment, limit, expected) => {
    expect(withinChunkedLimit(received, fragment, limit)).toBe(expected);
  });

  test('is 250 MB, SharePoint Online\'s limit for one request', () => {
    expect(MAX_CHUNKED_FILE_BYTES).toBe(250 * 1024 * 1024);
  });

  test('a chunked file over the limit is refused without writing, naming the limit; the session carries on', async () => {
    const store = await startMemoryStore({ maxChunkedFileBytes: 100 * KB });
    try {
      await addFile(store, 'a.bin', 'original');
      let uploadId = '';
      const refused = await errorOf(
        spFor(store).web.getFileByServerRelativePath(`${FOLDER}/a.bin`).setContentChunked(blobOf(sample(150 * KB)), {
          chunkSize: CHUNK,
          progress: (data) => (uploadId = data.uploadId)
        })
      );
      expect(refused).toEqual({
        status: 400,
        code: '-1, Microsoft.SharePoint.SPException',
        message: 'The file is too big. The embedded store accepts files of up to 102400 bytes (0.1 MB) in a chunked upload.'
      });
      expect((await contentOf(store, 'a.bin')).toString('utf8')).toBe('original');
      expect(await versionOf(store, 'a.bin')).toBe(1);

      expect(errorBody(await call(store, 'a.bin', `finishUpload(uploadId=guid'${uploadId}',fileOffset=${CHUNK})`, sample(100 * KB - CHUNK + 1)))).toMatchObject({ status: 400 });
      const finished = await call(store, 'a.bin', `finishUpload(uploadId=guid'${uploadId}',fileOffset=${CHUNK})`, sample(100 * KB - CHUNK));
      expect(finished.json).toMatchObject({ Length: String(100 * KB), MajorVersion: 2 });
    } finally {
      await store.close();
    }
  });
});

describe('chunked uploads on disk', () => {
  test('a session survives a restart of a store on the same directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tracker-chunks-'));
    const id = randomUUID();
    try {
      const first = await startTrackerSite({ dir, port: 0, quiet: true });
      await addFile(first, 'kept.bin', 'stub');
      expect((await call(first, 'kept.bin', `startUpload(uploadId=guid'${id}')`, sample(CHUNK, 11))).json.value).toBe(String(CHUNK));
      await first.close();

      const second = await startTrackerSite({ dir, port: 0, quiet: true });
      try {
        expect((await call(second, 'kept.bin', `continueUpload(uploadId=guid'${id}',fileOffset=${CHUNK})`, sample(CHUNK, 12))).json.value).toBe(String(2 * CHUNK));
        await call(second, 'kept.bin', `finishUpload(uploadId=guid'${id}',fileOffset=${2 * CHUNK})`, 'end');
        const expected = Buffer.concat([sample(CHUNK, 11), sample(CHUNK, 12), Buffer.from('end')]);
        expect((await contentOf(second, 'kept.bin')).equals(expected)).toBe(true);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
