import { IncomingMessage, ServerResponse } from 'http';
import { refuseForeign } from '../sharepointStore/requestGuard';

/**
 * The workbench refuses what the store refuses, before it reads a request or proxies it: a Host
 * that is not this machine (a rebound DNS name reading local mode) and a write from a page of
 * another origin (any site the person visits posting to the proxy, or to the workbench's own
 * sign-in, language and theme forms). Its own pages and Node clients pass.
 */

function headersOf(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  Object.keys(request.headers).forEach((name) => {
    const value = request.headers[name];
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  });
  return headers;
}

/** Answers a foreign request with a short refusal; true when it did, and nothing else may answer. */
export function refuseForeignRequest(request: IncomingMessage, response: ServerResponse): boolean {
  const refusal = refuseForeign(request.method || 'GET', headersOf(request));
  if (!refusal) {
    return false;
  }
  response.writeHead(refusal.status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(refusal.message);
  return true;
}
