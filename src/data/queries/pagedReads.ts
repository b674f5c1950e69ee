import { SPFI, SPCollection, ISPCollection } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { InjectHeaders, parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import { QUERY_PLAN, QueryName } from '../queryPlan';
import { LISTS } from '../schema';
import { selectionOf } from '../mapping/selection';
import { ItemJson } from '../mapping/fieldValues';

/**
 * Paged, batched reads that follow queryPlan.ts: every read names its planned query, its filter
 * must start with that query's indexed column, and it is ordered as planned. First pages of
 * independent reads go in one `$batch`; further pages follow SharePoint's next link. Pages hold
 * up to 5,000 items, the most the list view threshold lets one request return.
 */

export const PAGE_SIZE = 5000;

export interface PlannedRead {
  query: QueryName;
  /** The `$filter`, leading with the planned indexed column (`Plan/Id eq 3 and …`); '' reads the whole (small) list. */
  filter: string;
  /** Fewer columns than the list's full selection, for a scan that only looks for ids (`$select`, `$expand`). */
  columns?: { select: string[]; expand: string[] };
  /**
   * `none` leaves out each row's ETag and type (a few hundred bytes a row): for reads nothing is
   * saved over. By default, reads with `columns` have none and full reads have minimal metadata.
   */
  metadata?: 'none' | 'minimal';
}

interface Page {
  items: ItemJson[];
  nextLink?: string;
}

const pageParser = parseBinderWithErrorCheck(async (response: Response) => {
  const json = (await response.json()) as { d?: { __next?: string }; 'odata.nextLink'?: string };
  const nextLink: unknown = json.d && json.d.__next ? json.d.__next : json['odata.nextLink'];
  return { items: parseODataJSON(json), nextLink: typeof nextLink === 'string' && nextLink !== '' ? nextLink : undefined };
});

/** Refuses a filter that does not lead with its planned index: such a query fails on large lists. */
function checkedFilter(read: PlannedRead): string {
  const planned = QUERY_PLAN[read.query];
  if (read.filter === '') {
    return '';
  }
  const leading = read.filter.replace(/^\(/, '');
  if (leading.indexOf(`${planned.leadsWith} `) !== 0 && leading.indexOf(`${planned.leadsWith}/`) !== 0) {
    throw new Error(`Query ${read.query} must lead with ${planned.leadsWith}, not "${read.filter}"`);
  }
  return read.filter;
}

function firstPage(sp: SPFI, read: PlannedRead): ISPCollection {
  const planned = QUERY_PLAN[read.query];
  const selection = read.columns || selectionOf(planned.list);
  const filter = checkedFilter(read);
  const items = sp.web.lists.getByTitle(LISTS[planned.list].title).items.select(...selection.select).expand(...selection.expand);
  const query = (filter ? items.filter(filter) : items).orderBy(planned.orderBy, true).top(PAGE_SIZE).using(pageParser);
  // A scan for ids needs no ETags or types: without metadata each row is a few dozen bytes, not hundreds.
  const metadata = read.metadata || (read.columns ? 'none' : 'minimal');
  return (metadata === 'none' ? query.using(InjectHeaders({ Accept: 'application/json;odata=nometadata' })) : query) as unknown as ISPCollection;
}

async function remainingPages(query: ISPCollection, first: Page): Promise<ItemJson[]> {
  const items = first.items.slice();
  let nextLink = first.nextLink;
  while (nextLink) {
    const page: Page = await SPCollection([query, nextLink]).using(pageParser)();
    items.push(...page.items);
    nextLink = page.nextLink;
  }
  return items;
}

/** Reads every page of one planned query. */
export async function readAll(sp: SPFI, read: PlannedRead): Promise<ItemJson[]> {
  const query = firstPage(sp, read);
  return remainingPages(firstPage(sp, read), await query());
}

/**
 * Reads every page of several planned queries, their first pages in one `$batch` (PnPjs splits
 * it at 20 requests); results come back in the order asked.
 */
export async function readAllBatched(sp: SPFI, reads: readonly PlannedRead[]): Promise<ItemJson[][]> {
  if (reads.length === 0) {
    return [];
  }
  if (reads.length === 1) {
    return [await readAll(sp, reads[0])];
  }
  const [batched, execute] = sp.batched();
  const firsts: Array<Promise<Page>> = reads.map((read) => firstPage(batched, read)());
  // A failed part rejects its own promise; hold them so none goes unhandled while the batch runs.
  const settled = Promise.all(firsts.map((page) => page.then((value) => ({ value }), (error: unknown) => ({ error }))));
  await execute();
  const outcomes = await settled;
  const results: ItemJson[][] = [];
  for (let index = 0; index < outcomes.length; index += 1) {
    const outcome = outcomes[index] as { value?: Page; error?: unknown };
    if (outcome.error !== undefined) {
      throw outcome.error;
    }
    results.push(await remainingPages(firstPage(sp, reads[index]), outcome.value as Page));
  }
  return results;
}

/** Groups of reads in one `$batch`: one list per group, holding its reads' items in the order asked. */
export async function readGroupsBatched(sp: SPFI, groups: ReadonlyArray<readonly PlannedRead[]>): Promise<ItemJson[][]> {
  const results = await readAllBatched(sp, ([] as PlannedRead[]).concat(...groups));
  let next = 0;
  return groups.map((group) => ([] as ItemJson[]).concat(...results.slice(next, (next += group.length))));
}
