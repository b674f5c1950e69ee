import { StoreDatabase } from './database';
import { FormDigests } from './formDigest';
import { ListCatalog } from './lists/listCatalog';
import { MetadataLevel } from './metadata';
import { QueryOptions } from './odata/queryOptions';
import { PathSegment } from './pathSegments';
import { SiteRole, SiteUser } from './storeTypes';
import { SiteUsers } from './users/siteUsers';

/** The site path every store serves; the host and port come from where it listens. */
export const SITE_PATH = '/sites/tracker';
export const SITE_TITLE = 'Tracker';

/** What every route can reach: the database, the lists, the people, and the site's URL. */
export interface StoreContext {
  db: StoreDatabase;
  lists: ListCatalog;
  users: SiteUsers;
  /**
   * The absolute site URL links are built on: `http://<Host header>/sites/tracker` for a
   * request (see `contextForHost`), `http://127.0.0.1:<port>/sites/tracker` otherwise.
   */
  siteUrl: string;
  siteId: string;
  webId: string;
  /** Issues and checks the form digests of `_api/contextinfo`. */
  formDigests: FormDigests;
  /** The largest file a chunked upload may build: MAX_CHUNKED_FILE_BYTES unless a test lowers it. */
  maxChunkedFileBytes?: number;
  /** Milliseconds since 1970 for the instants the store writes (Created, Modified): `Date.now` unless set. */
  clock: () => number;
}

/** A host name, IPv4 address or bracketed IPv6 address, with an optional port. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The context for one request: absolute URLs (`odata.metadata`, next links, `__metadata.uri`,
 * `Url` of the web) are built on the request's `Host`, as SharePoint builds them on the host
 * it was called by, so a same-origin proxy (the local workbench on localhost:4321) hands the
 * browser links on its own origin. A missing or malformed Host keeps the listening address.
 */
export function contextForHost(ctx: StoreContext, host: string | undefined): StoreContext {
  const value = (host || '').trim();
  if (!value || !HOST.test(value)) {
    return ctx;
  }
  return { ...ctx, siteUrl: `http://${value}${SITE_PATH}` };
}

/** One REST call, from a plain HTTP request or from a part of a `$batch`. */
export interface ApiRequest {
  /** The effective method: `X-HTTP-Method` (MERGE, DELETE) wins over POST. */
  method: string;
  /** The path after `_api/`. */
  segments: PathSegment[];
  query: QueryOptions;
  /** Header values by lower-case name. */
  headers: Record<string, string | undefined>;
  body: string;
  /** The raw bytes of a file upload's body (`files/AddUsingPath`); absent for JSON calls. */
  binary?: Buffer;
  user: SiteUser;
  role: SiteRole;
  /** The metadata level the response is written in (from `Accept`). */
  level: MetadataLevel;
  /** The body is verbose JSON (`Content-Type: …odata=verbose`): `__metadata` and `{results}` allowed. */
  verboseBody: boolean;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
  /** A binary body (a file's content), sent instead of `body`. */
  bytes?: Buffer;
}
