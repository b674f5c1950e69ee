import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { LIST_ORDER, LISTS } from './schema';
import { ISiteSchemaReader } from './ISiteSchemaReader';
import { SiteList } from './schemaCheck';
import { odataString } from './odata';

interface ListWithFields {
  Title: string;
  ItemCount: number;
  EnableVersioning: boolean;
  BaseTemplate: number;
  Fields: Array<{ InternalName: string; TypeAsString: string; Required: boolean; Indexed: boolean }>;
}

/** Reads the tracker's lists and their fields through PnPjs in a single request. */
export class SiteSchemaReader implements ISiteSchemaReader {
  public constructor(private readonly sp: SPFI) {}

  public async readTrackerLists(): Promise<SiteList[]> {
    const titles = LIST_ORDER.map((key) => LISTS[key].title);
    const rows: ListWithFields[] = await this.sp.web.lists
      .select('Title', 'ItemCount', 'EnableVersioning', 'BaseTemplate', 'Fields/InternalName', 'Fields/TypeAsString', 'Fields/Required', 'Fields/Indexed')
      .expand('Fields')
      .filter(titles.map((title) => `Title eq ${odataString(title)}`).join(' or '))();
    return rows.map((row) => ({
      title: row.Title,
      itemCount: row.ItemCount,
      versioning: row.EnableVersioning,
      baseTemplate: row.BaseTemplate,
      fields: (row.Fields || []).map((field) => ({
        internalName: field.InternalName,
        typeAsString: field.TypeAsString,
        required: field.Required,
        indexed: field.Indexed
      }))
    }));
  }
}
