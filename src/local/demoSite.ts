import { existsSync } from 'fs';
import { join } from 'path';
import { createSiteSp } from '../data/createSp';
import { TrackerRepository } from '../data/TrackerRepository';
import { DemoClock } from './demoClock';
import { DEMO_OVERLAY, DEMO_PEOPLE } from './demoData/demoOverlay';
import { loadDemoData } from './demoData/loadDemoData';
import { SharePointStore } from './sharepointStore';
import { startTrackerSite } from './trackerSite';

/**
 * Local mode's site: the tracker's lists in the embedded store, on the demo clock, with the demo
 * plans and the demo overlay loaded the first time. `tracker serve` puts the workbench in front of
 * it; tests start it in memory to check the story the demo tells.
 */
export interface DemoSite {
  store: SharePointStore;
  clock: DemoClock;
  /** The repository as a demo person (undefined: the site's owner), on the demo clock. */
  repositoryAs(email?: string): TrackerRepository;
  close(): Promise<void>;
}

export interface DemoSiteOptions {
  /** The site's folder; absent, the site lives in memory. */
  dir?: string;
  /** Where the first run says what it imports. */
  report?: (line: string) => void;
}

export async function startDemoSite({ dir, report = () => undefined }: DemoSiteOptions): Promise<DemoSite> {
  const firstRun = dir === undefined || !existsSync(join(dir, 'sharepoint.sqlite'));
  const clock = DemoClock.open(dir, DEMO_OVERLAY.today);
  const store = await startTrackerSite({ ...(dir === undefined ? { memory: true } : { dir }), port: 0, quiet: true, people: DEMO_PEOPLE, clock: () => clock.now().getTime() });
  const repositoryAs = (email?: string): TrackerRepository =>
    new TrackerRepository(createSiteSp({ siteUrl: store.siteUrl, localUser: email }), { now: () => clock.now() });
  try {
    if (firstRun || !(await repositoryAs().listPlans()).length) {
      report(`First run: creating the tracker's lists in ${dir || 'memory'} and importing the demo plans…`);
      await loadDemoData(repositoryAs, clock.now(), report);
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  return { store, clock, repositoryAs, close: () => store.close() };
}
