import { Browser, BrowserContext, Page } from 'playwright-core';
import { DemoSite, startDemoSite } from '../../../src/local/demoSite';
import { DEMO_PEOPLE } from '../../../src/local/demoData/demoOverlay';
import { LocalReminders, startLocalReminders } from '../../../src/local/localReminders';
import { startWorkbench, USER_COOKIE, Workbench } from '../../../src/local/workbench/startWorkbench';
import { launchBrowser } from './browser';

/**
 * The demo site in memory on its own demo clock, the reminder job on it with the local Graph
 * outbox, and the workbench showing both: the Reminders page as `tracker serve` has it.
 */
export interface RemindersFixture {
  site: DemoSite;
  reminders: LocalReminders;
  workbench: Workbench;
  browser: Browser;
  /** A new context signed in as `email`, at `width` px, on `path`; closed with the fixture. */
  open(email: string, path: string, width?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function startRemindersFixture(): Promise<RemindersFixture> {
  const [site, browser] = await Promise.all([startDemoSite({}), launchBrowser()]);
  let workbench: Workbench | undefined;
  const reminders = await startLocalReminders({
    siteUrl: site.store.siteUrl, people: DEMO_PEOPLE, clock: () => site.clock.now().getTime(),
    myMilestonesUrl: () => `${(workbench as Workbench).url}/milestones`
  });
  workbench = await startWorkbench({ siteUrl: site.store.siteUrl, people: DEMO_PEOPLE, port: 0, clock: site.clock, reminders });
  const opened: BrowserContext[] = [];
  const url = workbench.url;
  return {
    site, reminders, workbench, browser,
    open: async (email, path, width = 1280) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
      opened.push(context);
      await context.addCookies([{ name: USER_COOKIE, value: encodeURIComponent(email), url }]);
      const page = await context.newPage();
      await page.goto(`${url}${path}`);
      return page;
    },
    close: async () => {
      await Promise.all(opened.map((context) => context.close().catch(() => undefined)));
      await browser.close();
      await (workbench as Workbench).close();
      await reminders.close();
      await site.close();
    }
  };
}
