/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ForbiddenError, NotFoundError, ValidationError } from '../../src/data/errors';
import { EvidenceLibrary, evidenceFileName, numberedName } from '../../src/data/evidence';
import { ItemLookups } from '../../src/data/itemLookups';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { SharePointStore } from '../../src/local/sharepointStore';
import { actionRow, actionsFile, repositoryAs, spAs, startStore, VISITOR } from './repositoryHarness';

const PLAN = 'Strategic Equality Plan 2016-20';
const Q4 = { financialYear: '2017-18', quarter: 'Q4' as const };
const MB = 1048576;

function fileOf(name: string, text: string): { name: string; content: ArrayBuffer } {
  const bytes = new TextEncoder().encode(text);
  return { name, content: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

async function problemsOf(promise: Promise<unknown>): Promise<ValidationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ValidationError) {
      return error;
    }
    throw error;
  }
  throw new Error('Expected a ValidationError');
}

describe('evidence file names', () => {
  test.each([
    ['a plain name', '1.a.', 'minutes.pdf', '1.a. 2017-18 Q4 minutes.pdf'],
    ['characters SharePoint refuses, and # and %', '1.a.', 'Q4: "final" report? 50% #2.pdf', '1.a. 2017-18 Q4 Q4- -final- report- 50- -2.pdf'],
    ['a path a browser might give', '2.b.', 'C:\\Users\\jan\\notes|v2.docx', '2.b. 2017-18 Q4 C--Users-jan-notes-v2.docx'],
    ['runs of spaces, and spaces at the end or before the extension', '3.', ' two  spaces .txt  ', '3. 2017-18 Q4 two spaces.txt'],
    ['_vti_, which SharePoint refuses anywhere', '1.a.', 'my_vti_file.txt', '1.a. 2017-18 Q4 my-vti-file.txt']
  ])('%s', (_case, ref, name, expected) => {
    expect(evidenceFileName(ref, Q4, name)).toBe(expected);
  });

  test('a very long name is cut to 200 characters, keeping its extension', () => {
    const name = evidenceFileName('1.a.', Q4, `${'x'.repeat(300)}.xlsx`);
    expect(name).toHaveLength(200);
    expect(name.slice(-6)).toBe('x.xlsx');
    expect(name.indexOf('1.a. 2017-18 Q4 xxx')).toBe(0);
  });

  test.each([
    [1, 'minutes.pdf', 'minutes.pdf'],
    [2, 'minutes.pdf', 'minutes (2).pdf'],
    [3, 'minutes.pdf', 'minutes (3).pdf'],
    [2, 'README', 'README (2)'],
    [2, 'archive.tar.gz', 'archive.tar (2).gz']
  ])('try %i of %s is %s', (attempt, name, expected) => {
    expect(numberedName(name, attempt)).toBe(expected);
  });
});

