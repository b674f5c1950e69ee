/**
 * The embedded SharePoint store under load, driven by PnPjs v4 over HTTP as the product drives it:
 * batched writes of 10,000 items (PnPjs sends 20 requests per `$batch`), paged reads of those
 * 10,000 items at 100 and at 5,000 per page, and the process's memory once the store holds 30,000
 * items. Prints items/s, requests and bytes per operation; exits 1 when a budget is broken
 * (CI runs this through `npm run bench`). Run with `--expose-gc` for steadier memory figures.
 */
import { spfi, SPFI } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp/behaviors/defaults';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { SharePointStore } from '../src/local/sharepointStore';
import { startTrackerSite } from '../src/local/trackerSite';

/**
 * Budgets. These machines are shared 2-core boxes, so speed is judged within one run, against
 * the naive way measured beside it (one request per item): batched writes must be at least
 * `batchedWriteSpeedup` times faster, and pages of 5,000 at least `bigPageSpeedup` times faster
 * than pages of 100. (Measured on an idle box: about 1,500–2,700 items/s batched against about
 * 300 one by one; 21,000 and 70,000 items/s for pages of 100 and 5,000.) Request counts are exact:
 * they follow from PnPjs's batching (20 requests per `$batch`) and the page size, so any change is
 * a change of behaviour; received bytes may grow 25%, memory about 1.5× (heap more, as it is small
 * and noisy); RSS 235 MB and heap 15 MB with 30,000 items were measured.
 */
const BUDGETS = {
  batchedWriteSpeedup: 2,
  bigPageSpeedup: 1.5,
  writeRequests: 500,
  writeBytesOut: 18_000_000,
  read100BytesOut: 4_900_000,
  rssMbAfter30000: 360,
  heapMbAfter30000: 40
};

const WRITES = 10_000;
/** Written one request per item, the naive way, to compare batched writes with in the same run. */
const SINGLE_WRITES = 300;
const TOTAL = 30_000;
const GROUP = 100;

interface Measured {
  name: string;
  items: number;
  ms: number;
  requests: number;
  bytesIn: number;
  bytesOut: number;
}

function pnp(siteUrl: string): SPFI {
  return spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse());
}

async function writeActions(sp: SPFI, from: number, count: number, planId: number, objectiveId: number): Promise<void> {
  for (let start = 0; start < count; start += GROUP) {
    const [batched, execute] = sp.batched();
    for (let n = from + start; n < from + Math.min(start + GROUP, count); n++) {
      batched.web.lists.getByTitle('Actions').items.add({
        Title: `Action ${n}`, Ref: `A${n}`, PlanId: planId, ObjectiveId: objectiveId, OwnerName: 'Bench Owner',
        EndDate: `2019-0${(n % 9) + 1}-15`, CurrentStatus: n % 4 ? 'Green' : 'Amber', ServiceArea: 'Education'
      });
    }
    await execute();
  }
}

async function writeOneByOne(sp: SPFI, from: number, count: number, planId: number, objectiveId: number): Promise<void> {
  for (let n = from; n < from + count; n++) {
    await sp.web.lists.getByTitle('Actions').items.add({ Title: `Action ${n}`, Ref: `A${n}`, PlanId: planId, ObjectiveId: objectiveId, OwnerName: 'Bench Owner' });
  }
}

async function readAll(sp: SPFI, pageSize: number): Promise<number> {
  let read = 0;
  for await (const page of sp.web.lists.getByTitle('Actions').items.select('Id', 'Title', 'Ref', 'EndDate', 'CurrentStatus', 'OwnerId').top(pageSize)) {
    read += page.length;
  }
  return read;
}

async function measure(store: SharePointStore, name: string, work: () => Promise<number>): Promise<Measured> {
  store.resetStats();
  const started = process.hrtime.bigint();
  const items = await work();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const stats = store.stats();
  return { name, items, ms, requests: stats.totalRequests, bytesIn: stats.bytesIn, bytesOut: stats.bytesOut };
}

function perSecond(result: Measured): number {
  return Math.round(result.items / (result.ms / 1000));
}

function table(results: Measured[]): void {
  console.log(`${'operation'.padEnd(34)}${'items'.padStart(8)}${'items/s'.padStart(10)}${'requests'.padStart(10)}${'sent MB'.padStart(10)}${'received MB'.padStart(13)}${'time s'.padStart(9)}`);
  results.forEach((result) =>
    console.log(
      `${result.name.padEnd(34)}${String(result.items).padStart(8)}${String(perSecond(result)).padStart(10)}${String(result.requests).padStart(10)}` +
        `${(result.bytesIn / 1e6).toFixed(2).padStart(10)}${(result.bytesOut / 1e6).toFixed(2).padStart(13)}${(result.ms / 1000).toFixed(2).padStart(9)}`
    )
  );
}

