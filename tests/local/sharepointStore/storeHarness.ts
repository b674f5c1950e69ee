import { spfi, SPFI } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp/behaviors/defaults';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { SharePointStore, SharePointStoreOptions, startSharePointStore } from '../../../src/local/sharepointStore';
import { startTrackerSite } from '../../../src/local/trackerSite';

/**
 * Starts an in-memory store on a free port, quiet, for one test file or test: with the tracker's
 * lists made over REST (as `tracker provision` makes them), the realistic lists these tests use,
 * or `{ empty: true }` for a site with none, as the store itself starts.
 */
export function startMemoryStore(options: Partial<SharePointStoreOptions> & { empty?: boolean } = {}): Promise<SharePointStore> {
  const { empty, ...storeOptions } = options;
  const start = empty ? startSharePointStore : startTrackerSite;
  return start({ memory: true, port: 0, quiet: true, ...storeOptions });
}

/**
 * PnPjs v4 as the product composes it in Node: default headers and init, the browser fetch with
 * retries (Node 22's global fetch), the default parser; `as` signs in as another person.
 */
export function spFor(store: SharePointStore, as?: string): SPFI {
  const sp = spfi(store.siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse());
  return as ? sp.using(InjectHeaders({ 'X-Tracker-User': as })) : sp;
}

/** A raw call to the store, for error shapes PnPjs would hide. */
export async function rawFetch(store: SharePointStore, path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; text: string; json: any }> {
  const response = await fetch(`${store.siteUrl}${path}`, { ...init, headers: { Accept: 'application/json', ...(init.headers || {}) } });
  const text = await response.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The `odata.error` message of a PnPjs HttpRequestError. */
export async function errorOf(promise: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await promise;
  } catch (error: any) {
    const body = await error.response.json();
    const inner = body['odata.error'] || body.error;
    return { status: error.status, code: inner.code, message: inner.message.value };
  }
  throw new Error('Expected the call to fail');
}
