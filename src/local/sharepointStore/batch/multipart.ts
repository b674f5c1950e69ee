import { errors } from '../errors';
import { ApiResponse } from '../storeContext';
import { RawCall } from '../apiDispatch';

/**
 * `$batch` bodies as PnPjs writes them (SHAREPOINT-REST.md §4): `multipart/mixed` with a
 * `batch_<id>` boundary, GETs as their own parts, writes inside `changeset_<id>` parts, each an
 * `application/http` message with an absolute URL, lower-case headers and `\n` line endings
 * (CRLF is accepted too). Responses go back flat, one `--batchresponse_<id>` part per request in
 * request order, which is the only layout PnPjs's parser reads.
 */

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 409: 'Conflict', 412: 'Precondition Failed', 413: 'Request Entity Too Large', 415: 'Unsupported Media Type',
  421: 'Misdirected Request', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable'
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] || 'Unknown';
}

function malformed(detail: string): never {
  throw errors.badQuery(`The $batch request is not valid: ${detail}`);
}

export function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary=("?)([^";]+)\1/i.exec(contentType || '');
  return match ? match[2] : undefined;
}

/** The contents between `--boundary` lines, up to the closing `--boundary--`. */
function splitParts(text: string, boundary: string): string[] {
  const lines = text.split('\n');
  const parts: string[] = [];
  let current: string[] | undefined;
  let closed = false;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}--`) {
      if (current) {
        parts.push(current.join('\n'));
      }
      closed = true;
      break;
    }
    if (trimmed === `--${boundary}`) {
      if (current) {
        parts.push(current.join('\n'));
      }
      current = [];
    } else if (current) {
      current.push(line);
    }
  }
  if (!closed) {
    malformed(`the closing --${boundary}-- line is missing.`);
  }
  return parts;
}

function readHeaders(lines: string[], start: number): { headers: Record<string, string>; next: number } {
  const headers: Record<string, string> = {};
  let index = start;
  while (index < lines.length && lines[index].trim() !== '') {
    const colon = lines[index].indexOf(':');
    if (colon > 0) {
      headers[lines[index].slice(0, colon).trim().toLowerCase()] = lines[index].slice(colon + 1).trim();
    }
    index++;
  }
  return { headers, next: index + 1 };
}

function parseHttpPart(part: string): RawCall {
  const lines = part.split('\n');
  const outer = readHeaders(lines, 0);
  if ((outer.headers['content-type'] || '').toLowerCase().indexOf('application/http') !== 0) {
    malformed('each part must be Content-Type: application/http.');
  }
  let index = outer.next;
  while (index < lines.length && lines[index].trim() === '') {
    index++;
  }
  const requestLine = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/[\d.]+)?$/.exec((lines[index] || '').trim());
  if (!requestLine) {
    return malformed(`'${(lines[index] || '').trim()}' is not a request line.`);
  }
  const inner = readHeaders(lines, index + 1);
  const body = lines.slice(inner.next).join('\n').replace(/\s+$/, '');
  return { method: requestLine[1], url: requestLine[2], headers: inner.headers, body };
}

/** The requests of a `$batch` body, in order (changesets flattened). */
export function parseBatch(body: string, contentType: string | undefined): RawCall[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) {
    return malformed('the Content-Type has no boundary.');
  }
  const calls: RawCall[] = [];
  splitParts(body.replace(/\r\n/g, '\n'), boundary).forEach((part) => {
    const lines = part.split('\n');
    const partHeaders = readHeaders(lines, 0).headers;
    const changeset = boundaryOf(partHeaders['content-type']);
    if ((partHeaders['content-type'] || '').toLowerCase().indexOf('multipart/mixed') === 0 && changeset) {
      splitParts(part, changeset).forEach((inner) => calls.push(parseHttpPart(inner)));
    } else {
      calls.push(parseHttpPart(part));
    }
  });
  return calls;
}

/** The `multipart/mixed` answer: one flat `--batchresponse_<id>` part per request. */
export function formatBatchResponse(responses: ApiResponse[], boundary: string): string {
  const parts = responses.map((response) => {
    const headers = Object.keys(response.headers).map((name) => `${name}: ${response.headers[name]}\n`).join('');
    return (
      `--${boundary}\n` +
      'Content-Type: application/http\n' +
      'Content-Transfer-Encoding: binary\n\n' +
      `HTTP/1.1 ${response.status} ${statusText(response.status)}\n` +
      headers +
      '\n' +
      `${response.body || ''}\n`
    );
  });
  return `${parts.join('')}--${boundary}--\n`;
}
