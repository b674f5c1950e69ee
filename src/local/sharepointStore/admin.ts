import { FaultInjector } from './faults';
import { StatsCounter } from './stats';
import { FaultOptions, SiteRole } from './storeTypes';
import { SiteUsers } from './users/siteUsers';

/**
 * The store's own controls, outside `/_api` so no SharePoint client can reach them by accident:
 * - `GET /_admin/stats` (per-route counts, injected faults, bytes), `DELETE /_admin/stats` resets;
 * - `GET /_admin/faults`, `POST /_admin/faults` `{failureRate, status, retryAfterSeconds, latencyMs, seed}`,
 *   `DELETE /_admin/faults` switches faults off;
 * - `GET /_admin/users`, `POST /_admin/users` `{email, title, role?: owner|member|visitor, directoryOnly?}`.
 */

export interface AdminDeps {
  faults: FaultInjector;
  stats: StatsCounter;
  users: SiteUsers;
  transaction<T>(work: () => T): T;
}

export interface AdminResponse {
  status: number;
  body: unknown;
}

const ROLES: readonly SiteRole[] = ['owner', 'member', 'visitor'];

function usersReport(users: SiteUsers): unknown {
  return users.all().map((user) => ({ id: user.id, email: user.email, title: user.title, role: users.roleOf(user) || null }));
}

function addUser(deps: AdminDeps, body: Record<string, unknown>): AdminResponse {
  const email = typeof body.email === 'string' ? body.email.trim() : '';
  const title = typeof body.title === 'string' && body.title.trim() ? body.title.trim() : email;
  const role = body.role as SiteRole | undefined;
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || (role !== undefined && ROLES.indexOf(role) < 0)) {
    return { status: 400, body: { error: 'Expected {email, title, role?: "owner" | "member" | "visitor", directoryOnly?: boolean}.' } };
  }
  deps.transaction(() => (body.directoryOnly ? deps.users.addToDirectory({ email, title }) : deps.users.add({ email, title }, role)));
  return { status: 200, body: usersReport(deps.users) };
}

export function handleAdmin(deps: AdminDeps, method: string, path: string, bodyText: string): AdminResponse {
  let body: Record<string, unknown> = {};
  if (bodyText.trim()) {
    try {
      body = JSON.parse(bodyText);
    } catch {
      return { status: 400, body: { error: 'The body is not JSON.' } };
    }
  }
  const route = `${method} ${path.replace(/\/+$/, '').toLowerCase()}`;
  try {
    switch (route) {
      case 'GET /_admin/stats':
        return { status: 200, body: deps.stats.snapshot() };
      case 'DELETE /_admin/stats':
        deps.stats.reset();
        return { status: 200, body: deps.stats.snapshot() };
      case 'GET /_admin/faults':
        return { status: 200, body: deps.faults.current() };
      case 'POST /_admin/faults':
        deps.faults.set(body as FaultOptions);
        return { status: 200, body: deps.faults.current() };
      case 'DELETE /_admin/faults':
        deps.faults.set({});
        return { status: 200, body: deps.faults.current() };
      case 'GET /_admin/users':
        return { status: 200, body: usersReport(deps.users) };
      case 'POST /_admin/users':
        return addUser(deps, body);
      default:
        return { status: 404, body: { error: `No admin route ${route}.` } };
    }
  } catch (error) {
    return { status: 400, body: { error: error instanceof Error ? error.message : String(error) } };
  }
}
