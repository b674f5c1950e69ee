import { createServer, IncomingMessage, request as httpRequest, Server, ServerResponse } from 'http';
import { AddressInfo } from 'net';
import { parseFinancialYear, parseQuarter, periodOpenForUpdatesOn } from '../../domain/periods';
import { createSiteSp } from '../../data/createSp';
import { TrackerRepository } from '../../data/TrackerRepository';
import { loadReport } from '../../report/loadReport';
import { ForbiddenError, NotFoundError } from '../../data/errors';
import { DemoPerson } from './demoPeople';
import { errorPage, page, planPage, plansPage } from './pages';
import { buildClientBundle } from './clientBundle';
import { refuseForeignRequest } from './requestGuard';
import { myUpdatesPage, PageLanguage } from './webPartPage';
import { ReportingPeriod } from '../../domain/model';
import { Clock } from '../demoClock';
import { HOST_THEME_NAMES, HostThemeName } from '../../components/theme/hostThemes';

export interface WorkbenchOptions {
  /** The embedded store's site URL; the workbench reads through it and proxies `/sites/tracker`. */
  siteUrl: string;
  people: readonly DemoPerson[];
  port?: number;
  /** Local mode's one clock: every page, web part and report judges due and overdue by it. */
  clock: Clock;
}

export interface Workbench {
  url: string;
  close(): Promise<void>;
}

export const USER_COOKIE = 'tracker-user';
export const LANGUAGE_COOKIE = 'tracker-language';
export const THEME_COOKIE = 'tracker-theme';

function cookieTheme(request: IncomingMessage): HostThemeName {
  const match = /(?:^|;\s*)tracker-theme=(\w+)/.exec(request.headers.cookie || '');
  return match && (HOST_THEME_NAMES as readonly string[]).indexOf(match[1]) >= 0 ? (match[1] as HostThemeName) : 'default';
}

function cookieLanguage(request: IncomingMessage): PageLanguage {
  return /(?:^|;\s*)tracker-language=cy-gb/.test(request.headers.cookie || '') ? 'cy-gb' : 'en-gb';
}

/** The web part page runs the client bundle and calls the store through the proxy: nothing else. */
const WEB_PART_POLICY = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; form-action 'self'";

function cookieUser(request: IncomingMessage, people: readonly DemoPerson[]): DemoPerson {
  const match = /(?:^|;\s*)tracker-user=([^;]+)/.exec(request.headers.cookie || '');
  const email = match ? decodeURIComponent(match[1]) : '';
  return people.filter((person) => person.email === email)[0] || people.filter((person) => person.role === 'owner')[0] || people[0];
}

/**
 * The web part page shown to a visitor with no cookie signs them in as the person it shows, so
 * the web part's calls through the proxy name that person by the cookie, as every call must.
 */
function keepSignIn(request: IncomingMessage, response: ServerResponse, user: DemoPerson): void {
  const named = /(?:^|;\s*)tracker-user=([^;]+)/.exec(request.headers.cookie || '');
  if (!named || decodeURIComponent(named[1]) !== user.email) {
    response.setHeader('Set-Cookie', `${USER_COOKIE}=${encodeURIComponent(user.email)}; Path=/; SameSite=Lax; HttpOnly`);
  }
}

function send(response: ServerResponse, status: number, html: string, policy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"): void {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy });
  response.end(html);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); if (body.length > 10_000) request.destroy(); });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

/**
 * Passes SharePoint REST calls to the store as they came: the browser's cookie names the person,
 * so the store asks for the form digest SharePoint asks a signed-in browser for. No person is
 * added: a request without the cookie reaches the store naming nobody.
 */
function proxy(request: IncomingMessage, response: ServerResponse, siteUrl: string): void {
  const target = new URL(siteUrl);
  // The browser's Host and Origin are kept: the store builds links (next pages, metadata) on this
  // origin, and checks the Origin against it.
  const headers: Record<string, string | string[] | undefined> = { ...request.headers, host: request.headers.host || target.host };
  const upstream = httpRequest({ hostname: target.hostname, port: target.port, path: request.url, method: request.method, headers }, (answer) => {
    response.writeHead(answer.statusCode || 502, answer.headers);
    answer.pipe(response);
  });
  upstream.on('error', () => send(response, 502, 'The local SharePoint store is not answering.'));
  request.pipe(upstream);
}

/** Back to the page the form was on, never to another site. */
function localPath(referer: string | undefined): string {
  if (!referer) return '/';
  const url = new URL(referer, 'http://localhost');
  return `${url.pathname}${url.search}`;
}

