import { OutboxDirectory } from './directory';
import { errorAnswer, graphErrors, GraphRefusal } from './graphErrors';
import { sendMail } from './mailRoutes';
import { MessageLog } from './messageLog';
import { GraphAnswer, GraphCall } from './outboxTypes';
import { installedApps, sendActivityNotification } from './teamworkRoutes';
import { getUser, listUsers } from './usersRoutes';

/** What a call needs from the outbox. */
export interface OutboxContext {
  directory: OutboxDirectory;
  log: MessageLog;
  notifierAppId: string;
  now(): Date;
}

/** `/users/ada%40council.gov.uk/sendMail` → ['users', 'ada@council.gov.uk', 'sendMail']. */
function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment));
}

/** The route's shape with ids hidden, for stats: `POST /v1.0/users/{id}/sendMail`. */
export function routeKey(method: string, path: string): string {
  const segments = segmentsOf(path).map((segment, index) => (index === 1 ? '{id}' : segment));
  return `${method.toUpperCase()} /v1.0/${segments.join('/')}`;
}

async function route(ctx: OutboxContext, call: GraphCall): Promise<GraphAnswer> {
  const [root, id, ...rest] = segmentsOf(call.path);
  const tail = rest.join('/').toLowerCase();
  if (root !== 'users') {
    throw graphErrors.noResource(call.path);
  }
  const method = call.method.toUpperCase();
  const expected = id === undefined || tail === 'teamwork/installedapps' || tail === '' ? 'GET' : 'POST';
  if (method !== expected) {
    throw graphErrors.methodNotAllowed();
  }
  if (id === undefined) {
    return listUsers(ctx.directory, call.query);
  }
  switch (tail) {
    case '':
      return getUser(ctx.directory, id, call.query);
    case 'teamwork/installedapps':
      return installedApps(ctx.directory, id, call.query);
    case 'teamwork/sendactivitynotification':
      return sendActivityNotification(ctx.directory, ctx.log, ctx.notifierAppId, id, call.body);
    case 'sendmail':
      return sendMail(ctx.directory, ctx.log, id, call.headers['content-type'] || '', call.body);
    default:
      throw graphErrors.noResource(call.path);
  }
}

/** Answers one call as Graph would; refusals become Graph's error body. */
export async function executeCall(ctx: OutboxContext, call: GraphCall): Promise<GraphAnswer> {
  try {
    return await route(ctx, call);
  } catch (error) {
    if (error instanceof GraphRefusal) {
      return errorAnswer(error, ctx.now());
    }
    throw error;
  }
}
