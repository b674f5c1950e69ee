import { parse, serialize } from 'cookie';
import { IncomingMessage } from 'http';
import { HOST_THEME_NAMES, HostThemeName } from '../../components/theme/hostThemes';
import { USER_COOKIE } from '../sharepointStore/permissions';
import { DemoPerson } from './demoPeople';

/** The workbench's own cookies: who is signed in, the page's language and the host's theme. */

/** The store reads the same cookie to know who is calling it through the workbench's proxy. */
export { USER_COOKIE };
export const LANGUAGE_COOKIE = 'tracker-language';
export const THEME_COOKIE = 'tracker-theme';

export type PageLanguage = 'en-gb' | 'cy-gb';

export function cookieValue(request: IncomingMessage, name: string): string | undefined {
  return parse(request.headers.cookie || '')[name];
}

/** The person the cookie names; with none, the site's owner among the people (else the first). */
export function cookieUser(request: IncomingMessage, people: readonly DemoPerson[]): DemoPerson {
  const email = cookieValue(request, USER_COOKIE) || '';
  return people.filter((person) => person.email === email)[0] || people.filter((person) => person.role === 'owner')[0] || people[0];
}

export function cookieLanguage(request: IncomingMessage): PageLanguage {
  return cookieValue(request, LANGUAGE_COOKIE) === 'cy-gb' ? 'cy-gb' : 'en-gb';
}

export function cookieTheme(request: IncomingMessage): HostThemeName {
  const theme = cookieValue(request, THEME_COOKIE) || '';
  return (HOST_THEME_NAMES as readonly string[]).indexOf(theme) >= 0 ? (theme as HostThemeName) : 'default';
}

/** A `Set-Cookie` value for the whole workbench, unreadable by scripts and not sent cross-site. */
export function cookieHeader(name: string, value: string): string {
  return serialize(name, value, { path: '/', sameSite: 'lax', httpOnly: true });
}
