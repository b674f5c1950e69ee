import { createServer, IncomingMessage, request as httpRequest, Server, ServerResponse } from 'http';
import { AddressInfo } from 'net';
import { ReportingPeriod } from '../../domain/model';
import { parseFinancialYear, parsePeriodKey, parseQuarter } from '../../domain/periods';
import { Clock } from '../demoClock';
import { ICON_FONTS_PATH } from './client/iconFonts';
import { buildClientBundle, ClientPage } from './clientBundle';
import { cookieHeader, cookieLanguage, cookieTheme, cookieUser, cookieValue, USER_COOKIE } from './cookies';
import { DemoPerson } from './demoPeople';
import { FAVICON_SVG } from './favicon';
import { serveIconFont } from './iconFontFiles';
import { errorPage, page, PageChrome } from './pages';
import { handlePreference, isClockChangeable } from './preferences';
import { refuseForeignRequest } from './requestGuard';
import { RemindersPage, remindersPage } from './remindersPage';
import { LocalReminders } from '../localReminders';
import { dashboardPage, myMilestonesPage, myUpdatesPage, trackerSetupPage, WebPartPageOptions } from './webPartPage';

export { LANGUAGE_COOKIE, THEME_COOKIE, USER_COOKIE } from './cookies';

export interface WorkbenchOptions {
  /** The embedded store's site URL; the workbench reads through it and proxies `/sites/tracker`. */
  siteUrl: string;
  people: readonly DemoPerson[];
  port?: number;
  /** Local mode's one clock: every page, web part and report judges due and overdue by it. */
  clock: Clock;
  /** The reminder job on the store and the local Graph outbox: the Reminders page. */
  reminders?: LocalReminders;
}

/** Each web part page's client bundle, by the address its page loads it from. */
const CLIENT_SCRIPTS: Record<string, ClientPage> = {
  '/workbench/my-updates.js': 'myUpdatesPage',
  '/workbench/dashboard.js': 'dashboardPage',
  '/workbench/tracker-setup.js': 'trackerSetupPage',
  '/workbench/my-milestones.js': 'myMilestonesPage'
};

/**
 * Bundles built so far in this process, by page: each is built on its first request, not at
 * start, and once for every workbench the process starts (tests start many), as a local-mode
 * visit or a browser test rarely opens all four pages.
 */
const builtBundles = new Map<ClientPage, Promise<string>>();

function clientBundleAt(path: string): Promise<string> | undefined {
  const page = Object.prototype.hasOwnProperty.call(CLIENT_SCRIPTS, path) ? CLIENT_SCRIPTS[path] : undefined;
  if (!page) return undefined;
  let bundle = builtBundles.get(page);
  if (!bundle) {
    bundle = buildClientBundle(page);
    builtBundles.set(page, bundle);
    // A failed build answers the requests waiting on it, and the next request builds again.
    bundle.catch(() => builtBundles.delete(page));
  }
  return bundle;
}

export interface Workbench {
  url: string;
  close(): Promise<void>;
}

/** The web part page runs the client bundle, draws Fluent's icons from the workbench's own fonts and calls the store through the proxy: nothing else. */
const WEB_PART_POLICY = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; font-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'";
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'";

function send(response: ServerResponse, status: number, html: string, policy = PAGE_POLICY): void {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy });
  response.end(html);
}

/**
 * The web part page shown to a visitor with no cookie signs them in as the person it shows, so
 * the web part's calls through the proxy name that person by the cookie, as every call must.
 */
