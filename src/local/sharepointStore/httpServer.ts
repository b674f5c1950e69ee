import { randomUUID } from 'crypto';
import { IncomingMessage, ServerResponse } from 'http';
import { AdminDeps, handleAdmin } from './admin';
import { apiPathOf, errorResponse, executeCall, RawCall, routeKey } from './apiDispatch';
import { formatBatchResponse, parseBatch, statusText } from './batch/multipart';
import { errors, SpError } from './errors';
import { FaultInjector } from './faults';
import { download, downloadPathOf } from './files/download';
import { fileErrors } from './files/fileErrors';
import { MAX_FILE_BYTES } from './files/fileStore';
import { Caller, identifyCaller, USER_HEADER } from './permissions';
import { refuseStoreRequest, securityValidation } from './requestGuard';
import { StatsCounter } from './stats';
import { ApiResponse, contextForHost, StoreContext } from './storeContext';

/**
 * The HTTP face of the store: reads each request (refusing bodies over SharePoint's 2 MB
 * message limit, or over 10 MB for a file upload or a chunked upload's fragment, whose body is
 * kept as bytes), counts it, applies injected faults, identifies the caller, and answers `/_api`
 * calls, `$batch` bodies and file downloads by URL. Requests from elsewhere than this machine's
 * own pages and clients are refused first (requestGuard.ts). Absolute URLs in answers are built on the
 * request's Host. Any unexpected exception becomes SharePoint's 500 error body and is logged
 * once; the server keeps running.
 */

/** SharePoint Online refuses request messages over 2,097,152 bytes (pnp/pnpcore#820). */
export const MAX_BODY_BYTES = 2097152;

export interface ServerDeps {
  ctx: StoreContext;
  faults: FaultInjector;
  stats: StatsCounter;
  defaultUserEmail: string;
  log(message: string): void;
}

function headersOf(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  Object.keys(request.headers).forEach((name) => {
    const value = request.headers[name];
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  });
  return headers;
}

interface RequestBody {
  text: string;
  /** The bytes as sent, kept for a file upload only. */
  binary?: Buffer;
  bytes: number;
}

/** Reads the body; past `limit` it keeps draining but stops keeping bytes. */
function readBody(request: IncomingMessage, limit: number, binary: boolean): Promise<RequestBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    request.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= limit) {
        chunks.push(chunk);
      }
    });
    request.on('end', () => {
      const kept = bytes <= limit ? Buffer.concat(chunks) : Buffer.alloc(0);
      resolve(binary ? { text: '', binary: kept, bytes } : { text: kept.toString('utf8'), bytes });
    });
    request.on('error', reject);
  });
}

/**
 * `…/files/AddUsingPath(…)` (or `files/add(…)`) and a chunked upload's `…/startUpload(…)`,
 * `…/continueUpload(…)`, `…/finishUpload(…)`: a binary body of up to MAX_FILE_BYTES.
 */
