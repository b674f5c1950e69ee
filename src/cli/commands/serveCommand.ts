import { resolve } from 'path';
import { DEMO_PEOPLE } from '../../local/demoData/demoOverlay';
import { startDemoSite } from '../../local/demoSite';
import { formatDate } from '../../domain/calendarDate';
import { startWorkbench } from '../../local/workbench/startWorkbench';
import { startLocalReminders } from '../../local/localReminders';
import { CliIo } from '../io';
import { EXIT_OK, UsageError } from '../usage';

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
  const { store, clock, close } = await startDemoSite({ dir, report: io.out });
  try {
    let workbenchUrl = `http://localhost:${port}`;
    const reminders = await startLocalReminders({ siteUrl: store.siteUrl, dir, people: DEMO_PEOPLE, myMilestonesUrl: () => `${workbenchUrl}/milestones`, clock: () => clock.now().getTime() });
    const workbench = await startWorkbench({ siteUrl: store.siteUrl, people: DEMO_PEOPLE, port, clock, reminders });
    workbenchUrl = workbench.url;
    io.out(`Performance Tracker (local mode) is running at ${workbench.url} (the demo's own day: ${formatDate(clock.today())})`);
    io.out(`SharePoint REST: ${workbench.url}/sites/tracker/_api/web · data in ${dir} · press Ctrl+C to stop.`);
    await (stopSignal || interrupted());
    await workbench.close();
    await reminders.close();
    io.out('Stopped.');
    return EXIT_OK;
  } finally {
    await close();
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
