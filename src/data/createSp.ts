import { spfi, SPFI, SPFx, ISPFXContext, RequestDigest } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp/behaviors/defaults';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders, Queryable } from '@pnp/queryable';
import { TimelinePipe } from '@pnp/core';

/** A configured connection to a site: callers outside src/data hold it and hand it back, never calling PnPjs themselves. */
export type { SPFI };

/**
 * The one place PnPjs is set up: web parts, the CLI, the reminder job, local mode and tests all
 * build their `SPFI` here, so every caller retries the same way and identifies itself the same way.
 * Two doors, so a web part's bundle carries only its own: `createSp` for a web part's context,
 * `createSiteSp` for a site by URL.
 */

/** Talking to a site by URL (Node, local mode, tests) rather than from inside a SharePoint page. */
export interface SiteConnection {
  /** e.g. `https://contoso.sharepoint.com/sites/tracker` or the embedded store's URL. */
  siteUrl: string;
  /** The embedded store's current user (`X-Tracker-User`); ignored by SharePoint Online. */
  localUser?: string;
  /** A bearer token source for SharePoint Online (e.g. from `az account get-access-token`). */
  accessToken?: () => Promise<string>;
  /** Names the organisation in the User-Agent SharePoint asks Node callers to send. */
  organisation?: string;
  /** Attempts per request on 429/503/504, honouring Retry-After (PnPjs default 3). */
  retries?: number;
}

export const PRODUCT_VERSION = '0.1.0';

/** SharePoint Online's throttling guidance asks unattended callers to decorate their traffic. */
export function userAgent(organisation: string = 'Council'): string {
  return `NONISV|${organisation.replace(/[|\s]+/g, '')}|PerformanceTracker/${PRODUCT_VERSION}`;
}

function bearerToken(source: () => Promise<string>): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth.replace(async (url: URL, init: RequestInit) => {
      (init.headers as Record<string, string>).Authorization = `Bearer ${await source()}`;
      return [url, init];
    });
    return instance;
  };
}

// Read through globalThis so Node builds (no DOM lib) type-check this file too.
const isBrowser = (): boolean => {
  const host = globalThis as { window?: unknown; document?: unknown };
  return typeof host.window !== 'undefined' && typeof host.document !== 'undefined';
};

/** PnPjs inside a SharePoint page or Teams tab: SharePoint's own sign-in, digest and retries. */
export function createSp(context: ISPFXContext): SPFI {
  return spfi().using(SPFx(context));
}

/**
 * PnPjs for a site by URL (Node, local mode, tests): retries honouring Retry-After, the local user,
 * a bearer token. In a browser the site knows the person by their sign-in cookie, so writes carry
 * SharePoint's form digest, fetched from `_api/contextinfo` and cached as SPFx() does.
 */
export function createSiteSp(target: SiteConnection): SPFI {
  const headers: Record<string, string> = {};
  if (target.localUser) {
    headers['X-Tracker-User'] = target.localUser;
  }
  if (!isBrowser()) {
    headers['User-Agent'] = userAgent(target.organisation);
  }
  const sp = spfi(target.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry({ retries: target.retries || 3 }),
    DefaultParse(),
    InjectHeaders(headers)
  );
  if (isBrowser()) {
    sp.using(RequestDigest());
  }
  return target.accessToken ? sp.using(bearerToken(target.accessToken)) : sp;
}
