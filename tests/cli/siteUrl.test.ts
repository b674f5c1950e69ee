/**
 * @jest-environment node
 */
import { join } from 'path';
import { startSharePointStore, SharePointStore } from '../../src/local/sharepointStore';
import { DEMO, temporaryDir, tracker } from './support';

jest.setTimeout(60_000);

/** `--site http://…`: the same commands over HTTP to a running store, as to SharePoint Online. */
describe('tracker against a site URL', () => {
  let store: SharePointStore;

  beforeAll(async () => {
    store = await startSharePointStore({ memory: true, port: 0, quiet: true });
  });

  afterAll(() => store.close());

  test('provision creates the 12 lists on an empty site, and a second run finds nothing to do', async () => {
    const first = await tracker(['provision', '--site', store.siteUrl]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("provisioned the tracker's lists");
    expect(first.stdout).toContain('lists created: Plans, Objectives, Actions, Milestones, Measures, Measure Values, Updates, Deadline Change Requests, Risks, Challenges, Reporting Calendar, Reminder Log');
    const second = await tracker(['provision', '--site', store.siteUrl]);
    expect(second.stdout).toContain('every tracker list, column and index is already in place');
  });

  test('TRACKER_SITE names the site when --site is absent; import and report go over HTTP', async () => {
    const env = { TRACKER_SITE: store.siteUrl };
    store.resetStats();
    const imported = await tracker(['import', join(DEMO, 'sep-2016-20-actions-2017-18.csv')], env);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('34 new, 0 updated');
    const report = await tracker(['report', '--year', '2017-18', '--quarter', 'Q4', '--as-of', '2018-08-28'], env);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout).atAGlance.total.actions.total).toBe(34);
    expect(store.stats().totalRequests).toBeGreaterThan(0);
  });

  test('a site that is not answering is a message and exit 1, not a stack trace', async () => {
    const dir = temporaryDir();
    const run = await tracker(['report', '--year', '2017-18', '--quarter', 'Q4', '--site', 'http://127.0.0.1:9/sites/tracker']);
    dir.remove();
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toBe('tracker: SharePoint could not be reached. Check the site address and your connection, then try again; nothing was changed.');
    expect(run.stderr.join('\n')).not.toMatch(/\n\s+at /);
  });
});
