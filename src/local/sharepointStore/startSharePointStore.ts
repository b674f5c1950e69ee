import { randomUUID } from 'crypto';
import { mkdirSync } from 'fs';
import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { join } from 'path';
import { StoreDatabase } from './database';
import { FaultInjector } from './faults';
import { FormDigests } from './formDigest';
import { storeRequestListener } from './httpServer';
import { ListCatalog } from './lists/listCatalog';
import { StatsCounter } from './stats';
import { SITE_PATH, StoreContext } from './storeContext';
import { DirectoryPerson, FaultOptions, SiteRole, StoreStats } from './storeTypes';
import { SiteUsers } from './users/siteUsers';

/** A person for the store's directory; with a role they are also a member of that site group. */
export interface StorePerson extends DirectoryPerson {
  role?: SiteRole;
}

export interface SharePointStoreOptions {
  /** Keep the site in `<dir>/sharepoint.sqlite` (durable; survives restarts and kill -9). */
  dir?: string;
  /** Keep the site in memory (tests). One of `dir` and `memory` is required. */
  memory?: boolean;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The site owner who calls when no `X-Tracker-User` header is sent. */
  defaultUser?: DirectoryPerson;
  /** People in the directory (and, with a role, in a site group). */
  people?: StorePerson[];
  faults?: FaultOptions;
  /** The largest file a chunked upload may build (default MAX_CHUNKED_FILE_BYTES, 250 MB); tests lower it. */
  maxChunkedFileBytes?: number;
  /**
   * How long a form digest from `_api/contextinfo` is valid (SharePoint's Web Page Security
   * Validation timeout): 1800 seconds unless a test shortens it.
   */
  formDigestTimeoutSeconds?: number;
  /** Do not print the site URL on start. */
  quiet?: boolean;
  /**
   * The time the store writes as Created and Modified, in milliseconds since 1970 (default
   * `Date.now`): local mode's demo clock, so items are stamped in the demo's own time.
   */
  clock?: () => number;
  /** Where unexpected errors and the start line go (default: console). */
  log?: (message: string) => void;
}

export interface SharePointStore {
  /** `http://127.0.0.1:<port>/sites/tracker`: give it to `spfi(siteUrl)`. */
  siteUrl: string;
  port: number;
  close(): Promise<void>;
  faults: {
    set(options: FaultOptions): void;
    clear(): void;
    current(): FaultOptions;
  };
  /** Requests per route, injected faults and bytes since start (or the last reset). */
  stats(): StoreStats;
  resetStats(): void;
  users: {
    add(person: StorePerson): void;
    /** Moves a site user to another group, or (undefined) out of every group. */
    setRole(email: string, role: SiteRole | undefined): void;
    addToDirectory(person: DirectoryPerson): void;
  };
}

export const DEFAULT_OWNER: DirectoryPerson = { email: 'owner@tracker.local', title: 'Local Owner' };

function metaValue(db: StoreDatabase, key: string): string {
  const row = db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', key);
  if (row) {
    return row.value;
  }
  const value = randomUUID();
  db.run('INSERT INTO meta (key, value) VALUES (?, ?)', key, value);
  return value;
}

function openDatabase(options: SharePointStoreOptions): StoreDatabase {
  if (options.dir) {
    mkdirSync(options.dir, { recursive: true });
    return new StoreDatabase(join(options.dir, 'sharepoint.sqlite'));
  }
  if (options.memory) {
    return new StoreDatabase(':memory:');
  }
  throw new Error('startSharePointStore needs { dir } or { memory: true }');
}

/**
 * Starts the embedded SharePoint store: an HTTP server on 127.0.0.1 answering the part of
 * SharePoint Online's REST API that PnPjs v4 uses, for one site at `/sites/tracker`, backed by
 * SQLite. Resolves once it is listening. It knows nothing of the tracker: a new site has no
 * lists until a client creates them over REST, as on SharePoint (src/local/trackerSite.ts).
 */
export async function startSharePointStore(options: SharePointStoreOptions): Promise<SharePointStore> {
  const log = options.log || ((message: string) => console.error(message));
  const db = openDatabase(options);
  const users = db.transaction(() => new SiteUsers(db));
  const owner = options.defaultUser || DEFAULT_OWNER;
  db.transaction(() => {
    users.add(owner, 'owner', true);
    (options.people || []).forEach((person) => (person.role ? users.add(person, person.role) : users.addToDirectory(person)));
  });
  const ids = db.transaction(() => ({ siteId: metaValue(db, 'siteId'), webId: metaValue(db, 'webId') }));
  const clock = options.clock || Date.now;
  const lists = new ListCatalog(db, clock);
  const server = createServer();
  const port = await listen(server, options.port || 0);
  const formDigests = new FormDigests(ids.siteId, options.formDigestTimeoutSeconds);
  const ctx: StoreContext = { db, lists, users, siteUrl: `http://127.0.0.1:${port}${SITE_PATH}`, ...ids, formDigests, maxChunkedFileBytes: options.maxChunkedFileBytes, clock };
  const faults = new FaultInjector(options.faults);
  const stats = new StatsCounter();
  server.on('request', storeRequestListener({ ctx, faults, stats, defaultUserEmail: owner.email, log }, { faults, stats, users, transaction: (work) => db.transaction(work) }));
  if (!options.quiet) {
    log(`SharePoint store: ${ctx.siteUrl}`);
  }
  return {
    siteUrl: ctx.siteUrl,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
        server.closeAllConnections();
      }),
    faults: { set: (next) => faults.set(next), clear: () => faults.set({}), current: () => faults.current() },
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    users: {
      add: (person) => db.transaction(() => (person.role ? users.add(person, person.role) : users.add(person))),
      setRole: (email, role) =>
        db.transaction(() => {
          const user = users.byEmail(email) || users.add({ email, title: email });
          if (role) {
            users.setRole(user.id, role);
          } else {
            users.groups().forEach((group) => users.removeFromGroup(group.id, user.id));
          }
        }),
      addToDirectory: (person) => db.transaction(() => users.addToDirectory(person))
    }
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
