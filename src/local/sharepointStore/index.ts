/** The embedded SharePoint store (Node only; never imported by web parts). */
export { startSharePointStore, DEFAULT_OWNER } from './startSharePointStore';
export type { SharePointStore, SharePointStoreOptions, StorePerson } from './startSharePointStore';
export type { DirectoryPerson, FaultOptions, SiteRole, StoreStats } from './storeTypes';
