/** Records the store keeps, and the options and answers of its public API. */

/** SharePoint's field types, as `TypeAsString`. */
export type FieldType =
  | 'Counter' | 'Text' | 'Note' | 'Number' | 'Currency' | 'DateTime' | 'Choice' | 'MultiChoice'
  | 'Boolean' | 'User' | 'UserMulti' | 'Lookup' | 'LookupMulti' | 'Guid' | 'Computed'
  | 'ContentTypeId' | 'Attachments' | 'Integer' | 'File';

export interface FieldRecord {
  id: string;
  internalName: string;
  title: string;
  type: FieldType;
  required: boolean;
  indexed: boolean;
  unique: boolean;
  hidden: boolean;
  readOnly: boolean;
  /** Fields SharePoint adds to every list (ID, Created, Author, …). */
  builtIn: boolean;
  choices?: string[];
  /** Lookups: the target list's id (GUID without braces) and the field shown. */
  lookupList?: string;
  lookupField?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  /** DateTime fields: `DateOnly` or `DateTime`. */
  displayFormat?: 'DateOnly' | 'DateTime';
  defaultValue?: string;
  group?: string;
  description?: string;
  richText?: boolean;
  numLines?: number;
}

export interface ListRecord {
  id: string;
  title: string;
  /** Web-relative URL, e.g. `Lists/Actions`. */
  url: string;
  description: string;
  baseTemplate: number;
  enableVersioning: boolean;
  created: string;
  lastItemModified: string;
  itemCount: number;
  /** Number in the per-list table names (`items_<n>`, `versions_<n>`). */
  tableNo: number;
  lastItemId: number;
  /** `ActionsListItem` (the list URL's last segment, XML-encoded, + `ListItem`). */
  entityTypeName: string;
  contentTypeId: string;
}

export type SiteRole = 'owner' | 'member' | 'visitor';

export interface SiteUser {
  id: number;
  email: string;
  title: string;
  loginName: string;
  isSiteAdmin: boolean;
}

export interface SiteGroup {
  id: number;
  title: string;
  role: SiteRole;
  description: string;
}

/** A person in the tenant directory: `ensureuser` can add them to the site. */
export interface DirectoryPerson {
  email: string;
  title: string;
}

/** Faults to inject into `/_api` requests (not into `/_admin`). */
export interface FaultOptions {
  /** Share of requests (0–1) answered with `status` instead of being served. */
  failureRate?: number;
  status?: 429 | 503;
  retryAfterSeconds?: number;
  /** Added to every request before it is served. */
  latencyMs?: number;
  /** Seed of the pseudo-random sequence that picks failed requests (deterministic tests). */
  seed?: number;
}

export interface StoreStats {
  totalRequests: number;
  /** Count per route: method + normalised path, e.g. `GET /_api/web/lists/getByTitle()/items`. */
  routes: Record<string, number>;
  /** Requests inside `$batch` bodies, per route. */
  batchParts: Record<string, number>;
  /**
   * SharePoint operations, as SharePoint meters them: each request outside a `$batch`, and each
   * request inside one; the `$batch` envelope itself is none.
   */
  operations: number;
  injected: { 429: number; 503: number; delayed: number };
  bytesIn: number;
  bytesOut: number;
}
