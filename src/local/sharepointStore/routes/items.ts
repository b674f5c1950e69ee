import { errors } from '../errors';
import { ItemRow, queryPage, sortKeys } from '../items/itemQuery';
import { itemEtag, shapeItems, ShapeScope } from '../items/itemShape';
import { fileErrors } from '../files/fileErrors';
import { isLibrary } from '../files/fileStore';
import { addItem, deleteItem, readItem, updateItem } from '../items/itemWriter';
import { parseJsonBody } from '../jsonBody';
import { buildProjection } from '../items/projection';
import { listPath } from '../lists/listShape';
import { filterToSql, FilterScope } from '../odata/filterToSql';
import { parseFilter } from '../odata/filterParser';
import { DEFAULT_PAGE_SIZE } from '../odata/queryOptions';
import { PathSegment } from '../pathSegments';
import { requireEdit } from '../permissions';
import { ApiRequest, ApiResponse, StoreContext } from '../storeContext';
import { FieldRecord, ListRecord } from '../storeTypes';
import { enforceThreshold } from '../threshold';
import { collectionResponse, emptyOk, entityResponse, noContent } from './respond';
import { routeVersions } from './versions';

/** `lists/…/items`: query with paging, add, and `items(id)` read, MERGE and delete. */

export function filterScope(ctx: StoreContext, fields: FieldRecord[]): FilterScope {
  return {
    fields,
    lookupTarget: (field) => {
      const target = ctx.lists.byId(field.lookupList as string);
      if (!target) {
        throw errors.listIdNotFound();
      }
      return { tableNo: target.tableNo, fields: ctx.lists.fields(target.id) };
    }
  };
}

function shapeScope(ctx: StoreContext, req: ApiRequest, list: ListRecord, fields: FieldRecord[], select?: string[], expand?: string[]): ShapeScope {
  const projection = buildProjection(fields, select, expand, (field) => ctx.lists.fields(field.lookupList as string));
  return { ctx, list, fields, level: req.level, projection };
}

function metadataName(list: ListRecord, single: boolean): string {
  return `SP.ListData.${list.entityTypeName}s${single ? '/@Element' : ''}`;
}

/** The absolute next link: repeats the query options, with the new `$skiptoken` (SHAREPOINT-REST.md §1). */
function nextLink(ctx: StoreContext, req: ApiRequest, list: ListRecord, token: string, pageSize: number): string {
  const params = new URLSearchParams();
  params.set('$skiptoken', token);
  params.set('$top', String(pageSize));
  (['$select', '$filter', '$orderby', '$expand'] as const).forEach((name) => {
    const value = req.query.raw.get(name);
    if (value !== undefined) {
      params.set(name, value);
    }
  });
  return `${ctx.siteUrl}/_api/${listPath(list)}/Items?${params.toString()}`;
}

function queryItems(ctx: StoreContext, req: ApiRequest, list: ListRecord): ApiResponse {
  const fields = ctx.lists.fields(list.id);
  const scope = filterScope(ctx, fields);
  const filter = req.query.filter ? parseFilter(req.query.filter) : undefined;
  const sort = sortKeys(fields, req.query.orderBy);
  const shape = shapeScope(ctx, req, list, fields, req.query.select, req.query.expand);
  if (filter) {
    // Resolves every column first, so an unknown one is refused before the threshold is counted.
    filterToSql(scope, filter);
  }
  enforceThreshold(ctx.db, list, scope, filter, (req.query.orderBy ? sort : []).map((key) => key.field));
  const pageSize = req.query.top ?? DEFAULT_PAGE_SIZE;
  const page = pageSize === 0 ? { rows: [] as ItemRow[], nextToken: undefined } : queryPage(ctx.db, { list, scope, filter, sort, pageSize, skipToken: req.query.skipToken });
  const link = page.nextToken ? nextLink(ctx, req, list, page.nextToken, pageSize) : undefined;
  return collectionResponse(ctx, req, shapeItems(shape, page.rows), metadataName(list, false), link);
}

export function singleItem(ctx: StoreContext, req: ApiRequest, list: ListRecord, row: ItemRow, status: number = 200): ApiResponse {
  const fields = ctx.lists.fields(list.id);
  const shape = shapeScope(ctx, req, list, fields, status === 201 ? undefined : req.query.select, status === 201 ? undefined : req.query.expand);
  const entity = shapeItems(shape, [row])[0];
  return entityResponse(ctx, req, entity, metadataName(list, true), status, { ETag: itemEtag(row.version) });
}

function itemId(segment: PathSegment): number {
  const id = segment.arg;
  if (typeof id !== 'number' || !Number.isInteger(id)) {
    throw errors.badQuery(`The item id '${String(id)}' is not valid.`);
  }
  return id;
}

/** `segments` starts with the `items` segment (`items` or `items(5)`). */
export function routeItems(ctx: StoreContext, req: ApiRequest, list: ListRecord, segments: PathSegment[]): ApiResponse {
  const [itemsSegment, ...rest] = segments;
  let idSegment: PathSegment | undefined = itemsSegment.called ? itemsSegment : undefined;
  let tail = rest;
  if (!idSegment && rest[0] && rest[0].lower === 'getbyid') {
    idSegment = rest[0];
    tail = rest.slice(1);
  }
  if (!idSegment) {
    if (tail.length > 0) {
      throw errors.noResource(tail[0].name);
    }
    if (req.method === 'GET') {
      return queryItems(ctx, req, list);
    }
    if (req.method !== 'POST') {
      throw errors.methodNotAllowed(req.method);
    }
    requireEdit(req.role);
    if (isLibrary(list)) {
      throw fileErrors.itemPostToLibrary();
    }
    const row = addItem(ctx, list, parseJsonBody(req.body), req.verboseBody, req.user);
    return singleItem(ctx, req, list, row, 201);
  }
  const id = itemId(idSegment);
  if (tail.length > 0) {
    if (tail[0].lower === 'versions') {
      return routeVersions(ctx, req, list, id, tail);
    }
    throw errors.noResource(tail[0].name);
  }
  switch (req.method) {
    case 'GET':
      return singleItem(ctx, req, list, readItem(ctx, list, id));
    case 'MERGE':
    case 'PATCH':
    case 'PUT': {
      requireEdit(req.role);
      const row = updateItem(ctx, list, id, parseJsonBody(req.body), req.verboseBody, req.user, req.headers['if-match']);
      return noContent({ ETag: itemEtag(row.version) });
    }
    case 'DELETE':
      requireEdit(req.role);
      deleteItem(ctx, list, id, req.headers['if-match']);
      return emptyOk();
    default:
      throw errors.methodNotAllowed(req.method);
  }
}
