import { errorBody, errors, SpError } from './errors';
import { metadataLevel } from './metadata';
import { parseQueryOptions } from './odata/queryOptions';
import { normaliseSegment, parsePath } from './pathSegments';
import { Caller } from './permissions';
import { routeApi } from './routes/web';
import { ApiRequest, ApiResponse, SITE_PATH, StoreContext } from './storeContext';

/**
 * Turns a method, URL, headers and body (from HTTP or from a `$batch` part) into an `ApiRequest`,
 * runs it in one transaction, and turns any refusal into SharePoint's error response. Nothing
 * a request changes is kept unless all of it succeeds.
 */

const API_PREFIX = `${SITE_PATH}/_api/`;

export interface RawCall {
  method: string;
  /** The path and query as received (`/sites/tracker/_api/web?%24select=Title`), or an absolute URL. */
  url: string;
  headers: Record<string, string | undefined>;
  body: string;
  /** The body's bytes, kept for file uploads only. */
  binary?: Buffer;
}

/** The path after `_api/`, or undefined when the URL is not under this site's `_api`. */
export function apiPathOf(url: string): { apiPath: string; search: string } | undefined {
  const parsed = new URL(url, 'http://127.0.0.1');
  const path = parsed.pathname;
  if (path.toLowerCase().indexOf(API_PREFIX) !== 0) {
    return undefined;
  }
  return { apiPath: path.slice(API_PREFIX.length), search: parsed.search };
}

/** `GET /_api/web/lists/getByTitle()/items`: how stats count a call. */
export function routeKey(method: string, url: string): string {
  const located = apiPathOf(url);
  if (!located) {
    return `${method} ${new URL(url, 'http://127.0.0.1').pathname}`;
  }
  try {
    const segments = parsePath(located.apiPath, new Map());
    return `${method} /_api/${segments.map(normaliseSegment).join('/')}`;
  } catch {
    return `${method} /_api/${located.apiPath}`;
  }
}

export function effectiveMethod(method: string, headers: Record<string, string | undefined>): string {
  const override = headers['x-http-method'];
  return method.toUpperCase() === 'POST' && override ? override.toUpperCase() : method.toUpperCase();
}

export function buildApiRequest(call: RawCall, caller: Caller): ApiRequest {
  const located = apiPathOf(call.url);
  if (!located) {
    throw errors.noResource(new URL(call.url, 'http://127.0.0.1').pathname);
  }
  const search = new URLSearchParams(located.search);
  const query = parseQueryOptions(search);
  const aliases = new Map<string, string>();
  query.raw.forEach((value, key) => {
    if (key.charAt(0) === '@') {
      aliases.set(key, value);
    }
  });
  return {
    method: effectiveMethod(call.method, call.headers),
    segments: parsePath(located.apiPath, aliases),
    query,
    headers: call.headers,
    body: call.body,
    binary: call.binary,
    user: caller.user,
    role: caller.role,
    level: metadataLevel(call.headers.accept),
    verboseBody: (call.headers['content-type'] || '').toLowerCase().indexOf('odata=verbose') >= 0
  };
}

/** The response SharePoint gives for an error, in the caller's metadata level. */
export function errorResponse(error: SpError, accept: string | undefined): ApiResponse {
  const verbose = metadataLevel(accept) === 'verbose';
  return {
    status: error.status,
    headers: { 'Content-Type': verbose ? 'application/json;odata=verbose;charset=utf-8' : 'application/json;odata=minimalmetadata;charset=utf-8', ...error.headers },
    body: errorBody(error, verbose)
  };
}

/**
 * Runs one call; reads run outside a transaction, everything else inside one. `onUnexpected`
 * hears of any error that is not a SharePoint refusal (it becomes a 500 error body).
 */
export function executeCall(ctx: StoreContext, call: RawCall, caller: Caller, onUnexpected: (error: unknown) => void): ApiResponse {
  try {
    const req = buildApiRequest(call, caller);
    return req.method === 'GET' ? routeApi(ctx, req) : ctx.db.transaction(() => routeApi(ctx, req));
  } catch (error) {
    if (error instanceof SpError) {
      return errorResponse(error, call.headers.accept);
    }
    onUnexpected(error);
    return errorResponse(errors.unexpected(), call.headers.accept);
  }
}