function isFileUpload(method: string, apiPath: string): boolean {
  return method === 'POST' && /(^|\/)(files\/(addusingpath|add)|startupload|continueupload|finishupload)\(/i.test(apiPath);
}

function send(deps: ServerDeps, response: ServerResponse, answer: ApiResponse): void {
  const body = answer.bytes || Buffer.from(answer.body || '', 'utf8');
  const headers: Record<string, string | number> = { 'request-id': randomUUID(), 'X-SharePointHealthScore': '0', ...answer.headers, 'Content-Length': body.length };
  response.writeHead(answer.status, statusText(answer.status), headers);
  response.end(body);
  deps.stats.sent(body.length);
}

function sendJson(deps: ServerDeps, response: ServerResponse, status: number, value: unknown): void {
  send(deps, response, { status, headers: { 'Content-Type': 'application/json;charset=utf-8' }, body: JSON.stringify(value) });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function throttledResponse(status: 429 | 503, retryAfterSeconds: number): ApiResponse {
  const reason = status === 429 ? 'Too many requests' : 'Server Too Busy';
  const error = new SpError(status, '-1, Microsoft.SharePoint.Client.ClientServiceException', `${reason}: the request was throttled. Retry after ${retryAfterSeconds} seconds.`, {
    'Retry-After': String(retryAfterSeconds)
  });
  return errorResponse(error, undefined);
}

function answerBatch(deps: ServerDeps, ctx: StoreContext, call: RawCall, caller: Caller): ApiResponse {
  const parts = parseBatch(call.body, call.headers['content-type']);
  const responses = parts.map((part) => {
    deps.stats.batchPart(routeKey(part.method === 'POST' && part.headers['x-http-method'] ? part.headers['x-http-method'].toUpperCase() : part.method, part.url));
    if ((apiPathOf(part.url)?.apiPath || '').toLowerCase() === '$batch') {
      return errorResponse(errors.badQuery('A $batch cannot hold another $batch.'), part.headers.accept);
    }
    return executeCall(ctx, part, caller, (error) => deps.log(`[SharePointStore] unexpected error in a $batch part ${part.method} ${part.url}: ${String(error instanceof Error ? error.stack : error)}`));
  });
  const boundary = `batchresponse_${randomUUID()}`;
  return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body: formatBatchResponse(responses, boundary) };
}

/** `GET /sites/tracker/<library>/<file>`: the caller must be able to read the site. */
function answerDownload(deps: ServerDeps, ctx: StoreContext, method: string, webRelativePath: string, headers: Record<string, string | undefined>, search: URLSearchParams): ApiResponse {
  try {
    if (method !== 'GET') {
      throw errors.methodNotAllowed(method);
    }
    identifyCaller(ctx.users, headers[USER_HEADER], headers.cookie, deps.defaultUserEmail);
    const file = download(ctx, webRelativePath, search.get('download') === '1');
    return { status: 200, headers: file.headers, bytes: file.bytes };
  } catch (error) {
    if (error instanceof SpError) {
      return errorResponse(error, headers.accept);
    }
    throw error;
  }
}

async function handle(deps: ServerDeps, adminDeps: AdminDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const method = (request.method || 'GET').toUpperCase();
  const url = request.url || '/';
  const headers = headersOf(request);
  const parsedUrl = new URL(url, 'http://127.0.0.1');
  const path = parsedUrl.pathname;
  const refusal = refuseStoreRequest(method, path, headers);
  if (refusal) {
    send(deps, response, { status: refusal.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: refusal.message });
    return;
  }
  const ctx = contextForHost(deps.ctx, headers.host);
  const located = apiPathOf(url);
  const upload = !!located && isFileUpload(method, located.apiPath);
  const limit = upload ? MAX_FILE_BYTES : MAX_BODY_BYTES;
  const body = await readBody(request, limit, upload);
  if (path.toLowerCase().indexOf('/_admin/') === 0) {
    const answer = handleAdmin(adminDeps, method, path, body.text);
    sendJson(deps, response, answer.status, answer.body);
    return;
  }
  if (!located) {
    let fileUrl: string | undefined;
    try {
      fileUrl = downloadPathOf(path);
    } catch (error) {
      send(deps, response, errorResponse(error as SpError, headers.accept));
      return;
    }
    deps.stats.request(fileUrl !== undefined ? `${method} ${path.slice(0, path.lastIndexOf('/'))}/{file}` : routeKey(method, url), body.bytes);
    send(deps, response, fileUrl !== undefined ? answerDownload(deps, ctx, method, fileUrl, headers, parsedUrl.searchParams) : errorResponse(errors.noResource(path), headers.accept));
    return;
  }
  deps.stats.request(routeKey(method, url), body.bytes);
  const fault = deps.faults.decide();
  if (fault.delayMs > 0) {
    deps.stats.delayed();
    await delay(fault.delayMs);
  }
  if (fault.failure) {
    deps.stats.injected(fault.failure.status);
    send(deps, response, throttledResponse(fault.failure.status, fault.failure.retryAfterSeconds));
    return;
  }
  const call: RawCall = { method, url, headers, body: body.text, binary: body.binary };
  try {
    const caller = identifyCaller(ctx.users, headers[USER_HEADER], headers.cookie, deps.defaultUserEmail);
    securityValidation(ctx.formDigests, caller, method, located.apiPath, headers);
    if (body.bytes > limit) {
      throw upload ? fileErrors.tooBig(MAX_FILE_BYTES) : errors.tooBig(MAX_BODY_BYTES);
    }
    const isBatch = located.apiPath.toLowerCase() === '$batch';
    if (isBatch && method !== 'POST') {
      throw errors.methodNotAllowed(method);
    }
    send(deps, response, isBatch ? answerBatch(deps, ctx, call, caller) : executeCall(ctx, call, caller, (error) => deps.log(`[SharePointStore] unexpected error in ${method} ${url}: ${String(error instanceof Error ? error.stack : error)}`)));
  } catch (error) {
    if (!(error instanceof SpError)) {
      throw error;
    }
    send(deps, response, errorResponse(error, headers.accept));
  }
}

/** The request listener of the store's HTTP server. */
export function storeRequestListener(deps: ServerDeps, adminDeps: AdminDeps): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    handle(deps, adminDeps, request, response).catch((error: unknown) => {
      deps.log(`[SharePointStore] unexpected error in ${request.method} ${request.url}: ${String(error instanceof Error ? error.stack : error)}`);
      if (!response.headersSent) {
        send(deps, response, errorResponse(errors.unexpected(), request.headers.accept));
      } else {
        response.destroy();
      }
    });
  };
}