async function render(request: IncomingMessage, options: WorkbenchOptions, user: DemoPerson): Promise<[number, string]> {
  const url = new URL(request.url || '/', 'http://localhost');
  const repository = new TrackerRepository(createSiteSp({ siteUrl: options.siteUrl, localUser: user.email }));
  const open = periodOpenForUpdatesOn(options.clock.today());
  const year = parseFinancialYear(url.searchParams.get('year') || '') || open.financialYear;
  const quarter = parseQuarter(url.searchParams.get('quarter') || '') || open.quarter;
  if (url.pathname === '/') {
    return [200, page('Plans', plansPage(await repository.listPlans(), year, quarter), options.people, user.email)];
  }
  if (url.pathname === '/plan') {
    const title = url.searchParams.get('title') || '';
    const report = await loadReport(repository, { plan: title, period: { financialYear: year, quarter }, asOf: options.clock.today() });
    return [200, page(`${title}: ${quarter} ${year}`, planPage(report.document, title, year, quarter), options.people, user.email)];
  }
  return [404, page('Not found', errorPage('There is no page at this address.'), options.people, user.email)];
}

/** The period asked for in the address (`?year=2017-18&quarter=Q4`), if any. */
function periodOf(url: URL): ReportingPeriod | undefined {
  const financialYear = parseFinancialYear(url.searchParams.get('year') || '');
  const quarter = parseQuarter(url.searchParams.get('quarter') || '');
  return financialYear && quarter ? { financialYear, quarter } : undefined;
}

async function handle(request: IncomingMessage, response: ServerResponse, options: WorkbenchOptions, bundle: Promise<string>): Promise<void> {
  if (refuseForeignRequest(request, response)) return;
  const user = cookieUser(request, options.people);
  const path = (request.url || '/').split('?')[0];
  if (path === '/workbench/my-updates.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
    response.end(await bundle);
    return;
  }
  if (path === '/updates') {
    const url = new URL(request.url || '/', 'http://localhost');
    keepSignIn(request, response, user);
    send(response, 200, myUpdatesPage({ user, period: periodOf(url), today: options.clock.today(), now: options.clock.now(), language: cookieLanguage(request), theme: cookieTheme(request), people: options.people }), WEB_PART_POLICY);
    return;
  }
  if (request.method === 'POST' && path === '/theme') {
    const chosen = new URLSearchParams(await readBody(request)).get('theme') || '';
    const theme = (HOST_THEME_NAMES as readonly string[]).indexOf(chosen) >= 0 ? chosen : 'default';
    response.writeHead(303, { 'Set-Cookie': `${THEME_COOKIE}=${theme}; Path=/; SameSite=Lax; HttpOnly`, Location: localPath(request.headers.referer) });
    response.end();
    return;
  }
  if (request.method === 'POST' && path === '/language') {
    const language = new URLSearchParams(await readBody(request)).get('language') === 'cy-gb' ? 'cy-gb' : 'en-gb';
    response.writeHead(303, { 'Set-Cookie': `${LANGUAGE_COOKIE}=${language}; Path=/; SameSite=Lax; HttpOnly`, Location: localPath(request.headers.referer) });
    response.end();
    return;
  }
  if (path.indexOf('/sites/') === 0 || path.indexOf('/_admin/') === 0) {
    proxy(request, response, options.siteUrl);
    return;
  }
  if (request.method === 'POST' && path === '/sign-in') {
    const email = new URLSearchParams(await readBody(request)).get('user') || '';
    const chosen = options.people.filter((person) => person.email === email)[0] || user;
    response.writeHead(303, { 'Set-Cookie': `${USER_COOKIE}=${encodeURIComponent(chosen.email)}; Path=/; SameSite=Lax; HttpOnly`, Location: localPath(request.headers.referer) });
    response.end();
    return;
  }
  try {
    const [status, html] = await render(request, options, user);
    send(response, status, html);
  } catch (error) {
    const status = error instanceof NotFoundError ? 404 : error instanceof ForbiddenError ? 403 : 500;
    send(response, status, page('Something went wrong', errorPage((error as Error).message), options.people, user.email));
  }
}

/** The local workbench on 127.0.0.1 (SPEC §5.6): plans read through the repository, "sign in as". */
export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const bundle = buildClientBundle();
  // A failed build is reported when the page asks for it, not as an unhandled rejection now.
  bundle.catch(() => undefined);
  const server: Server = createServer((request, response) => {
    handle(request, response, options, bundle).catch(() => send(response, 500, 'Unexpected error.'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port === undefined ? 4321 : options.port, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
