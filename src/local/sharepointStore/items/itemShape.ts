import { entityPropertyName, isMultiValued, isPerson, isReference, typeInfo } from '../fields/fieldTypes';
import { collectionValue, decorate, Entity, expandedCollection, MetadataLevel } from '../metadata';
import { StoreContext } from '../storeContext';
import { FieldRecord, ListRecord, SiteUser } from '../storeTypes';
import { fieldByName } from './fieldResolver';
import { ItemRow } from './itemQuery';
import { DEFAULT_LOOKUP_PROPERTIES, DEFAULT_USER_PROPERTIES, Expansion, Projection } from './projection';
import { toRest } from './valueCodec';
import { itemsTable } from './columnSql';

/** Item entities as SharePoint returns them, for one page of rows. */

export interface ShapeScope {
  ctx: StoreContext;
  list: ListRecord;
  fields: FieldRecord[];
  level: MetadataLevel;
  projection: Projection;
}

export function itemPath(list: ListRecord, id: number): string {
  return `Web/Lists(guid'${list.id}')/Items(${id})`;
}

export function itemEtag(version: number): string {
  return `"${version}"`;
}

function userEntity(scope: ShapeScope, user: SiteUser | undefined, properties: string[]): Entity | undefined {
  if (!user) {
    return undefined;
  }
  const names = user.title.split(' ');
  const all: Record<string, unknown> = {
    Id: user.id, ID: user.id, Title: user.title, EMail: user.email, Name: user.loginName, UserName: user.email,
    FirstName: names[0], LastName: names.slice(1).join(' ') || null, JobTitle: null, Department: null, Office: null, SipAddress: user.email
  };
  const entity: Entity = {};
  (properties.length > 0 ? properties : DEFAULT_USER_PROPERTIES).forEach((property) => (entity[property] = all[property]));
  return decorate(scope.level, entity, { type: 'SP.Data.UserInfoItem', uri: `${scope.ctx.siteUrl}/_api/Web/SiteUserInfoList/Items(${user.id})` });
}

function lookupEntity(scope: ShapeScope, expansion: Expansion, target: ListRecord, row: { id: number; data: Record<string, unknown> } | undefined): Entity | undefined {
  if (!row) {
    return undefined;
  }
  const targetFields = scope.ctx.lists.fields(target.id);
  const entity: Entity = {};
  (expansion.properties.length > 0 ? expansion.properties : DEFAULT_LOOKUP_PROPERTIES).forEach((property) => {
    const field = fieldByName(targetFields, property) as FieldRecord;
    entity[property] = field.internalName === 'ID' ? row.id : toRest(field, row.data[field.internalName]);
  });
  return decorate(scope.level, entity, { type: `SP.Data.${target.entityTypeName}`, uri: `${scope.ctx.siteUrl}/_api/${itemPath(target, row.id)}` });
}

/** Loads what the page's expansions point at: site users, and looked-up items by list. */
function loadReferences(scope: ShapeScope, rows: Array<Record<string, unknown>>): (expansion: Expansion, id: number) => Entity | undefined {
  const users = new Map<number, SiteUser>();
  if (scope.projection.expansions.some((expansion) => isPerson(expansion.field))) {
    scope.ctx.users.all().forEach((user) => users.set(user.id, user));
  }
  const lookups = new Map<string, { list: ListRecord; rows: Map<number, Record<string, unknown>> }>();
  scope.projection.expansions.filter((expansion) => !isPerson(expansion.field)).forEach((expansion) => {
    const target = scope.ctx.lists.byId(expansion.field.lookupList as string);
    if (!target) {
      return;
    }
    const ids = new Set<number>();
    rows.forEach((data) => ([] as unknown[]).concat(data[expansion.field.internalName] ?? []).forEach((id) => ids.add(id as number)));
    const found = new Map<number, Record<string, unknown>>();
    const all = Array.from(ids);
    for (let start = 0; start < all.length; start += 500) {
      const chunk = all.slice(start, start + 500);
      scope.ctx.db
        .all<{ id: number; data: string }>(`SELECT id, data FROM ${itemsTable(target.tableNo)} WHERE id IN (${chunk.map(() => '?').join(',')})`, ...chunk)
        .forEach((row) => found.set(row.id, JSON.parse(row.data)));
    }
    lookups.set(expansion.field.internalName, { list: target, rows: found });
  });
  return (expansion, id) => {
    if (isPerson(expansion.field)) {
      return userEntity(scope, users.get(id), expansion.properties);
    }
    const target = lookups.get(expansion.field.internalName);
    const data = target ? target.rows.get(id) : undefined;
    return target ? lookupEntity(scope, expansion, target.list, data ? { id, data } : undefined) : undefined;
  };
}