function check(failures: string[], ok: boolean, message: string): void {
  if (!ok) {
    failures.push(message);
  }
}

async function main(): Promise<void> {
  const store = await startTrackerSite({ memory: true, port: 0, quiet: true });
  try {
    const sp = pnp(store.siteUrl);
    const planId = (await sp.web.lists.getByTitle('Plans').items.add({ Title: 'Bench', PlanType: 'Other', FirstYear: '2019-20', LastYear: '2020-21' })).Id;
    const objectiveId = (await sp.web.lists.getByTitle('Objectives').items.add({ Title: 'Objective', PlanId: planId, Ref: '1' })).Id;

    const write = await measure(store, `batched writes (${GROUP} per execute)`, async () => {
      await writeActions(sp, 0, WRITES, planId, objectiveId);
      return WRITES;
    });
    const single = await measure(store, 'one request per item (naive)', async () => {
      await writeOneByOne(sp, WRITES, SINGLE_WRITES, planId, objectiveId);
      return SINGLE_WRITES;
    });
    const read100 = await measure(store, 'paged reads, 100 per page', () => readAll(sp, 100));
    const read5000 = await measure(store, 'paged reads, 5,000 per page', () => readAll(sp, 5000));
    await writeActions(sp, WRITES + SINGLE_WRITES, TOTAL - WRITES - SINGLE_WRITES, planId, objectiveId);
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) {
      gc();
      gc();
    }
    const memory = process.memoryUsage();
    const rssMb = memory.rss / 1048576;
    const heapMb = memory.heapUsed / 1048576;

    console.log(`\nEmbedded SharePoint store, PnPjs v4 over HTTP on 127.0.0.1 (Node ${process.version})`);
    table([write, single, read100, read5000]);
    const writeSpeedup = perSecond(write) / perSecond(single);
    const pageSpeedup = perSecond(read5000) / perSecond(read100);
    console.log(`batched writes ${writeSpeedup.toFixed(1)}x faster than one by one; pages of 5,000 ${pageSpeedup.toFixed(1)}x faster than pages of 100`);
    console.log(`requests per item: writes ${(write.requests / write.items).toFixed(3)}, reads ${(read100.requests / read100.items).toFixed(3)} (100/page), ${(read5000.requests / read5000.items).toFixed(4)} (5,000/page)`);
    console.log(`memory with ${TOTAL} items in the store (store and client in one process${gc ? ', after GC' : ''}): RSS ${rssMb.toFixed(0)} MB, heap ${heapMb.toFixed(0)} MB`);

    const failures: string[] = [];
    const written = WRITES + SINGLE_WRITES;
    check(failures, read100.items === written && read5000.items === written, `paged reads returned ${read100.items} and ${read5000.items} items, not ${written}`);
    check(failures, writeSpeedup >= BUDGETS.batchedWriteSpeedup, `batched writes only ${writeSpeedup.toFixed(1)}x faster than one by one, budget ≥ ${BUDGETS.batchedWriteSpeedup}x`);
    check(failures, pageSpeedup >= BUDGETS.bigPageSpeedup, `pages of 5,000 only ${pageSpeedup.toFixed(1)}x faster than pages of 100, budget ≥ ${BUDGETS.bigPageSpeedup}x`);
    check(failures, single.requests === SINGLE_WRITES, `one-by-one writes took ${single.requests} requests, expected ${SINGLE_WRITES}`);
    check(failures, write.requests === BUDGETS.writeRequests, `batched writes took ${write.requests} requests, expected ${BUDGETS.writeRequests}`);
    check(failures, read100.requests === Math.ceil(written / 100), `reads of 100 took ${read100.requests} requests, expected ${Math.ceil(written / 100)}`);
    check(failures, read5000.requests === Math.ceil(written / 5000), `reads of 5,000 took ${read5000.requests} requests, expected ${Math.ceil(written / 5000)}`);
    check(failures, write.bytesOut <= BUDGETS.writeBytesOut, `batched writes received ${write.bytesOut} bytes, budget ≤ ${BUDGETS.writeBytesOut}`);
    check(failures, read100.bytesOut <= BUDGETS.read100BytesOut, `reads of 100 received ${read100.bytesOut} bytes, budget ≤ ${BUDGETS.read100BytesOut}`);
    check(failures, rssMb <= BUDGETS.rssMbAfter30000, `RSS ${rssMb.toFixed(0)} MB, budget ≤ ${BUDGETS.rssMbAfter30000} MB`);
    check(failures, heapMb <= BUDGETS.heapMbAfter30000, `heap ${heapMb.toFixed(0)} MB, budget ≤ ${BUDGETS.heapMbAfter30000} MB`);
    if (failures.length > 0) {
      failures.forEach((failure) => console.error(`FAIL: ${failure}`));
      process.exitCode = 1;
    } else {
      console.log('OK: every store budget is met.');
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
