import { DirectoryUser } from '../contracts';
import { graphErrorMessage, KeyedRequest, RequestResult } from './batchTypes';
import { MAX_FILTER_VALUES } from './graphRates';

/** The user properties the job reads. */
export const USER_SELECT = ['id', 'userPrincipalName', 'mail', 'displayName', 'preferredLanguage', 'accountEnabled'];

/** The directory's lookup failed (not "nobody found"): the run should stop rather than record people as unreachable. */
export class UserLookupError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'UserLookupError';
  }
}

/** An OData string literal: `'` doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** E-mails in lower case, trimmed, each once. */
export function normalisedEmails(emails: readonly string[]): string[] {
  return Array.from(new Set(emails.map((email) => email.trim().toLowerCase()).filter((email) => email.length > 0)));
}

/** `GET /users?$filter=<property> in ('a','b',…)&$select=…`, at most 15 values each. */
export function userFilterRequests(property: 'userPrincipalName' | 'mail', emails: readonly string[]): KeyedRequest[] {
  const requests: KeyedRequest[] = [];
  for (let start = 0; start < emails.length; start += MAX_FILTER_VALUES) {
    const values = emails.slice(start, start + MAX_FILTER_VALUES);
    const filter = `${property} in (${values.map(odataString).join(',')})`;
    requests.push({
      key: `${property}:${start}`,
      request: { method: 'GET', url: `/users?$filter=${encodeURIComponent(filter)}&$select=${USER_SELECT.join(',')}` }
    });
  }
  return requests;
}

function asDirectoryUser(value: Record<string, unknown>): DirectoryUser {
  const user: DirectoryUser = { id: String(value.id), userPrincipalName: String(value.userPrincipalName), accountEnabled: value.accountEnabled !== false };
  (['mail', 'displayName', 'preferredLanguage'] as const).forEach((name) => {
    if (typeof value[name] === 'string') {
      user[name] = value[name] as string;
    }
  });
  return user;
}

/** Adds the users a lookup's answers found to `found`, keyed by the lower-case e-mail asked for. */
export function collectUsers(results: Map<string, RequestResult>, property: 'userPrincipalName' | 'mail', wanted: ReadonlySet<string>, found: Map<string, DirectoryUser>): void {
  results.forEach((result) => {
    if ('unknown' in result) {
      throw new UserLookupError(`Looking people up in the directory failed: ${result.unknown}`);
    }
    const { status, body } = result.answered;
    if (status !== 200) {
      throw new UserLookupError(`Looking people up in the directory failed (${status}): ${graphErrorMessage(body) || 'no message'}`);
    }
    const values = (body as { value?: Array<Record<string, unknown>> }).value || [];
    values.map(asDirectoryUser).forEach((user) => {
      const email = String((property === 'mail' ? user.mail : user.userPrincipalName) || '').toLowerCase();
      if (wanted.has(email) && !found.has(email)) {
        found.set(email, user);
      }
    });
  });
}
