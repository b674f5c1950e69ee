import { createSiteSp } from '../data/createSp';
import { provisionSite } from '../data/provisioning';
import { SharePointStore, SharePointStoreOptions, startSharePointStore } from './sharepointStore/startSharePointStore';

/**
 * The tracker's site in the embedded store: the store starts as any SharePoint site does, knowing
 * nothing of the tracker, and the lists are created through the same REST path `tracker
 * provision` takes on a tenant. On a store that already has them this only reads (a list read and
 * one field read per list).
 */
export async function startTrackerSite(options: SharePointStoreOptions): Promise<SharePointStore> {
  // Faults asked for are for the caller's requests, not for setting the site up.
  const { faults, ...storeOptions } = options;
  const store = await startSharePointStore(storeOptions);
  try {
    await provisionSite(createSiteSp({ siteUrl: store.siteUrl }));
    if (faults) {
      store.faults.set(faults);
    }
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}
