import { SiteList } from './schemaCheck';

/** Reads what the site actually has of the tracker's lists. */
export interface ISiteSchemaReader {
  /** The tracker's lists that exist on the site, with their fields (one request). */
  readTrackerLists(): Promise<SiteList[]>;
}
