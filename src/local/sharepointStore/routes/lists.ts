import { errors } from '../errors';
import { parseJsonBody } from '../jsonBody';
import { listEntity, shapeList } from '../lists/listShape';
import { evaluateFilter } from '../odata/filterEvaluate';
import { parseFilter } from '../odata/filterParser';
import { PathSegment } from '../pathSegments';
import { requireEdit } from '../permissions';
import { ApiRequest, ApiResponse, StoreContext } from '../storeContext';
import { ListRecord } from '../storeTypes';
import { routeFields } from './fields';
import { routeFolder } from './files';
import { routeItems } from './items';
import { collectionResponse, entityResponse, jsonResponse, noContent, emptyOk } from './respond';

/** `web/lists`, `lists/getByTitle('…')`, `lists('<guid>')`, `lists(guid'…')`, `web/getList('…')`. */

/** List properties a create or MERGE body may carry (PnPjs `lists.add`, `ensure`, `update`). */
const LIST_PROPERTIES = new Set([
  '__metadata', 'Title', 'Description', 'BaseTemplate', 'AllowContentTypes', 'ContentTypesEnabled', 'EnableVersioning',
  'EnableMinorVersions', 'MajorVersionLimit', 'Hidden', 'NoCrawl', 'OnQuickLaunch', 'EnableAttachments', 'ForceCheckout',
  'EnableFolderCreation', 'DraftVersionVisibility', 'EnableModeration'
]);

function checkListBody(body: Record<string, unknown>): void {
  Object.keys(body).forEach((property) => {
    if (!LIST_PROPERTIES.has(property)) {
      throw errors.unknownBodyProperty(property, 'SP.List');
    }
  });
}

function findList(ctx: StoreContext, segment: PathSegment): ListRecord {
  const arg = segment.arg === undefined ? '' : String(segment.arg);
  if (segment.lower === 'getbytitle') {
    const list = ctx.lists.byTitle(arg);
    if (!list) {
      throw errors.listNotFound(arg, ctx.siteUrl);
    }
    return list;
  }
  if (segment.lower === 'getlist') {
    const list = ctx.lists.byUrl(arg.replace(/^https?:\/\/[^/]+/i, '').replace(/^\/?sites\/tracker\/?/i, ''));
    if (!list) {
      throw errors.listIdNotFound();
    }
    return list;
  }
  const list = ctx.lists.byId(arg);
  if (!list) {
    throw errors.listIdNotFound();
  }
  return list;
}

function listsCollection(ctx: StoreContext, req: ApiRequest): ApiResponse {
  if (req.method === 'POST') {
    requireEdit(req.role);
    const body = parseJsonBody(req.body);
    checkListBody(body);
    if (typeof body.Title !== 'string' || body.Title.trim().length === 0) {
      throw errors.badQuery('A list needs a Title.');
    }
    const list = ctx.lists.create({
      title: body.Title,
      description: typeof body.Description === 'string' ? body.Description : '',
      baseTemplate: typeof body.BaseTemplate === 'number' ? body.BaseTemplate : 100,
      enableVersioning: !!body.EnableVersioning
    });
    return entityResponse(ctx, req, shapeList(ctx, list, req.level, undefined, undefined), 'SP.ApiData.Lists/@Element', 201);
  }
  if (req.method !== 'GET') {
    throw errors.methodNotAllowed(req.method);
  }
  const filter = req.query.filter ? parseFilter(req.query.filter) : undefined;
  const lists = ctx.lists.all().filter((list) => !filter || evaluateFilter(filter, listEntity(list)));
  return collectionResponse(ctx, req, lists.map((list) => shapeList(ctx, list, req.level, req.query.select, req.query.expand)), 'SP.ApiData.Lists');
}

function listEntityRoute(ctx: StoreContext, req: ApiRequest, list: ListRecord): ApiResponse {
  switch (req.method) {
    case 'GET':
      return entityResponse(ctx, req, shapeList(ctx, list, req.level, req.query.select, req.query.expand), 'SP.ApiData.Lists/@Element');
    case 'MERGE':
    case 'PATCH': {
      requireEdit(req.role);
      const body = parseJsonBody(req.body);
      checkListBody(body);
      if (typeof body.Title === 'string' && body.Title !== list.title) {
        if (ctx.lists.byTitle(body.Title)) {
          throw errors.listExists();
        }
        list.title = body.Title;
      }
      if (typeof body.Description === 'string') {
        list.description = body.Description;
      }
      if (typeof body.EnableVersioning === 'boolean') {
        list.enableVersioning = body.EnableVersioning;
      }
      ctx.lists.save(list);
      return noContent();
    }
    case 'DELETE':
      requireEdit(req.role);
      ctx.lists.delete(list);
      return emptyOk();
    default:
      throw errors.methodNotAllowed(req.method);
  }
}

/** Routes everything under `web/lists` (and `web/getList`); `rest` starts after `lists`. */
export function routeLists(ctx: StoreContext, req: ApiRequest, rest: PathSegment[]): ApiResponse {
  if (rest.length === 0) {
    return listsCollection(ctx, req);
  }
  const list = findList(ctx, rest[0]);
  const next = rest[1];
  if (!next) {
    return listEntityRoute(ctx, req, list);
  }
  switch (next.lower) {
    case 'items':
      return routeItems(ctx, req, list, rest.slice(1));
    case 'fields':
      return routeFields(ctx, req, list, rest.slice(1));
    case 'rootfolder':
      return routeFolder(ctx, req, list, rest.slice(2));
    case 'itemcount':
      return jsonResponse(req, 200, JSON.stringify(req.level === 'verbose' ? { d: { ItemCount: list.itemCount } } : { value: list.itemCount }));
    default:
      throw errors.noResource(next.name);
  }
}

/** `lists/getByTitle('X')` given as the first segment (for `web/getList(…)` routing). */
export function routeList(ctx: StoreContext, req: ApiRequest, segment: PathSegment, rest: PathSegment[]): ApiResponse {
  return routeLists(ctx, req, [segment].concat(rest));
}
