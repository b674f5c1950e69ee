import { randomUUID } from 'crypto';
import { errors } from '../errors';
import { entityPropertyName, isMultiValued, isPerson, isReference } from '../fields/fieldTypes';
import { nowInstant } from '../siteDates';
import { StoreContext } from '../storeContext';
import { FieldRecord, ListRecord, SiteUser } from '../storeTypes';
import { columnExpression, itemsTable, versionsTable } from './columnSql';
import { ItemRow } from './itemQuery';
import { itemEtag } from './itemShape';
import { defaultStored, StoredValue, toStored } from './valueCodec';

/**
 * Adding, updating (MERGE) and deleting items, each inside the caller's transaction. Every
 * change writes a version snapshot, so `items(id)/versions` can show an item's history.
 */

/** Base properties SharePoint sets itself; a body that sends them is not refused, they are ignored. */
const SYSTEM_PROPERTIES = new Set(['Id', 'ID', 'GUID', 'Created', 'Modified', 'AuthorId', 'EditorId', 'AuthorStringId', 'EditorStringId', 'OData__UIVersionString', 'Attachments', 'ContentTypeId', 'FileSystemObjectType', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl']);

function fieldForProperty(fields: FieldRecord[], property: string): FieldRecord | undefined {
  return fields.filter((field) => {
    const name = entityPropertyName(field.internalName);
    return isReference(field) ? property === `${name}Id` : property === name;
  })[0];
}

/** Converts a request body to stored values, refusing what SharePoint refuses. */
function valuesFromBody(ctx: StoreContext, list: ListRecord, fields: FieldRecord[], body: Record<string, unknown>, verbose: boolean): Map<FieldRecord, StoredValue | undefined> {
  const values = new Map<FieldRecord, StoredValue | undefined>();
  const typeName = `SP.Data.${list.entityTypeName}`;
  Object.keys(body).forEach((property) => {
    if (property === '__metadata' && verbose) {
      return;
    }
    if (SYSTEM_PROPERTIES.has(property)) {
      return;
    }
    const field = fieldForProperty(fields, property);
    if (!field || (field.readOnly && field.internalName !== 'Title')) {
      throw errors.unknownBodyProperty(property, typeName);
    }
    const stored = toStored(field, body[property], property, verbose);
    checkReferences(ctx, field, stored);
    values.set(field, stored);
  });
  return values;
}

function checkReferences(ctx: StoreContext, field: FieldRecord, stored: StoredValue | undefined): void {
  if (!isReference(field) || stored === undefined) {
    return;
  }
  const ids = Array.isArray(stored) ? (stored as number[]) : [stored as number];
  if (isPerson(field)) {
    if (ids.some((id) => !ctx.users.byId(id))) {
      throw errors.userNotUnique();
    }
    return;
  }
  const target = ctx.lists.byId(field.lookupList as string);
  const missing = !target || ids.some((id) => !ctx.db.get(`SELECT 1 AS found FROM ${itemsTable(target.tableNo)} WHERE id = ?`, id));
  if (missing) {
    throw errors.invalidLookup();
  }
}

function checkUnique(ctx: StoreContext, list: ListRecord, fields: FieldRecord[], data: Record<string, unknown>, id: number): void {
  fields
    .filter((field) => field.unique && !isMultiValued(field))
    .forEach((field) => {
      const value = data[field.internalName];
      if (value === null || value === undefined) {
        return;
      }
      const clash = ctx.db.get(`SELECT id FROM ${itemsTable(list.tableNo)} WHERE ${columnExpression(field)} = ? AND id <> ? LIMIT 1`, typeof value === 'boolean' ? Number(value) : (value as string), id);
      if (clash) {
        throw errors.duplicateValues();
      }
    });
}

function writeVersion(ctx: StoreContext, list: ListRecord, id: number, version: number, data: Record<string, unknown>): void {
  const text = JSON.stringify(data);
  ctx.db.run(`INSERT INTO ${itemsTable(list.tableNo)} (id, version, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, data = excluded.data`, id, version, text);
  ctx.db.run(`INSERT INTO ${versionsTable(list.tableNo)} (item_id, version, data) VALUES (?, ?, ?)`, id, version, text);
}

export function readItem(ctx: StoreContext, list: ListRecord, id: number): ItemRow {
  const row = ctx.db.get<ItemRow>(`SELECT id, version, data FROM ${itemsTable(list.tableNo)} WHERE id = ?`, id);
  if (!row) {
    throw errors.itemNotFound();
  }
  return row;
}

/** `If-Match`: absent or `*` overwrites; anything else must equal the item's current ETag. */
function checkEtag(ifMatch: string | undefined, version: number): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') {
    return;
  }
  const current = itemEtag(version);
  const sent = ifMatch.trim().replace(/^W\//, '');
  if (sent !== current && sent !== String(version)) {
    throw errors.etagMismatch(ifMatch.trim(), current);
  }
}

/** `system` holds values SharePoint sets itself (a library item's FileLeafRef, FileRef, FileDirRef). */
export function addItem(ctx: StoreContext, list: ListRecord, body: Record<string, unknown>, verbose: boolean, user: SiteUser, system: Record<string, unknown> = {}): ItemRow {
  const fields = ctx.lists.fields(list.id);
  const values = valuesFromBody(ctx, list, fields, body, verbose);
  const id = list.lastItemId + 1;
  const now = nowInstant(ctx.clock);
  const data: Record<string, unknown> = { ContentTypeId: list.contentTypeId, GUID: randomUUID(), Created: now, Modified: now, Author: user.id, Editor: user.id };
  fields.forEach((field) => {
    const fallback = defaultStored(field);
    if (fallback !== undefined) {
      data[field.internalName] = fallback;
    }
  });
  values.forEach((value, field) => (data[field.internalName] = value));
  Object.keys(system).forEach((name) => (data[name] = system[name]));
  checkUnique(ctx, list, fields, data, id);
  writeVersion(ctx, list, id, 1, data);
  list.lastItemId = id;
  list.itemCount += 1;
  list.lastItemModified = now;
  ctx.lists.save(list);
  return { id, version: 1, data: JSON.stringify(data) };
}

export function updateItem(ctx: StoreContext, list: ListRecord, id: number, body: Record<string, unknown>, verbose: boolean, user: SiteUser, ifMatch: string | undefined): ItemRow {
  const row = readItem(ctx, list, id);
  checkEtag(ifMatch, row.version);
  const fields = ctx.lists.fields(list.id);
  const values = valuesFromBody(ctx, list, fields, body, verbose);
  const data = JSON.parse(row.data) as Record<string, unknown>;
  values.forEach((value, field) => (data[field.internalName] = value));
  const now = nowInstant(ctx.clock);
  data.Modified = now;
  data.Editor = user.id;
  checkUnique(ctx, list, fields, data, id);
  const version = row.version + 1;
  writeVersion(ctx, list, id, version, data);
  list.lastItemModified = now;
  ctx.lists.save(list);
  return { id, version, data: JSON.stringify(data) };
}

export function deleteItem(ctx: StoreContext, list: ListRecord, id: number, ifMatch: string | undefined): void {
  const row = readItem(ctx, list, id);
  checkEtag(ifMatch, row.version);
  ctx.db.run(`DELETE FROM ${itemsTable(list.tableNo)} WHERE id = ?`, id);
  ctx.db.run(`DELETE FROM ${versionsTable(list.tableNo)} WHERE item_id = ?`, id);
  ctx.db.run('DELETE FROM files WHERE list_id = ? AND item_id = ?', list.id, id);
  list.itemCount -= 1;
  list.lastItemModified = nowInstant(ctx.clock);
  ctx.lists.save(list);
}
