import { randomUUID } from 'crypto';
import { GraphAnswer } from './outboxTypes';

/**
 * Graph's error bodies: `{ "error": { "code", "message", "innerError": { "date", "request-id",
 * "client-request-id" } } }`. Every refusal the outbox makes is a GraphRefusal.
 */
export class GraphRefusal extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
    this.name = 'GraphRefusal';
  }
}

export const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function errorAnswer(refusal: GraphRefusal, now: Date): GraphAnswer {
  const requestId = randomUUID();
  return {
    status: refusal.status,
    headers: { 'Content-Type': 'application/json', ...refusal.headers },
    body: {
      error: {
        code: refusal.code,
        message: refusal.message,
        innerError: { date: now.toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': requestId, 'client-request-id': requestId }
      }
    }
  };
}

const FAULT_TEXT: Record<number, [string, string]> = {
  429: ['TooManyRequests', 'Too many requests. Please retry after the time given in Retry-After.'],
  503: ['serviceNotAvailable', 'The service is temporarily unavailable. Please retry after the time given in Retry-After.'],
  504: ['UnknownError', 'The gateway timed out waiting for the service.']
};

export const graphErrors = {
  badRequest: (message: string): GraphRefusal => new GraphRefusal(400, 'BadRequest', message),
  invalidRequest: (message: string): GraphRefusal => new GraphRefusal(400, 'invalidRequest', message),
  unauthenticated: (): GraphRefusal => new GraphRefusal(401, 'InvalidAuthenticationToken', 'Access token is empty.'),
  noResource: (path: string): GraphRefusal => new GraphRefusal(400, 'BadRequest', `Resource not found for the segment '${path.split('/').filter(Boolean).pop() || path}'.`),
  methodNotAllowed: (): GraphRefusal => new GraphRefusal(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.'),
  userNotFound: (idOrUpn: string): GraphRefusal =>
    new GraphRefusal(404, 'Request_ResourceNotFound', `Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`),
  mailboxNotFound: (idOrUpn: string): GraphRefusal => new GraphRefusal(404, 'ErrorInvalidUser', `The requested user '${idOrUpn}' is invalid.`),
  notInstalled: (userId: string): GraphRefusal =>
    new GraphRefusal(
      403,
      'Forbidden',
      `Application is not authorized to generate custom text notifications about '/users/${userId}/teamwork/sendActivityNotification' to the recipient. Ensure that the expected Teams app is installed in the target scope (user, team, or chat).`
    ),
  invalidRecipients: (address: string): GraphRefusal =>
    new GraphRefusal(400, 'ErrorInvalidRecipients', `At least one recipient is not valid., Recipient '${address}' is not resolved. All recipients must be resolved before a message can be submitted.`),
  invalidMime: (): GraphRefusal => new GraphRefusal(400, 'ErrorMimeContentInvalidBase64String', 'Invalid base64 string for MIME content.'),
  fault: (status: 429 | 503 | 504, retryAfterSeconds: number): GraphRefusal =>
    new GraphRefusal(status, FAULT_TEXT[status][0], FAULT_TEXT[status][1], { 'Retry-After': String(retryAfterSeconds) })
};
