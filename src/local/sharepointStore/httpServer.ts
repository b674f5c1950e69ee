import { randomUUID } from 'crypto';
import { IncomingMessage, ServerResponse } from 'http';
import { AdminDeps, handleAdmin } from './admin';
import { apiPathOf, errorResponse, executeCall, RawCall, routeKey } from './apiDispatch';
import { formatBatchResponse, parseBatch, statusText } from './batch/multipart';
import { errors, SpError } from './errors';
import { FaultInjector } from './faults';
import { Caller, identifyCaller, USER_HEADER } from './permissions';
import { StatsCounter } from './stats';
import { ApiResponse, StoreContext } from './storeContext';

/**
 * The HTTP face of the store: reads each request (refusing bodies over SharePoint's 2 MB
 * message limit), counts it, applies injected faults, identifies the caller, and answers
 * `/_api` calls and `$batch` bodies. Any unexpected exception becomes SharePoint's 500 error
 * body and is logged once; the server keeps running.
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

/** Reads the body; past the limit it keeps draining but stops keeping bytes. */
function readBody(request: IncomingMessage): Promise<{ text: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    request.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      }
    });
    request.on('end', () => resolve({ text: bytes <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString('utf8') : '', bytes }));
    request.on('error', reject);
  });
}

function send(deps: ServerDeps, response: ServerResponse, answer: ApiResponse): void {
  const body = Buffer.from(answer.body || '', 'utf8');
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

function answerBatch(deps: ServerDeps, call: RawCall, caller: Caller): ApiResponse {
  const parts = parseBatch(call.body, call.headers['content-type']);
  const responses = parts.map((part) => {
    deps.stats.batchPart(routeKey(part.method === 'POST' && part.headers['x-http-method'] ? part.headers['x-http-method'].toUpperCase() : part.method, part.url));
    if ((apiPathOf(part.url)?.apiPath || '').toLowerCase() === '$batch') {
      return errorResponse(errors.badQuery('A $batch cannot hold another $batch.'), part.headers.accept);
    }
    return executeCall(deps.ctx, part, caller, (error) => deps.log(`[SharePointStore] unexpected error in a $batch part ${part.method} ${part.url}: ${String(error instanceof Error ? error.stack : error)}`));
  });
  const boundary = `batchresponse_${randomUUID()}`;
  return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body: formatBatchResponse(responses, boundary) };
}

async function handle(deps: ServerDeps, adminDeps: AdminDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const method = (request.method || 'GET').toUpperCase();
  const url = request.url || '/';
  const headers = headersOf(request);
  const body = await readBody(request);
  const path = new URL(url, 'http://127.0.0.1').pathname;
  if (path.toLowerCase().indexOf('/_admin/') === 0) {
    const answer = handleAdmin(adminDeps, method, path, body.text);
    sendJson(deps, response, answer.status, answer.body);
    return;
  }
  deps.stats.request(routeKey(method, url), body.bytes);
  const located = apiPathOf(url);
  if (!located) {
    send(deps, response, errorResponse(errors.noResource(path), headers.accept));
    return;
  }
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
  const call: RawCall = { method, url, headers, body: body.text };
  try {
    const caller = identifyCaller(deps.ctx.users, headers[USER_HEADER], headers.cookie, deps.defaultUserEmail);
    if (body.bytes > MAX_BODY_BYTES) {
      throw errors.tooBig(MAX_BODY_BYTES);
    }
    const isBatch = located.apiPath.toLowerCase() === '$batch';
    if (isBatch && method !== 'POST') {
      throw errors.methodNotAllowed(method);
    }
    send(deps, response, isBatch ? answerBatch(deps, call, caller) : executeCall(deps.ctx, call, caller, (error) => deps.log(`[SharePointStore] unexpected error in ${method} ${url}: ${String(error instanceof Error ? error.stack : error)}`)));
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
