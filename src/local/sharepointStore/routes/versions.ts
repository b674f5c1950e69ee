import { errors } from '../errors';
import { entityPropertyName, isMultiValued, isPerson, isReference } from '../fields/fieldTypes';
import { itemsTable, versionsTable } from '../items/columnSql';
import { itemPath } from '../items/itemShape';
import { readItem } from '../items/itemWriter';
import { toRest } from '../items/valueCodec';
import { collectionValue, decorate, Entity } from '../metadata';
import { PathSegment } from '../pathSegments';
import { ApiRequest, ApiResponse, StoreContext } from '../storeContext';
import { FieldRecord, ListRecord } from '../storeTypes';
import { collectionResponse, entityResponse, selectProperties } from './respond';

/**
 * `items(id)/versions` (PnPjs `item.versions()`): every change kept, newest first, each with
 * `VersionId` (512 per major version), `VersionLabel`, `IsCurrentVersion`, `Created` (when that
 * version was saved) and the field values as they were. People and lookups read as SharePoint's
 * `FieldUserValue` / `FieldLookupValue` objects.
 */

const VERSION_ID_STEP = 512;

interface VersionRow {
  version: number;
  data: string;
}

function referenceValue(ctx: StoreContext, field: FieldRecord, id: number): Entity {
  if (isPerson(field)) {
    const user = ctx.users.byId(id);
    return { LookupId: id, LookupValue: user ? user.title : '', Email: user ? user.email : '' };
  }
  const target = ctx.lists.byId(field.lookupList as string);
  const row = target ? ctx.db.get<{ data: string }>(`SELECT data FROM ${itemsTable(target.tableNo)} WHERE id = ?`, id) : undefined;
  return { LookupId: id, LookupValue: row ? (JSON.parse(row.data) as { Title?: string }).Title ?? '' : '' };
}

function versionEntity(ctx: StoreContext, req: ApiRequest, list: ListRecord, itemId: number, row: VersionRow, current: number): Entity {
  const data = JSON.parse(row.data) as Record<string, unknown>;
  const entity: Entity = {
    Created: data.Modified,
    IsCurrentVersion: row.version === current,
    VersionId: row.version * VERSION_ID_STEP,
    VersionLabel: `${row.version}.0`,
    ID: itemId,
    OData__UIVersionString: `${row.version}.0`
  };
  ctx.lists.fields(list.id)
    // The version's own Created (when it was saved) stands for the item's creation time, as SharePoint's SP.ListItemVersion has it.
    .filter((field) => !field.hidden && ['ID', '_UIVersionString', 'Created'].indexOf(field.internalName) < 0)
    .forEach((field) => {
      const stored = data[field.internalName];
      const name = entityPropertyName(field.internalName);
      if (isReference(field)) {
        const ids = ([] as number[]).concat((stored as number | number[] | null | undefined) ?? []);
        const values = ids.map((id) => referenceValue(ctx, field, id));
        entity[name] = isMultiValued(field) ? collectionValue(req.level, isPerson(field) ? 'SP.FieldUserValue' : 'SP.FieldLookupValue', values) : values[0] ?? null;
      } else {
        const value = toRest(field, stored);
        entity[name] = Array.isArray(value) ? collectionValue(req.level, 'Edm.String', value) : value;
      }
    });
  const path = `${itemPath(list, itemId)}/versions(${row.version * VERSION_ID_STEP})`;
  return decorate(req.level, selectProperties(entity, req.query.select), { type: 'SP.ListItemVersion', uri: `${ctx.siteUrl}/_api/${path}`, editLink: path });
}

/** `segments` starts with the `versions` segment (`versions`, `versions(512)`, `versions/getById(512)`). */
export function routeVersions(ctx: StoreContext, req: ApiRequest, list: ListRecord, itemId: number, segments: PathSegment[]): ApiResponse {
  if (req.method !== 'GET') {
    throw errors.methodNotAllowed(req.method);
  }
  const current = readItem(ctx, list, itemId).version;
  const byId = segments[0].called ? segments[0] : segments[1] && segments[1].lower === 'getbyid' ? segments[1] : undefined;
  if (byId) {
    const version = Number(byId.arg) / VERSION_ID_STEP;
    const row = ctx.db.get<VersionRow>(`SELECT version, data FROM ${versionsTable(list.tableNo)} WHERE item_id = ? AND version = ?`, itemId, version);
    if (!row) {
      throw errors.noResource(byId.raw);
    }
    return entityResponse(ctx, req, versionEntity(ctx, req, list, itemId, row, current), 'SP.ApiData.ListItemVersions/@Element');
  }
  const rows = ctx.db.all<VersionRow>(`SELECT version, data FROM ${versionsTable(list.tableNo)} WHERE item_id = ? ORDER BY version DESC`, itemId);
  return collectionResponse(ctx, req, rows.map((row) => versionEntity(ctx, req, list, itemId, row, current)), 'SP.ApiData.ListItemVersions');
}
