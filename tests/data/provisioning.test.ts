/**
 * @jest-environment node
 */
import { createSiteSp } from '../../src/data/createSp';
import { provisionSite } from '../../src/data/provisioning';
import { SiteSchemaReader } from '../../src/data/SiteSchemaReader';
import { checkSiteSchema } from '../../src/data/schemaCheck';
import { LIST_ORDER } from '../../src/data/schema';
import { startSharePointStore } from '../../src/local/sharepointStore';

describe('provisionSite', () => {
  test('creates every list, field and index on an empty site, and does nothing the second time', async () => {
    const store = await startSharePointStore({ memory: true, port: 0, quiet: true });
    try {
      const sp = createSiteSp({ siteUrl: store.siteUrl });
      const first = await provisionSite(sp);
      expect(first.listsCreated).toHaveLength(LIST_ORDER.length);
      expect(first.fieldsCreated.length).toBeGreaterThan(100);
      const checks = checkSiteSchema(await new SiteSchemaReader(sp).readTrackerLists());
      expect(checks.filter((check) => check.health !== 'ok')).toEqual([]);
      // Evidence is created over REST as a document library, at the URL SharePoint gives it.
      expect(await sp.web.lists.getByTitle('Evidence').select('BaseTemplate', 'EnableVersioning', 'DefaultViewUrl')()).toMatchObject({
        BaseTemplate: 101, EnableVersioning: true, DefaultViewUrl: '/sites/tracker/Evidence/Forms/AllItems.aspx'
      });
      expect(await provisionSite(sp)).toEqual({ listsCreated: [], fieldsCreated: [], indexesSet: [], statusesFilled: 0 });
    } finally {
      await store.close();
    }
  }, 30000);
});
