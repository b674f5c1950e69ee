import { parse } from 'cookie';
import { errors } from './errors';
import { SiteRole, SiteUser } from './storeTypes';
import { SiteUsers } from './users/siteUsers';

/**
 * Who may do what, as the default permission levels of a SharePoint team site give it:
 * Owners (Full Control) do anything, Members (Edit) read and write items, lists and fields,
 * Visitors (Read) only read. A signed-in person with no group gets 403 on everything, as a
 * tenant user without access to the site does.
 */

/** The header naming the current user; the local workbench sets the cookie of the same name. */
export const USER_HEADER = 'x-tracker-user';
export const USER_COOKIE = 'tracker-user';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * How the caller was named: the header stands for a bearer token (a Node client), the cookie for
 * a browser's sign-in, `default` for a request that named nobody.
 */
export type CallerSource = 'header' | 'cookie' | 'default';

export interface Caller {
  user: SiteUser;
  role: SiteRole;
  source: CallerSource;
}

/**
 * The caller of a request: the `X-Tracker-User` header, else the workbench cookie, else the
 * site's default owner. A value that is not an e-mail address cannot be authenticated (401);
 * a person who is not a member of any site group is denied (403).
 */
export function identifyCaller(users: SiteUsers, headerValue: string | undefined, cookieHeader: string | undefined, defaultEmail: string): Caller {
  const fromCookie = parse(cookieHeader || '')[USER_COOKIE];
  const source: CallerSource = headerValue !== undefined ? 'header' : fromCookie !== undefined ? 'cookie' : 'default';
  const named = source === 'header' ? headerValue : fromCookie;
  const email = named === undefined ? defaultEmail : named.trim();
  if (!EMAIL.test(email)) {
    throw errors.unauthenticated();
  }
  const user = users.byEmail(email);
  const role = user ? users.roleOf(user) : undefined;
  if (!user || !role) {
    throw errors.accessDenied();
  }
  return { user, role, source };
}

/** Items, lists and fields may be changed by owners and members. */
export function requireEdit(role: SiteRole): void {
  if (role !== 'owner' && role !== 'member') {
    throw errors.accessDenied();
  }
}

/** Site groups and their membership are managed by owners. */
export function requireOwner(role: SiteRole): void {
  if (role !== 'owner') {
    throw errors.accessDenied();
  }
}