function keepSignIn(request: IncomingMessage, response: ServerResponse, user: DemoPerson): void {
  if (cookieValue(request, USER_COOKIE) !== user.email) {
    response.setHeader('Set-Cookie', cookieHeader(USER_COOKIE, user.email));
  }
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

/** The period asked for in the address (`?year=2017-18&quarter=Q4` or `?period=2017-18 Q4`), if any. */
function periodOf(url: URL): ReportingPeriod | undefined {
  const key = parsePeriodKey(url.searchParams.get('period') || '');
  if (key) return key;
  const financialYear = parseFinancialYear(url.searchParams.get('year') || '');
  const quarter = parseQuarter(url.searchParams.get('quarter') || '');
  return financialYear && quarter ? { financialYear, quarter } : undefined;
}

function chromeFor(options: WorkbenchOptions, user: DemoPerson): PageChrome {
  return { people: options.people, current: user.email, today: options.clock.today(), clockChangeable: isClockChangeable(options.clock) };
}

async function renderPage(response: ServerResponse, options: WorkbenchOptions, user: DemoPerson): Promise<void> {
  send(response, 404, page('Not found', errorPage('There is no page at this address.'), chromeFor(options, user)));
}

const MAIL_PATH = /^\/reminders\/mail\/(\d+)$/;

/** The Reminders page, its "Run reminders now" form and its e-mails; false for any other request. */
async function handleReminders(request: IncomingMessage, response: ServerResponse, path: string, options: WorkbenchOptions, user: DemoPerson, reminders: RemindersPage | undefined): Promise<boolean> {
  if (!reminders || path.indexOf('/reminders') !== 0) return false;
  const mail = MAIL_PATH.exec(path);
  if (path === '/reminders/run' && request.method === 'POST') {
    await reminders.runNow(request, response);
  } else if (path === '/reminders' && request.method === 'GET') {
    keepSignIn(request, response, user);
    send(response, 200, page('Reminders', reminders.body(), chromeFor(options, user)));
  } else if (mail && request.method === 'GET') {
    reminders.mail(response, Number(mail[1]));
  } else {
    return false;
  }
  return true;
}

/** What every web part page is given: the person, the demo's clock, the language and theme cookies. */
function webPartOptions(request: IncomingMessage, url: URL, options: WorkbenchOptions, user: DemoPerson): WebPartPageOptions {
  const { clock } = options;
  return {
    user, period: periodOf(url), today: clock.today(), now: clock.now(), language: cookieLanguage(request), theme: cookieTheme(request),
    people: options.people, clockChangeable: isClockChangeable(clock)
  };
}

/** The web part page at `path`, or undefined when there is none there. */
function webPartPageAt(path: string, url: URL, page: () => WebPartPageOptions): string | undefined {
  switch (path) {
    case '/updates':
      return myUpdatesPage(page());
    case '/setup':
      return trackerSetupPage(page());
    case '/milestones':
      // As a Teams tab shows it: `?subEntityId=` plays a reminder's deep link.
      return myMilestonesPage({ ...page(), subEntityId: url.searchParams.get('subEntityId') || undefined });
    case '/':
    case '/plan':
      // The home is the dashboard; an old plan page's address opens it on that plan and quarter.
      return dashboardPage({ ...page(), plan: path === '/plan' ? url.searchParams.get('title') || undefined : undefined });
    default:
      return undefined;
  }
}

async function handle(request: IncomingMessage, response: ServerResponse, options: WorkbenchOptions, reminders: RemindersPage | undefined): Promise<void> {
  if (refuseForeignRequest(request, response)) return;
  const user = cookieUser(request, options.people);
  const url = new URL(request.url || '/', 'http://localhost');
  const path = url.pathname;
  const html = webPartPageAt(path, url, () => webPartOptions(request, url, options, user));
  const bundle = clientBundleAt(path);
  if (bundle) {
    response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
    response.end(await bundle);
  } else if (path === '/favicon.svg' || path === '/favicon.ico') {
    response.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=86400' });
    response.end(FAVICON_SVG);
  } else if (path.indexOf(ICON_FONTS_PATH) === 0) {
    serveIconFont(path.slice(ICON_FONTS_PATH.length), response);
  } else if (html !== undefined) {
    keepSignIn(request, response, user);
    send(response, 200, html, WEB_PART_POLICY);
  } else if (path.indexOf('/sites/') === 0 || path.indexOf('/_admin/') === 0) {
    proxy(request, response, options.siteUrl);
  } else if (!(await handleReminders(request, response, path, options, user, reminders)) && !(await handlePreference(request, response, path, options))) {
    await renderPage(response, options, user);
  }
}

/** The local workbench on 127.0.0.1 (SPEC §5.6): the web parts on the embedded store, "sign in as", one clock. */
export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const reminders = options.reminders ? remindersPage({ reminders: options.reminders, people: options.people, now: () => options.clock.now() }) : undefined;
  const server: Server = createServer((request, response) => {
    handle(request, response, options, reminders).catch(() => send(response, 500, 'Unexpected error.'));
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
