import { IncomingMessage, ServerResponse } from 'http';
import { HOST_THEME_NAMES } from '../../components/theme/hostThemes';
import { isIsoDate } from '../../domain/calendarDate';
import { Clock } from '../demoClock';
import { cookieHeader, LANGUAGE_COOKIE, THEME_COOKIE, USER_COOKIE } from './cookies';
import { DemoPerson } from './demoPeople';

/**
 * The workbench's forms that change how local mode is seen rather than what the tracker holds:
 * who is signed in, the language, the host's theme, and the demo's day. Each answers with a
 * redirect back to the page the form was on.
 */

export interface PreferenceOptions {
  people: readonly DemoPerson[];
  clock: Clock;
}

/** A clock that can be moved: local mode's demo clock. */
function settable(clock: Clock): (Clock & { set(day: string): void }) | undefined {
  const candidate = clock as Clock & { set?: unknown };
  return typeof candidate.set === 'function' ? (clock as Clock & { set(day: string): void }) : undefined;
}

export function isClockChangeable(clock: Clock): boolean {
  return settable(clock) !== undefined;
}

function readBody(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
      if (body.length > 10_000) request.destroy();
    });
    request.on('end', () => resolve(new URLSearchParams(body)));
    request.on('error', reject);
  });
}

/** Back to the page the form was on, never to another site. */
function localPath(referer: string | undefined): string {
  if (!referer) return '/';
  const url = new URL(referer, 'http://localhost');
  return `${url.pathname}${url.search}`;
}

function back(request: IncomingMessage, response: ServerResponse, cookie?: string): void {
  const headers: Record<string, string> = { Location: localPath(request.headers.referer) };
  if (cookie) headers['Set-Cookie'] = cookie;
  response.writeHead(303, headers);
  response.end();
}

const FORMS: Record<string, (form: URLSearchParams, options: PreferenceOptions) => string | undefined> = {
  '/sign-in': (form, options) => {
    const chosen = options.people.filter((person) => person.email === form.get('user'))[0];
    return chosen ? cookieHeader(USER_COOKIE, chosen.email) : undefined;
  },
  '/language': (form) => cookieHeader(LANGUAGE_COOKIE, form.get('language') === 'cy-gb' ? 'cy-gb' : 'en-gb'),
  '/theme': (form) => {
    const theme = form.get('theme') || '';
    return cookieHeader(THEME_COOKIE, (HOST_THEME_NAMES as readonly string[]).indexOf(theme) >= 0 ? theme : 'default');
  },
  '/clock': (form, options) => {
    const day = form.get('today') || '';
    const clock = settable(options.clock);
    if (clock && isIsoDate(day)) clock.set(day);
    return undefined;
  }
};

/** Handles a POST to one of the forms; false when the request is not one. */
export async function handlePreference(request: IncomingMessage, response: ServerResponse, path: string, options: PreferenceOptions): Promise<boolean> {
  const form = FORMS[path];
  if (request.method !== 'POST' || !form) {
    return false;
  }
  back(request, response, form(await readBody(request), options));
  return true;
}
