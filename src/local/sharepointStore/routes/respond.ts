import { errors } from '../errors';
import { collectionBody, contentTypeOf, decorate, Entity, EntityMetadata, entityBody } from '../metadata';
import { evaluateFilter } from '../odata/filterEvaluate';
import { parseFilter } from '../odata/filterParser';
import { ApiRequest, ApiResponse, StoreContext } from '../storeContext';

/** Answers in the request's metadata level, and `$select`/`$filter` for small metadata collections. */

export function jsonResponse(req: ApiRequest, status: number, body: string, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'Content-Type': contentTypeOf(req.level), ...headers }, body };
}

export function entityResponse(ctx: StoreContext, req: ApiRequest, entity: Entity, metadataName: string, status: number = 200, headers: Record<string, string> = {}): ApiResponse {
  return jsonResponse(req, status, entityBody(req.level, entity, ctx.siteUrl, metadataName), headers);
}

export function collectionResponse(ctx: StoreContext, req: ApiRequest, entities: Entity[], metadataName: string, nextLink?: string): ApiResponse {
  return jsonResponse(req, 200, collectionBody(req.level, entities, ctx.siteUrl, metadataName, nextLink));
}

/**
 * A service operation's primitive result, by metadata level: `{"d":{"<Operation>":…}}` in verbose,
 * `{"odata.metadata":"…/_api/$metadata#<EdmType>","value":…}` in JSON light, `{"value":…}` with no
 * metadata; PnPjs's parser unwraps `value`. Verbose is as SharePoint Online answers `StartUpload`
 * (`{"d":{"StartUpload":"10485760"}}`: pnp/pnpjs v2/v3 packages/sp/files/types.ts `startUpload`,
 * which also `parseFloat`s the unwrapped JSON-light `value`; cli-microsoft365
 * src/m365/spo/commands/file/file-add.spec.ts). The JSON-light `odata.metadata` follows the
 * OData v3 convention for a primitive result; it was not found recorded from SharePoint.
 */
export function primitiveResponse(ctx: StoreContext, req: ApiRequest, operation: string, edmType: string, value: unknown): ApiResponse {
  if (req.level === 'verbose') {
    return jsonResponse(req, 200, JSON.stringify({ d: { [operation]: value } }));
  }
  const body = req.level === 'none' ? { value } : { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#${edmType}`, value };
  return jsonResponse(req, 200, JSON.stringify(body));
}

/**
 * A service operation that returns nothing: `{"odata.null":true}`, `{"d":{"<Operation>":null}}` in
 * verbose (`CancelUpload` and void actions in cli-microsoft365's file-add.spec.ts).
 */
export function nullResponse(req: ApiRequest, operation: string): ApiResponse {
  return jsonResponse(req, 200, JSON.stringify(req.level === 'verbose' ? { d: { [operation]: null } } : { 'odata.null': true }));
}

export function noContent(headers: Record<string, string> = {}): ApiResponse {
  return { status: 204, headers };
}

/** SharePoint answers a deleted item with 200 and an empty body. */
export function emptyOk(): ApiResponse {
  return { status: 200, headers: {}, body: '' };
}

/**
 * Keeps the selected top-level properties (`Fields/InternalName` keeps `Fields`). A name the
 * entity type does not have is refused; `subtypeNames` are properties only some entities of a
 * collection carry (`Choices` of choice fields), left out where absent, as SharePoint does.
 */
export function selectProperties(entity: Entity, select: string[] | undefined, subtypeNames?: ReadonlySet<string>): Entity {
  if (!select || select.indexOf('*') >= 0) {
    return entity;
  }
  const picked: Entity = {};
  select.forEach((path) => {
    const name = path.split('/')[0];
    if (Object.prototype.hasOwnProperty.call(entity, name)) {
      picked[name] = entity[name];
    } else if (!subtypeNames || !subtypeNames.has(name)) {
      throw errors.unknownProperty(name);
    }
  });
  return picked;
}

/** Filters, selects and decorates a small collection of plain entities. */
export function metadataCollection(
  req: ApiRequest,
  entities: Array<{ entity: Entity; meta: EntityMetadata }>,
  subtypeNames?: ReadonlySet<string>
): Entity[] {
  const filter = req.query.filter ? parseFilter(req.query.filter) : undefined;
  return entities
    .filter(({ entity }) => !filter || evaluateFilter(filter, entity))
    .map(({ entity, meta }) => decorate(req.level, selectProperties(entity, req.query.select, subtypeNames), meta));
}
