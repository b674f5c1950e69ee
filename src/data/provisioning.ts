import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import { LIST_DESCRIPTIONS } from './listDescriptions';
import { LIST_ORDER, ListKey, LISTS } from './schema';
import { FieldDefinition, ListDefinition } from './schemaTypes';
import { fieldSchemaXml } from './fieldSchemaXml';
import { toTrackerError } from './errors';
import { fillReportedStatuses } from './fillReportedStatuses';

/**
 * `tracker provision`, and how local mode's store gets its lists: creates what the site lacks of
 * the tracker's schema and changes nothing already right. Each list is created at the URL the
 * .sppkg's feature gives it (named by its URL, then renamed), versioning on; its fields come from
 * the same schema XML the .sppkg deploys, in one `$batch` per list; the built-in Title takes the
 * schema's caption, required flag and index; missing indexes are set; actions from before the
 * ReportedStatuses column get it worked out. Running it twice does nothing the second time.
 */

export interface ProvisionReport {
  listsCreated: string[];
  /** `List/Field` for each field added. */
  fieldsCreated: string[];
  /** `List/Field` for each existing field that was indexed (or, for Title, brought in line). */
  indexesSet: string[];
  /** Actions whose ReportedStatuses column was worked out from their updates (a site from before the column). */
  statusesFilled: number;
}

interface SiteField {
  InternalName: string;
  Title: string;
  Indexed: boolean;
  Required: boolean;
  EnforceUniqueValues: boolean;
}

/** `Lists/MeasureValues` → `MeasureValues`: the name SharePoint builds a new list's URL from. */
function urlName(list: ListDefinition): string {
  return list.url.replace(/^Lists\//, '');
}

async function ensureList(sp: SPFI, list: ListDefinition, ids: Map<string, string>, report: ProvisionReport): Promise<void> {
  if (ids.has(list.title)) {
    return;
  }
  const named = urlName(list);
  let id = ids.get(named);
  if (!id) {
    const created = await sp.web.lists.add(named, LIST_DESCRIPTIONS[list.key as ListKey], list.baseTemplate, false, { EnableVersioning: true });
    id = (created as { Id: string }).Id;
  }
  if (named !== list.title) {
    await sp.web.lists.getById(id).update({ Title: list.title });
  }
  ids.set(list.title, id);
  report.listsCreated.push(list.title);
}

/** What an existing field needs to match the schema: Title in full (caption, required, unique), other fields only their index. */
function fieldChanges(field: FieldDefinition, present: SiteField): Record<string, unknown> | undefined {
  if (field.name === 'Title') {
    const wanted = { Title: field.title, Required: !!field.required, Indexed: !!field.indexed, EnforceUniqueValues: !!field.unique };
    const differs = present.Title !== wanted.Title || present.Required !== wanted.Required || (wanted.Indexed && !present.Indexed) || present.EnforceUniqueValues !== wanted.EnforceUniqueValues;
    return differs ? wanted : undefined;
  }
  return field.indexed && !present.Indexed ? { Indexed: true } : undefined;
}

async function ensureFields(sp: SPFI, list: ListDefinition, ids: Map<string, string>, report: ProvisionReport): Promise<void> {
  const target = sp.web.lists.getByTitle(list.title);
  const fields: SiteField[] = await target.fields.select('InternalName', 'Title', 'Indexed', 'Required', 'EnforceUniqueValues')();
  const lookupId = (lookupKey: string): string => `{${ids.get(LISTS[lookupKey as keyof typeof LISTS].title) || ''}}`;
  const [batched, execute] = sp.batched();
  const writes: Array<Promise<unknown>> = [];
  list.fields.forEach((field) => {
    const present = fields.filter((siteField) => siteField.InternalName === field.name)[0];
    const batchedList = batched.web.lists.getByTitle(list.title);
    if (!present) {
      writes.push(batchedList.fields.createFieldAsXml(fieldSchemaXml(list, field, lookupId)));
      report.fieldsCreated.push(`${list.title}/${field.name}`);
      return;
    }
    const changes = fieldChanges(field, present);
    if (changes) {
      writes.push(batchedList.fields.getByInternalNameOrTitle(field.name).update(changes));
      report.indexesSet.push(`${list.title}/${field.name}`);
    }
  });
  if (writes.length === 0) {
    return;
  }
  // A failed part rejects its own promise: hold them all, then report the first failure.
  const settled = Promise.all(writes.map((write) => write.then(() => undefined, (error: unknown) => error)));
  await execute();
  const failure = (await settled).filter((outcome) => outcome !== undefined)[0];
  if (failure !== undefined) {
    throw failure;
  }
}

export async function provisionSite(sp: SPFI): Promise<ProvisionReport> {
  const report: ProvisionReport = { listsCreated: [], fieldsCreated: [], indexesSet: [], statusesFilled: 0 };
  try {
    const existing: Array<{ Id: string; Title: string }> = await sp.web.lists.select('Id', 'Title')();
    const ids = new Map<string, string>();
    existing.forEach((list) => ids.set(list.Title, list.Id));
    for (const key of LIST_ORDER) {
      const list = LISTS[key] as ListDefinition;
      await ensureList(sp, list, ids, report);
      await ensureFields(sp, list, ids, report);
    }
    report.statusesFilled = await fillReportedStatuses(sp);
    return report;
  } catch (error) {
    throw toTrackerError(error, "The site's lists");
  }
}
