import { errors } from './errors';
import { FormDigests } from './formDigest';
import { Caller } from './permissions';

/**
 * What keeps the store for the machine it runs on. Any web page the person visits can make
 * their browser send a request to 127.0.0.1, and a rebound DNS name can make it read the answer,
 * so before anything is read or written:
 * - only requests addressed to localhost, 127.0.0.1 or [::1] are served (421 otherwise);
 * - a write from another origin is refused (403): a browser names the page's origin in `Origin`,
 *   or at least says `Sec-Fetch-Site: cross-site`; Node clients send neither;
 * - `/_admin` takes JSON (415 otherwise) and nothing from another origin, even a read;
 * - and, as SharePoint does, a write authenticated by the browser's cookie must carry a valid
 *   form digest (`securityValidation`), while one naming its caller in `X-Tracker-User` (a
 *   bearer token, on SharePoint Online) needs none.
 */

export interface Refusal {
  status: number;
  message: string;
}

/** Methods that change nothing; every other method is a write. */
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

const LOCAL_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;

/** A Host header naming this machine: `localhost`, `127.0.0.1` or `[::1]`, with any port. */
export function isLocalHost(host: string | undefined): boolean {
  return LOCAL_HOST.test((host || '').trim());
}

export function isWrite(method: string): boolean {
  return SAFE_METHODS.indexOf(method.toUpperCase()) < 0;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether a browser sent the request from a page on another origin. `Origin: null` (a sandboxed
 * frame, a redirect) is never this server. Without `Origin`, `Sec-Fetch-Site` says where the page
 * was: `same-site` counts as foreign too, since every port of localhost is the same site.
 */
export function isCrossOrigin(headers: Record<string, string | undefined>): boolean {
  const origin = headers.origin;
  if (origin !== undefined) {
    const own = originOf(`http://${headers.host || ''}`);
    return !own || originOf(origin) !== own;
  }
  const site = (headers['sec-fetch-site'] || '').toLowerCase();
  return site === 'cross-site' || site === 'same-site';
}

/** Browsers name the page's origin or the fetch's site; Node's fetch and PnPjs in Node send neither. */
export function isFromBrowser(headers: Record<string, string | undefined>): boolean {
  return headers.origin !== undefined || headers['sec-fetch-site'] !== undefined;
}

/** The Host and Origin checks every server of local mode makes before it reads a request. */
export function refuseForeign(method: string, headers: Record<string, string | undefined>): Refusal | undefined {
  if (!isLocalHost(headers.host)) {
    return { status: 421, message: 'This server answers only requests addressed to localhost, 127.0.0.1 or [::1].' };
  }
  if (isWrite(method) && isCrossOrigin(headers)) {
    return { status: 403, message: 'Changes are accepted only from pages of this server, not from another site.' };
  }
  return undefined;
}

function isJson(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test((contentType || '').trim());
}

function hasBody(headers: Record<string, string | undefined>): boolean {
  return headers['transfer-encoding'] !== undefined || Number(headers['content-length'] || 0) > 0;
}

/** `/_admin/…`: same origin (or no browser at all) only, and JSON bodies only. */
function refuseAdmin(method: string, headers: Record<string, string | undefined>): Refusal | undefined {
  if (isCrossOrigin(headers)) {
    return { status: 403, message: 'The admin endpoints answer only this server\'s own pages and clients that are not browsers.' };
  }
  const needsJson = ['GET', 'HEAD', 'DELETE'].indexOf(method) < 0 || hasBody(headers);
  if (needsJson && !isJson(headers['content-type'])) {
    return { status: 415, message: 'The admin endpoints take a JSON body: send Content-Type: application/json.' };
  }
  return undefined;
}

/** The store's refusal of a request, decided from its method, path and headers alone. */
export function refuseStoreRequest(method: string, path: string, headers: Record<string, string | undefined>): Refusal | undefined {
  const foreign = refuseForeign(method, headers);
  if (foreign) {
    return foreign;
  }
  return path.toLowerCase().indexOf('/_admin/') === 0 ? refuseAdmin(method, headers) : undefined;
}

/**
 * SharePoint's security validation of a write. `contextinfo` is where a browser gets its digest,
 * so it needs none. A browser request that names nobody may read as the default owner but never
 * write as them: it is not authenticated (401).
 */
export function securityValidation(digests: FormDigests, caller: Caller, method: string, apiPath: string, headers: Record<string, string | undefined>): void {
  if (!isWrite(method) || caller.source === 'header') {
    return;
  }
  if (caller.source === 'default') {
    if (isFromBrowser(headers)) {
      throw errors.unauthenticated();
    }
    return;
  }
  if (apiPath.toLowerCase() === 'contextinfo') {
    return;
  }
  const check = digests.check(headers['x-requestdigest'], caller.user.loginName);
  if (check !== 'valid') {
    throw check === 'expired' ? errors.securityValidationTimedOut() : errors.securityValidationInvalid();
  }
}