function putValue(scope: ShapeScope, entity: Entity, key: string, field: FieldRecord, value: unknown): void {
  entity[key] = isMultiValued(field) ? collectionValue(scope.level, typeInfo(field.type).edmType.replace(/^Collection\((.*)\)$/, '$1'), (value as unknown[]) || []) : value;
}

/** `OwnerId` and `OwnerStringId` (or only one of them when that one was selected). */
function putIds(scope: ShapeScope, entity: Entity, field: FieldRecord, stored: unknown, only?: 'number' | 'text'): void {
  const name = entityPropertyName(field.internalName);
  if (isMultiValued(field)) {
    const ids = (stored as number[] | undefined) || [];
    if (only !== 'text') entity[`${name}Id`] = collectionValue(scope.level, 'Edm.Int32', ids);
    if (only !== 'number') entity[`${name}StringId`] = collectionValue(scope.level, 'Edm.String', ids.map(String));
  } else {
    if (only !== 'text') entity[`${name}Id`] = stored ?? null;
    if (only !== 'number') entity[`${name}StringId`] = stored === undefined || stored === null ? null : String(stored);
  }
}

function defaultValues(scope: ShapeScope, entity: Entity, row: ItemRow, data: Record<string, unknown>): void {
  entity.FileSystemObjectType = 0;
  entity.Id = row.id;
  entity.ServerRedirectedEmbedUri = null;
  entity.ServerRedirectedEmbedUrl = '';
  entity.ContentTypeId = data.ContentTypeId ?? scope.list.contentTypeId;
  scope.fields
    // A library item's file name is read by selecting FileLeafRef, as in SharePoint.
    .filter((field) => !field.hidden && field.type !== 'File' && field.internalName !== 'ID' && field.internalName !== '_UIVersionString')
    .forEach((field) => {
      if (isReference(field)) {
        putIds(scope, entity, field, data[field.internalName]);
      } else {
        putValue(scope, entity, entityPropertyName(field.internalName), field, toRest(field, data[field.internalName]));
      }
    });
  entity.ID = row.id;
  entity.OData__UIVersionString = `${row.version}.0`;
  entity.GUID = data.GUID;
}

/** Shapes a page of rows; expanded people and lookups are loaded once for the whole page. */
export function shapeItems(scope: ShapeScope, rows: ItemRow[]): Entity[] {
  const parsed = rows.map((row) => JSON.parse(row.data) as Record<string, unknown>);
  const reference = loadReferences(scope, parsed);
  return rows.map((row, index) => {
    const data = parsed[index];
    const entity: Entity = {};
    if (scope.projection.all) {
      defaultValues(scope, entity, row, data);
    }
    scope.projection.values.forEach(({ key, field }) => {
      const value = field.internalName === 'ID' ? row.id : field.internalName === '_UIVersionString' ? `${row.version}.0` : toRest(field, data[field.internalName]);
      putValue(scope, entity, key, field, value);
    });
    scope.projection.ids.forEach(({ field, asText }) => putIds(scope, entity, field, data[field.internalName], asText ? 'text' : 'number'));
    scope.projection.expansions.forEach((expansion) => {
      const name = entityPropertyName(expansion.field.internalName);
      const stored = data[expansion.field.internalName];
      if (isMultiValued(expansion.field)) {
        const entities = ((stored as number[] | undefined) || []).map((id) => reference(expansion, id)).filter((value): value is Entity => value !== undefined);
        entity[name] = expandedCollection(scope.level, entities);
      } else {
        entity[name] = (typeof stored === 'number' ? reference(expansion, stored) : undefined) ?? null;
      }
    });
    const path = itemPath(scope.list, row.id);
    return decorate(scope.level, entity, { type: `SP.Data.${scope.list.entityTypeName}`, uri: `${scope.ctx.siteUrl}/_api/${path}`, editLink: path, etag: itemEtag(row.version) });
  });
}
