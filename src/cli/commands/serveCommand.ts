import { existsSync } from 'fs';
import { join, resolve } from 'path';
import { createSiteSp } from '../../data/createSp';
import { TrackerRepository } from '../../data/TrackerRepository';
import { startTrackerSite } from '../../local/trackerSite';
import { loadDemoData } from '../../local/demoData/loadDemoData';
import { DEMO_PEOPLE } from '../../local/workbench/demoPeople';
import { startWorkbench } from '../../local/workbench/startWorkbench';
import { CliIo } from '../io';
import { EXIT_OK, UsageError } from '../usage';

/** The period the demo data reports: the Strategic Equality Plan's 2017-18 year end (seed 001). */
const DEMO_PERIOD = { financialYear: '2017-18', quarter: 'Q4' };
/**
 * My updates opens on the quarter after the demo data, on a day in the demo's own time: early
 * July 2018, with Q1's updates owed (due Fri 13 Jul) and Q4's reports beside each form.
 */
const DEMO_UPDATES_PERIOD = { financialYear: '2018-19', quarter: 'Q1' };
const DEMO_TODAY = '2018-07-02';

function portOf(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port "${text}" is not a port number (0 picks a free one).`);
  return port;
}

/**
 * `tracker serve`: local mode (SPEC §5.6). The embedded store keeps the site in `--site`
 * (./.tracker); on first run it creates the lists and imports the demo data; the workbench serves
 * http://localhost:<port> until Ctrl+C.
 */
export async function serveCommand(options: { port: string; site: string }, io: CliIo, stopSignal?: Promise<void>): Promise<number> {
  const port = portOf(options.port);
  const dir = resolve(io.cwd, options.site);
  const firstRun = !existsSync(join(dir, 'sharepoint.sqlite'));
  const store = await startTrackerSite({ dir, port: 0, quiet: true, people: DEMO_PEOPLE });
  try {
    const repository = new TrackerRepository(createSiteSp({ siteUrl: store.siteUrl }));
    if (firstRun || !(await repository.listPlans()).length) {
      io.out(`First run: creating the tracker's lists in ${dir} and importing the demo plans…`);
      await loadDemoData(repository, io.now(), io.out);
    }
    const workbench = await startWorkbench({
      siteUrl: store.siteUrl, people: DEMO_PEOPLE, port, period: DEMO_PERIOD, updatesPeriod: DEMO_UPDATES_PERIOD, today: () => DEMO_TODAY
    });
    io.out(`Performance Tracker (local mode) is running at ${workbench.url}`);
    io.out(`SharePoint REST: ${workbench.url}/sites/tracker/_api/web · data in ${dir} · press Ctrl+C to stop.`);
    await (stopSignal || interrupted());
    await workbench.close();
    io.out('Stopped.');
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
