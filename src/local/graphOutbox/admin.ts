import { OutboxDirectory } from './directory';
import { OutboxFaultInjector } from './faults';
import { MessageLog } from './messageLog';
import { OutboxFaults, OutboxUser } from './outboxTypes';
import { OutboxStatsCounter } from './stats';

/**
 * The outbox's own controls, outside `/v1.0` so no Graph client reaches them by accident:
 * - `GET /_admin/messages` (every accepted message), `DELETE /_admin/messages`;
 * - `GET /_admin/faults`, `POST /_admin/faults` `{failureRate, status, retryAfterSeconds, latencyMs, seed, scope}`, `DELETE /_admin/faults`;
 * - `GET /_admin/stats`, `DELETE /_admin/stats` resets;
 * - `PUT /_admin/directory` `[OutboxUser…]` replaces the directory.
 */

export interface OutboxAdminDeps {
  directory: OutboxDirectory;
  faults: OutboxFaultInjector;
  log: MessageLog;
  stats: OutboxStatsCounter;
}

export interface AdminAnswer {
  status: number;
  body: unknown;
}

function handleRoute(deps: OutboxAdminDeps, route: string, body: unknown): AdminAnswer {
  switch (route) {
    case 'GET /_admin/messages':
      return { status: 200, body: deps.log.all() };
    case 'DELETE /_admin/messages':
      deps.log.clear();
      return { status: 200, body: [] };
    case 'GET /_admin/faults':
      return { status: 200, body: deps.faults.current() };
    case 'POST /_admin/faults':
      deps.faults.set((body || {}) as OutboxFaults);
      return { status: 200, body: deps.faults.current() };
    case 'DELETE /_admin/faults':
      deps.faults.set({});
      return { status: 200, body: deps.faults.current() };
    case 'GET /_admin/stats':
      return { status: 200, body: deps.stats.snapshot() };
    case 'DELETE /_admin/stats':
      deps.stats.reset();
      return { status: 200, body: deps.stats.snapshot() };
    case 'PUT /_admin/directory':
      if (!Array.isArray(body)) {
        return { status: 400, body: { error: 'Expected a list of users: [{id, userPrincipalName, mail?, displayName, preferredLanguage?, accountEnabled, installedApps}].' } };
      }
      deps.directory.replace(body as OutboxUser[]);
      return { status: 200, body: deps.directory.all() };
    default:
      return { status: 404, body: { error: `No admin route ${route}.` } };
  }
}

export function handleOutboxAdmin(deps: OutboxAdminDeps, method: string, path: string, bodyText: string): AdminAnswer {
  let body: unknown;
  if (bodyText.trim()) {
    try {
      body = JSON.parse(bodyText);
    } catch {
      return { status: 400, body: { error: 'The body is not JSON.' } };
    }
  }
  try {
    return handleRoute(deps, `${method} ${path.replace(/\/+$/, '').toLowerCase()}`, body);
  } catch (error) {
    return { status: 400, body: { error: error instanceof Error ? error.message : String(error) } };
  }
}
