import { Browser, BrowserContext } from 'playwright-core';
import { temporaryDir } from '../../cli/support';
import { LocalMode, startLocalMode } from '../../support/localMode';
import { launchBrowser } from './browser';

/** Local mode on its own copy of the demo, and Chromium, shared by one describe block's tests. */
export interface LocalModeSession {
  readonly dir: { path: string };
  local(): LocalMode;
  browser(): Browser;
  /** The browser context a test opened, closed when that test ends. */
  keep<T extends BrowserContext>(context: T): T;
}

/** Call inside a describe block: starts both before its tests, closes each test's context after it, stops both after the last. */
export function localModeSession(): LocalModeSession {
  const dir = temporaryDir();
  let local: LocalMode | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    [local, browser] = await Promise.all([startLocalMode(dir.path), launchBrowser()]);
  });

  afterEach(async () => {
    if (context) await context.close();
    context = undefined;
  });

  afterAll(async () => {
    if (browser) await browser.close();
    if (local) await local.stop();
    dir.remove();
  });

  const started = <T>(part: T | undefined, name: string): T => {
    if (!part) throw new Error(`${name} has not started: call localModeSession() inside a describe block`);
    return part;
  };
  return {
    dir,
    local: () => started(local, 'Local mode'),
    browser: () => started(browser, 'Chromium'),
    keep: (opened) => { context = opened; return opened; }
  };
}
