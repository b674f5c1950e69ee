import { randomUUID } from 'crypto';
import { IncomingMessage, ServerResponse } from 'http';
import { isCrossOrigin, isLocalHost } from '../sharepointStore/requestGuard';
import { handleOutboxAdmin, OutboxAdminDeps } from './admin';
import { answerBatch } from './batch';
import { executeCall, OutboxContext, routeKey } from './dispatch';
import { errorAnswer, graphErrors, GraphRefusal, JSON_CONTENT_TYPE } from './graphErrors';
import { GraphAnswer, GraphCall } from './outboxTypes';

/**
 * The outbox's HTTP face: only requests to this machine (421 otherwise); `/_admin` for JSON
 * from no other origin; `/v1.0` calls need a bearer token (any), are counted, may draw an injected
 * fault (answered without running anything), and are answered as Graph would.
 */

export interface OutboxServerDeps extends OutboxAdminDeps {
  ctx: OutboxContext;
  log: OutboxAdminDeps['log'];
  logError(message: string): void;
}

/** Graph refuses request bodies over 4 MB. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    request.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      }
    });
    request.on('end', () => resolve(bytes <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString('utf8') : ''));
    request.on('error', reject);
  });
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  Object.entries(request.headers).forEach(([name, value]) => {
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value || '';
  });
  return headers;
}

function send(response: ServerResponse, answer: GraphAnswer): void {
  const requestId = randomUUID();
  const isJson = answer.body !== undefined && typeof answer.body !== 'string';
  const body = answer.body === undefined ? '' : isJson ? JSON.stringify(answer.body) : String(answer.body);
  const headers: Record<string, string | number> = { 'request-id': requestId, 'client-request-id': requestId, ...(answer.headers || {}), 'Content-Length': Buffer.byteLength(body) };
  if (isJson) {
    headers['Content-Type'] = JSON_CONTENT_TYPE;
  }
  response.writeHead(answer.status, headers);
  response.end(body);
}

function parsedBody(headers: Record<string, string>, text: string): unknown {
  if (!text) {
    return undefined;
  }
  if (/^application\/json\b/i.test(headers['content-type'] || '')) {
    try {
      return JSON.parse(text);
    } catch {
      throw graphErrors.badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
    }
  }
  return text;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function answerGraph(deps: OutboxServerDeps, method: string, url: URL, headers: Record<string, string>, text: string): Promise<GraphAnswer> {
  const path = url.pathname.slice('/v1.0'.length) || '/';
  deps.stats.call(path.toLowerCase() === '/$batch' ? 'POST /v1.0/$batch' : routeKey(method, path));
  const fault = deps.faults.decide('outer');
  if (fault.delayMs > 0) {
    deps.stats.delayed();
    await delay(fault.delayMs);
  }
  if (fault.failure) {
    deps.stats.injected(fault.failure.status);
    return errorAnswer(graphErrors.fault(fault.failure.status, fault.failure.retryAfterSeconds), deps.ctx.now());
  }
  if (!/^Bearer\s+\S+/i.test(headers.authorization || '')) {
    return errorAnswer(graphErrors.unauthenticated(), deps.ctx.now());
  }
  const call: GraphCall = { method, path, query: url.searchParams, headers, body: parsedBody(headers, text) };
  if (path.toLowerCase() === '/$batch') {
    return method === 'POST' ? answerBatch(deps.ctx, deps.faults, deps.stats, call.body) : errorAnswer(graphErrors.methodNotAllowed(), deps.ctx.now());
  }
  return executeCall(deps.ctx, call);
}

async function handle(deps: OutboxServerDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const headers = headersOf(request);
  const method = (request.method || 'GET').toUpperCase();
  const url = new URL(request.url || '/', 'http://127.0.0.1');
  const text = await readBody(request);
  if (!isLocalHost(headers.host)) {
    send(response, { status: 421, body: { error: 'The Graph outbox answers requests to localhost only.' } });
    return;
  }
  if (url.pathname.toLowerCase().startsWith('/_admin')) {
    const refused = isCrossOrigin(headers) || (text.trim() !== '' && !/^application\/json\b/i.test(headers['content-type'] || ''));
    const answer = refused ? { status: 403, body: { error: 'The admin API takes JSON from this machine only.' } } : handleOutboxAdmin(deps, method, url.pathname, text);
    send(response, answer);
    return;
  }
  if (!/^\/v1\.0(\/|$)/.test(url.pathname)) {
    send(response, errorAnswer(graphErrors.noResource(url.pathname), deps.ctx.now()));
    return;
  }
  try {
    send(response, await answerGraph(deps, method, url, headers, text));
  } catch (error) {
    if (!(error instanceof GraphRefusal)) {
      throw error;
    }
    send(response, errorAnswer(error, deps.ctx.now()));
  }
}

export function outboxRequestListener(deps: OutboxServerDeps): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    handle(deps, request, response).catch((error: unknown) => {
      deps.logError(`[GraphOutbox] unexpected error in ${request.method} ${request.url}: ${String(error instanceof Error ? error.stack : error)}`);
      if (!response.headersSent) {
        send(response, errorAnswer(new GraphRefusal(500, 'generalException', 'An unexpected error occurred in the local Graph outbox; it has been logged.'), new Date()));
      } else {
        response.destroy();
      }
    });
  };
}
