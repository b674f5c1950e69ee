import { request } from 'http';

/**
 * One HTTP request with exactly the headers given, as a browser (or an attacker's page) would send
 * them: `fetch` in Node chooses Host itself, so these tests use `http.request`.
 */

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: any;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

function parsed(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

export function rawHttp(url: string, { method = 'GET', headers = {}, body }: RawRequest = {}): Promise<RawAnswer> {
  const target = new URL(url);
  const sent: Record<string, string> = { Host: target.host, ...headers };
  if (body !== undefined) sent['Content-Length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    // Local mode listens on 127.0.0.1; `localhost` may resolve to ::1 first.
    const hostname = target.hostname === 'localhost' ? '127.0.0.1' : target.hostname;
    const call = request({ hostname, port: target.port, path: `${target.pathname}${target.search}`, method, headers: sent, setHost: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: response.statusCode || 0, headers: response.headers, text, json: parsed(text) });
      });
    });
    call.on('error', reject);
    call.end(body);
  });
}

/** The headers a browser adds to a "simple" cross-site form or fetch POST from `origin`. */
export function crossSite(origin: string): Record<string, string> {
  return { Origin: origin, 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors', 'Content-Type': 'text/plain;charset=UTF-8' };
}
