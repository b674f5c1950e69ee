import { errors } from '../errors';
import { decorate, Entity } from '../metadata';
import { PathSegment } from '../pathSegments';
import { SITE_PATH, SITE_TITLE, ApiRequest, ApiResponse, StoreContext } from '../storeContext';
import { routeFileByPath, routeFolderByPath } from './files';
import { routeList, routeLists } from './lists';
import { entityResponse, jsonResponse, selectProperties } from './respond';
import { routePeople } from './users';

/** `_api/web`, `_api/site`, `_api/contextinfo`, and the dispatch of everything under `web/`. */

const PEOPLE_SEGMENTS = new Set(['currentuser', 'siteusers', 'getuserbyid', 'ensureuser', 'sitegroups', 'associatedownergroup', 'associatedmembergroup', 'associatedvisitorgroup']);

function webEntity(ctx: StoreContext): Entity {
  return {
    Created: '2026-01-01T00:00:00Z',
    Description: 'Performance Tracker (embedded SharePoint store)',
    Id: ctx.webId,
    Language: 2057,
    LastItemModifiedDate: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ServerRelativeUrl: SITE_PATH,
    Title: SITE_TITLE,
    Url: ctx.siteUrl,
    WebTemplate: 'STS'
  };
}

function contextInfo(ctx: StoreContext, req: ApiRequest): ApiResponse {
  const info: Entity = {
    FormDigestTimeoutSeconds: ctx.formDigests.timeoutSeconds,
    FormDigestValue: ctx.formDigests.issue(req.user.loginName),
    LibraryVersion: '16.0.0.0',
    SiteFullUrl: ctx.siteUrl,
    SupportedSchemaVersions: req.level === 'verbose' ? { results: ['14.0.0.0', '15.0.0.0'] } : ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.siteUrl
  };
  if (req.level === 'verbose') {
    return jsonResponse(req, 200, JSON.stringify({ d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...info } } }));
  }
  return entityResponse(ctx, req, decorate(req.level, info, { type: 'SP.ContextWebInformation', uri: `${ctx.siteUrl}/_api/contextinfo` }), 'SP.ContextWebInformation');
}

function routeWeb(ctx: StoreContext, req: ApiRequest, segments: PathSegment[]): ApiResponse {
  if (segments.length === 0) {
    if (req.method !== 'GET') {
      throw errors.methodNotAllowed(req.method);
    }
    return entityResponse(ctx, req, decorate(req.level, selectProperties(webEntity(ctx), req.query.select), { type: 'SP.Web', uri: `${ctx.siteUrl}/_api/Web`, editLink: 'Web' }), 'SP.ApiData.Webs/@Element');
  }
  const first = segments[0];
  if (first.lower === 'lists') {
    if (first.called) {
      return routeList(ctx, req, first, segments.slice(1));
    }
    return routeLists(ctx, req, segments.slice(1));
  }
  if (first.lower === 'getlist' || first.lower === 'getlistusingpath') {
    return routeList(ctx, req, { ...first, lower: 'getlist' }, segments.slice(1));
  }
  if (PEOPLE_SEGMENTS.has(first.lower)) {
    return routePeople(ctx, req, segments);
  }
  if (first.called && (first.lower === 'getfolderbyserverrelativepath' || first.lower === 'getfolderbyserverrelativeurl')) {
    return routeFolderByPath(ctx, req, first, segments.slice(1));
  }
  if (first.called && (first.lower === 'getfilebyserverrelativepath' || first.lower === 'getfilebyserverrelativeurl')) {
    return routeFileByPath(ctx, req, first, segments.slice(1));
  }
  throw errors.noResource(first.name);
}

/** Routes one REST call by the path after `_api/` (everything but `$batch`). */
export function routeApi(ctx: StoreContext, req: ApiRequest): ApiResponse {
  const [first, ...rest] = req.segments;
  if (!first) {
    throw errors.noResource('_api');
  }
  switch (first.lower) {
    case 'web':
      return routeWeb(ctx, req, rest);
    case 'lists':
      return routeWeb(ctx, req, req.segments);
    case 'site':
      if (rest.length > 0) {
        throw errors.noResource(rest[0].name);
      }
      return entityResponse(ctx, req, decorate(req.level, selectProperties({ Id: ctx.siteId, ServerRelativeUrl: SITE_PATH, Url: ctx.siteUrl }, req.query.select), { type: 'SP.Site', uri: `${ctx.siteUrl}/_api/Site` }), 'SP.ApiData.Sites/@Element');
    case 'contextinfo':
      if (req.method !== 'POST') {
        throw errors.methodNotAllowed(req.method);
      }
      return contextInfo(ctx, req);
    default:
      throw errors.noResource(first.name);
  }
}
