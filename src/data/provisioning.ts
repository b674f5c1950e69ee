import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { LIST_ORDER, LISTS } from './schema';
import { fieldSchemaXml } from './fieldSchemaXml';
import { toTrackerError } from './errors';

/**
 * `tracker provision`: creates what the site lacks of the tracker's schema — lists and the
 * Evidence document library (template 101), versioning on; fields from the same schema XML the
 * .sppkg deploys, in schema order, and indexes — and changes nothing that is already there.
 * Running it twice does nothing the second time.
 */

export interface ProvisionReport {
  listsCreated: string[];
  /** `List/Field` for each field added. */
  fieldsCreated: string[];
  /** `List/Field` for each existing field that was indexed. */
  indexesSet: string[];
}

interface SiteField {
  InternalName: string;
  Indexed: boolean;
}

export async function provisionSite(sp: SPFI): Promise<ProvisionReport> {
  const report: ProvisionReport = { listsCreated: [], fieldsCreated: [], indexesSet: [] };
  try {
    const existing: Array<{ Id: string; Title: string }> = await sp.web.lists.select('Id', 'Title')();
    const ids = new Map<string, string>();
    existing.forEach((list) => ids.set(list.Title, list.Id));
    for (const key of LIST_ORDER) {
      const list = LISTS[key];
      if (!ids.has(list.title)) {
        const created = await sp.web.lists.add(list.title, list.description, list.baseTemplate, false, { EnableVersioning: true });
        ids.set(list.title, (created as { Id: string }).Id);
        report.listsCreated.push(list.title);
      }
      const target = sp.web.lists.getByTitle(list.title);
      const fields: SiteField[] = await target.fields.select('InternalName', 'Indexed')();
      for (const field of list.fields) {
        const present = fields.filter((siteField) => siteField.InternalName === field.name)[0];
        if (!present) {
          const lookupId = (lookupKey: string): string => `{${ids.get(LISTS[lookupKey as keyof typeof LISTS].title) || ''}}`;
          await target.fields.createFieldAsXml(fieldSchemaXml(list, field, lookupId));
          report.fieldsCreated.push(`${list.title}/${field.name}`);
        } else if (field.indexed && !present.Indexed) {
          await target.fields.getByInternalNameOrTitle(field.name).update({ Indexed: true });
          report.indexesSet.push(`${list.title}/${field.name}`);
        }
      }
    }
    return report;
  } catch (error) {
    throw toTrackerError(error, "The site's lists");
  }
}
