import { executeCall, OutboxContext, routeKey } from './dispatch';
import { errorAnswer, graphErrors, GraphRefusal } from './graphErrors';
import { OutboxFaultInjector } from './faults';
import { OutboxStatsCounter } from './stats';
import { GraphAnswer, GraphCall } from './outboxTypes';

/**
 * `POST /v1.0/$batch` (graph/json-batching): at most 20 requests with unique ids, each answered
 * `{ id, status, headers, body }` in one 200. A request with a JSON content type carries JSON;
 * one with a text type carries its text; any other carries its bytes in base64, and a non-JSON
 * answer goes back in base64, as Graph does. Each request may draw an injected fault, which is
 * answered without running it.
 */

export const MAX_BATCH_REQUESTS = 20;

interface InnerRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

function lowerCaseHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers && typeof headers === 'object') {
    Object.entries(headers as Record<string, unknown>).forEach(([name, value]) => {
      out[name.toLowerCase()] = String(value);
    });
  }
  return out;
}

function isJsonType(contentType: string | undefined): boolean {
  return /^application\/(?:[\w.+-]*\+)?json\b/i.test(contentType || '');
}

function checkedRequests(body: unknown): InnerRequest[] {
  const requests = body && typeof body === 'object' ? (body as { requests?: unknown }).requests : undefined;
  if (!Array.isArray(requests)) {
    throw graphErrors.badRequest("Invalid batch payload format: the body needs a 'requests' array.");
  }
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw graphErrors.badRequest(`Number of requests in a batch exceeds the limit of ${MAX_BATCH_REQUESTS}: ${requests.length} were sent.`);
  }
  const ids = new Set<string>();
  return requests.map((request: Record<string, unknown>, index) => {
    if (!request || typeof request.id !== 'string' || typeof request.method !== 'string' || typeof request.url !== 'string') {
      throw graphErrors.badRequest(`Invalid batch payload format: requests[${index}] needs 'id', 'method' and 'url' strings.`);
    }
    if (ids.has(request.id.toLowerCase())) {
      throw graphErrors.badRequest(`Batch request ids must be unique: '${request.id}' appears twice.`);
    }
    ids.add(request.id.toLowerCase());
    const headers = lowerCaseHeaders(request.headers);
    if (request.body !== undefined && !headers['content-type']) {
      throw graphErrors.badRequest(`requests[${index}] has a body without a Content-Type header.`);
    }
    return { id: request.id, method: request.method, url: request.url, headers, body: request.body };
  });
}

/** The call a batch step stands for; its body decoded by content type. */
function innerCall(request: InnerRequest): GraphCall {
  const url = new URL(request.url.replace(/^\/?(?:v1\.0\/)?/, '/'), 'http://graph.local');
  const contentType = request.headers['content-type'];
  let body = request.body;
  if (body !== undefined && !isJsonType(contentType) && !/^text\//i.test(contentType || '')) {
    body = Buffer.from(String(body), 'base64').toString('utf8');
  }
  return { method: request.method, path: url.pathname, query: url.searchParams, headers: request.headers, body };
}

function stepAnswer(id: string, answer: GraphAnswer): Record<string, unknown> {
  const headers = { ...(answer.headers || {}) };
  const step: Record<string, unknown> = { id, status: answer.status, headers };
  if (answer.body !== undefined) {
    const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
    step.body = isJsonType(contentType || 'application/json') ? answer.body : Buffer.from(String(answer.body)).toString('base64');
  }
  return step;
}

export async function answerBatch(ctx: OutboxContext, faults: OutboxFaultInjector, stats: OutboxStatsCounter, body: unknown): Promise<GraphAnswer> {
  let requests: InnerRequest[];
  try {
    requests = checkedRequests(body);
  } catch (error) {
    if (error instanceof GraphRefusal) {
      return errorAnswer(error, ctx.now());
    }
    throw error;
  }
  const responses: Array<Record<string, unknown>> = [];
  for (const request of requests) {
    const call = innerCall(request);
    stats.inner(routeKey(call.method, call.path));
    const fault = faults.decide('inner').failure;
    if (fault) {
      stats.injected(fault.status);
    }
    const answer = fault
      ? errorAnswer(graphErrors.fault(fault.status, fault.retryAfterSeconds), ctx.now())
      : /\$batch$/i.test(call.path)
        ? errorAnswer(graphErrors.badRequest('A $batch cannot hold another $batch.'), ctx.now())
        : await executeCall(ctx, call);
    responses.push(stepAnswer(request.id, answer));
  }
  return { status: 200, body: { responses } };
}
