import { resolve } from 'path';
import { createSiteSp, SPFI } from '../data/createSp';
import { SharePointStore } from '../local/sharepointStore/startSharePointStore';
import { startTrackerSite } from '../local/trackerSite';

/** Where `--site` points: a SharePoint site (or running store) by URL, or a store directory. */
export interface SiteTarget {
  sp: SPFI;
  /** What the user asked for, for messages. */
  description: string;
  /** The in-process store, when `--site` named a directory. */
  store?: SharePointStore;
  close(): Promise<void>;
}

export const DEFAULT_SITE_DIR = '.tracker';

/** `--site`, else `TRACKER_SITE`, else `./.tracker` (SPEC §6). */
export function siteArgument(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.TRACKER_SITE || DEFAULT_SITE_DIR;
}

export function isSiteUrl(site: string): boolean {
  return /^https?:\/\//i.test(site);
}

/** An access token for SharePoint Online from TRACKER_ACCESS_TOKEN (e.g. `az account get-access-token`). */
function tokenSource(env: NodeJS.ProcessEnv): (() => Promise<string>) | undefined {
  const token = env.TRACKER_ACCESS_TOKEN;
  return token ? () => Promise.resolve(token) : undefined;
}

export async function openSite(site: string, env: NodeJS.ProcessEnv = process.env): Promise<SiteTarget> {
  if (isSiteUrl(site)) {
    const sp = createSiteSp({ siteUrl: site.replace(/\/+$/, ''), accessToken: tokenSource(env), localUser: env.TRACKER_USER });
    return { sp, description: site, close: () => Promise.resolve() };
  }
  const dir = resolve(site);
  const store = await startTrackerSite({ dir, port: 0, quiet: true });
  const sp = createSiteSp({ siteUrl: store.siteUrl, localUser: env.TRACKER_USER });
  return { sp, description: dir, store, close: () => store.close() };
}
