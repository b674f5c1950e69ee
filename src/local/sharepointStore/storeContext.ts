import { StoreDatabase } from './database';
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
  /** `http://127.0.0.1:<port>/sites/tracker`. */
  siteUrl: string;
  siteId: string;
  webId: string;
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
}
