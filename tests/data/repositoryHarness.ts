import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { createSiteSp } from '../../src/data/createSp';
import { silentLogger } from '../../src/data/logger';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { LISTS, LIST_ORDER } from '../../src/data/schema';
import { ActionImportRow, ActionsParseResult } from '../../src/domain/import';
import { SharePointStore, StorePerson } from '../../src/local/sharepointStore';
import { startTrackerSite } from '../../src/local/trackerSite';

/** The embedded store with the people the repository tests use, and repositories signed in as them. */

export const LEAD: StorePerson = { email: 'lead@council.gov.uk', title: 'Pat Lead', role: 'member' };
export const OWNER: StorePerson = { email: 'jan.coles@council.gov.uk', title: 'Jan Coles', role: 'member' };
export const VISITOR: StorePerson = { email: 'viewer@council.gov.uk', title: 'Val Viewer', role: 'visitor' };

export function startStore(): Promise<SharePointStore> {
  return startTrackerSite({ memory: true, port: 0, quiet: true, people: [LEAD, OWNER, VISITOR] });
}

export function spAs(store: SharePointStore, email: string = LEAD.email, retries?: number): SPFI {
  return createSiteSp({ siteUrl: store.siteUrl, localUser: email, organisation: 'Test Council', retries });
}

export function repositoryAs(store: SharePointStore, email: string = LEAD.email, retries?: number): TrackerRepository {
  // Throttling and unreachable tests assert the typed errors; the guard's own logging is tested in guard.test.ts.
  return new TrackerRepository(spAs(store, email, retries), { now: () => new Date('2018-04-05T09:00:00Z'), logger: silentLogger });
}

/** An actions import row as the parser would produce it. */
export function actionRow(plan: string, n: number, overrides: Partial<ActionImportRow> = {}): ActionImportRow {
  return {
    rowNumber: n + 1,
    plan,
    objectiveRef: String(1 + (n % 3)),
    objectiveTitle: `Objective ${1 + (n % 3)}`,
    action: {
      ref: `${1 + (n % 3)}.${n}.`,
      objectiveRef: String(1 + (n % 3)),
      title: `Action number ${n}`,
      owner: n % 2 ? { name: OWNER.title } : { name: 'IB' },
      delegates: [],
      startDate: '2017-04-01',
      endDate: n % 2 ? '2018-06-30' : '2018-12-31'
    },
    update: {
      actionRef: `${1 + (n % 3)}.${n}.`,
      financialYear: '2017-18',
      quarter: 'Q4',
      status: n % 4 === 0 ? 'Green' : 'NotDue',
      progress: `Progress on ${n}`,
      reviewState: 'Approved'
    },
    ...overrides
  };
}

export function actionsFile(rows: ActionImportRow[]): ActionsParseResult {
  return { kind: 'actions', rows, errors: [], warnings: [] };
}

/** An actions file of `count` rows of one plan: actionRow(plan, 0) to actionRow(plan, count - 1). */
export function planActions(plan: string, count: number): ActionsParseResult {
  return actionsFile(Array.from({ length: count }, (_v, n) => actionRow(plan, n)));
}

/** Every item of every tracker list, minus what SharePoint changes on any write (version, Modified). */
export async function snapshot(sp: SPFI): Promise<Record<string, unknown[]>> {
  const lists: Record<string, unknown[]> = {};
  for (const key of LIST_ORDER) {
    const list = LISTS[key];
    const select = ['Id', ...list.fields.map((field) => (field.kind === 'person' || field.kind === 'personMulti' || field.kind === 'lookup' ? `${field.name}Id` : field.name))];
    const items: unknown[] = [];
    for await (const page of sp.web.lists.getByTitle(list.title).items.select(...select).top(5000)) {
      page.forEach((item: Record<string, unknown>) => {
        const copy: Record<string, unknown> = {};
        select.forEach((name) => (copy[name] = item[name]));
        items.push(copy);
      });
    }
    lists[key] = items;
  }
  return lists;
}