describe('uploadEvidence against the embedded SharePoint store, through PnPjs over HTTP', () => {
  let store: SharePointStore;
  let repository: TrackerRepository;

  /** The file's bytes as a browser following the returned URL gets them. */
  async function downloadText(url: string): Promise<string> {
    const response = await fetch(new URL(encodeURI(url), store.siteUrl));
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer()).toString('utf8');
  }

  async function evidenceCount(): Promise<number> {
    return (await spAs(store).web.lists.getByTitle('Evidence').select('ItemCount')()).ItemCount;
  }

  beforeAll(async () => {
    store = await startStore();
    repository = repositoryAs(store);
    // Action refs 1.0., 2.1. and 3.2. (actionRow: objective 1 + n % 3, then n).
    await repository.importRows(actionsFile([0, 1, 2].map((n) => actionRow(PLAN, n))));
  }, 30000);

  afterAll(() => store.close());

  test('uploads under a name made of the action, the period and the file, tags it, and returns a URL that downloads the exact bytes', async () => {
    const stored = await repository.uploadEvidence(PLAN, '1.0.', Q4, fileOf('minutes.pdf', '%PDF-1.4 first minutes'));
    expect(stored).toEqual({ name: '1.0. 2017-18 Q4 minutes.pdf', url: '/sites/tracker/Evidence/1.0. 2017-18 Q4 minutes.pdf' });
    expect(await downloadText(stored.url)).toBe('%PDF-1.4 first minutes');

    const [item] = await spAs(store).web.lists.getByTitle('Evidence').items
      .select('FileLeafRef', 'ActionRef', 'PeriodKey', 'Plan/Title')
      .expand('Plan')
      .filter("FileLeafRef eq '1.0. 2017-18 Q4 minutes.pdf'")();
    expect(item).toMatchObject({ ActionRef: '1.0.', PeriodKey: '2017-18 Q4', Plan: { Title: PLAN } });
  });

  test('the same name twice, for the same action and for another, never collides and overwrites nothing', async () => {
    const again = await repository.uploadEvidence(PLAN, '1.0.', Q4, fileOf('agenda.docx', 'second agenda'));
    const first = await repository.uploadEvidence(PLAN, '1.0.', Q4, fileOf('agenda.docx', 'first agenda'));
    const other = await repository.uploadEvidence(PLAN, '2.1.', Q4, fileOf('agenda.docx', 'other action'));
    expect([again.name, first.name, other.name]).toEqual([
      '1.0. 2017-18 Q4 agenda.docx',
      '1.0. 2017-18 Q4 agenda (2).docx',
      '2.1. 2017-18 Q4 agenda.docx'
    ]);
    expect(await downloadText(again.url)).toBe('second agenda');
    expect(await downloadText(first.url)).toBe('first agenda');
    expect(await downloadText(other.url)).toBe('other action');
  });

  test("a name SharePoint would refuse is cleaned, and the action's evidence for the period lists every file", async () => {
    const stored = await repository.uploadEvidence(PLAN, '3.2.', Q4, fileOf('Q4: "final" report?.pdf', 'final'));
    expect(stored.name).toBe('3.2. 2017-18 Q4 Q4- -final- report-.pdf');
    await repository.uploadEvidence(PLAN, '3.2.', { financialYear: '2017-18', quarter: 'Q3' }, fileOf('earlier.pdf', 'Q3'));

    const sp = spAs(store);
    const listed = await new EvidenceLibrary(sp, new ItemLookups(sp)).list(PLAN, '3.2.', Q4);
    expect(listed).toEqual([{ name: '3.2. 2017-18 Q4 Q4- -final- report-.pdf', url: '/sites/tracker/Evidence/3.2. 2017-18 Q4 Q4- -final- report-.pdf' }]);
  });

  test('an empty file is refused before anything is sent', async () => {
    const before = await evidenceCount();
    store.resetStats();
    const error = await problemsOf(repository.uploadEvidence(PLAN, '1.0.', Q4, fileOf('empty.pdf', '')));
    expect(error.problems).toEqual([expect.objectContaining({ field: 'evidence', code: 'fileEmpty', message: '“empty.pdf” is empty: choose the file again, or another file.' })]);
    expect(store.stats().totalRequests).toBe(0);
    expect(await evidenceCount()).toBe(before);
  });

  test.each([
    [Math.round(123.4 * MB), '“report.pdf” is 123.4 MB; evidence files can be up to 100 MB — link to larger files instead.'],
    [100 * MB + 1, '“report.pdf” is 100.1 MB; evidence files can be up to 100 MB — link to larger files instead.']
  ])('a file of %i bytes is refused with a sentence a person understands', async (bytes, message) => {
    const before = await evidenceCount();
    const error = await problemsOf(repository.uploadEvidence(PLAN, '1.0.', Q4, { name: 'report.pdf', content: new ArrayBuffer(bytes) }));
    expect(error.problems).toEqual([expect.objectContaining({ field: 'evidence', code: 'fileTooLarge', message })]);
    expect(error.message).toBe(message);
    expect(await evidenceCount()).toBe(before);
  });

  test('a file of exactly 10 MB goes in one request', async () => {
    store.resetStats();
    const stored = await repository.uploadEvidence(PLAN, '2.1.', Q4, { name: 'big.bin', content: new Uint8Array(10 * MB).fill(9).buffer });
    const file = await spAs(store).web.lists.getByTitle('Evidence').items.select('FileLeafRef').filter("ActionRef eq '2.1.' and FileLeafRef eq '2.1. 2017-18 Q4 big.bin'")();
    expect(file).toHaveLength(1);
    expect(stored.name).toBe('2.1. 2017-18 Q4 big.bin');
    expect(uploadRequests()).toEqual({ AddUsingPath: 1 });
  }, 30000);

  /** Upload requests by kind since the last reset: AddUsingPath, startUpload, continueUpload, … */
  function uploadRequests(): Record<string, number> {
    const counts: Record<string, number> = {};
    Object.keys(store.stats().routes).forEach((route) => {
      const call = /\/(AddUsingPath|startUpload|continueUpload|finishUpload|cancelUpload)\b/i.exec(route);
      if (call) counts[call[1]] = (counts[call[1]] || 0) + store.stats().routes[route];
    });
    return counts;
  }

  /** 25 MB in which every byte depends on its place, so a chunk out of order or lost shows. */
  function patterned(bytes: number): ArrayBuffer {
    const content = new Uint8Array(bytes);
    for (let index = 0; index < bytes; index++) content[index] = (index * 31 + (index >>> 12)) & 0xff;
    return content.buffer;
  }

  test('a file over 10 MB goes up in 10 MB chunks into a file that first claims its name, reporting how far it has got', async () => {
    const content = patterned(25 * MB);
    const heard: Array<[number, number]> = [];
    store.resetStats();
    const stored = await repository.uploadEvidence(PLAN, '3.2.', Q4, { name: 'committee pack.pdf', content }, (sent, total) => heard.push([sent, total]));
    expect(stored).toEqual({ name: '3.2. 2017-18 Q4 committee pack.pdf', url: '/sites/tracker/Evidence/3.2. 2017-18 Q4 committee pack.pdf' });
    expect(uploadRequests()).toEqual({ AddUsingPath: 1, startUpload: 1, continueUpload: 1, finishUpload: 1 });
    expect(heard).toEqual([[0, 25 * MB], [10 * MB, 25 * MB], [20 * MB, 25 * MB], [25 * MB, 25 * MB]]);
    const response = await fetch(new URL(encodeURI(stored.url), store.siteUrl));
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(content))).toBe(true);
    const [item] = await spAs(store).web.lists.getByTitle('Evidence').items.select('ActionRef', 'PeriodKey').filter("FileLeafRef eq '3.2. 2017-18 Q4 committee pack.pdf'")();
    expect(item).toMatchObject({ ActionRef: '3.2.', PeriodKey: '2017-18 Q4' });
  }, 60000);

  test('a chunked upload that fails part-way leaves no file behind, and the name is free again', async () => {
    const before = await evidenceCount();
    const failing = (sent: number): void => {
      if (sent > 0) throw new Error('The connection dropped');
    };
    await expect(repository.uploadEvidence(PLAN, '1.0.', Q4, { name: 'pack.pdf', content: patterned(15 * MB) }, failing)).rejects.toThrow('The connection dropped');
    expect(await evidenceCount()).toBe(before);
    const retried = await repository.uploadEvidence(PLAN, '1.0.', Q4, fileOf('pack.pdf', 'smaller pack'));
    expect(retried.name).toBe('1.0. 2017-18 Q4 pack.pdf');
  }, 60000);

  test('an unknown plan or action is NotFoundError, and nothing is uploaded', async () => {
    const before = await evidenceCount();
    await expect(repository.uploadEvidence('No such plan', '1.0.', Q4, fileOf('x.pdf', 'x'))).rejects.toBeInstanceOf(NotFoundError);
    await expect(repository.uploadEvidence(PLAN, '9.9.', Q4, fileOf('x.pdf', 'x'))).rejects.toBeInstanceOf(NotFoundError);
    expect(await evidenceCount()).toBe(before);
  });

  test("a visitor's upload is ForbiddenError", async () => {
    const before = await evidenceCount();
    await expect(repositoryAs(store, VISITOR.email).uploadEvidence(PLAN, '1.0.', Q4, fileOf('x.pdf', 'x'))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await evidenceCount()).toBe(before);
  });
});
