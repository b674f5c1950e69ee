import { errors } from '../errors';
import { parseJsonBody } from '../jsonBody';
import { createFieldFromProperties, createFieldFromXml, updateField } from '../fields/fieldOperations';
import { FIELD_SUBTYPE_PROPERTIES, fieldEntity, fieldMetadata } from '../fields/fieldShape';
import { decorate } from '../metadata';
import { PathSegment } from '../pathSegments';
import { requireEdit } from '../permissions';
import { ApiRequest, ApiResponse, StoreContext } from '../storeContext';
import { FieldRecord, ListRecord } from '../storeTypes';
import { collectionResponse, emptyOk, entityResponse, metadataCollection, noContent, selectProperties } from './respond';

/**
 * `lists/…/fields`: the collection (with `$filter`/`$select`), `fields` POST (PnPjs `fields.add*`,
 * verbose), `AddField` (`addLookup`), `createFieldAsXml`, and one field by id, internal name or
 * title, read, MERGE (`Indexed: true` builds the index) and delete.
 */

function findField(ctx: StoreContext, list: ListRecord, segment: PathSegment): FieldRecord {
  const key = String(segment.arg ?? '').toLowerCase();
  const fields = ctx.lists.fields(list.id);
  let found: FieldRecord | undefined;
  if (segment.lower === 'getbytitle') {
    found = fields.filter((field) => field.title.toLowerCase() === key)[0];
  } else if (segment.lower === 'getbyinternalnameortitle') {
    found = fields.filter((field) => field.internalName.toLowerCase() === key)[0] || fields.filter((field) => field.title.toLowerCase() === key)[0];
  } else {
    found = fields.filter((field) => field.id === key.replace(/[{}]/g, ''))[0];
  }
  if (!found) {
    throw errors.fieldNotFound(String(segment.arg ?? ''));
  }
  return found;
}

function fieldResponse(ctx: StoreContext, req: ApiRequest, list: ListRecord, field: FieldRecord, status: number): ApiResponse {
  const entity = decorate(req.level, selectProperties(fieldEntity(field, req.level), req.query.select, FIELD_SUBTYPE_PROPERTIES), fieldMetadata(ctx.siteUrl, list, field));
  return entityResponse(ctx, req, entity, 'SP.ApiData.Fields/@Element', status);
}

function parameters(body: Record<string, unknown>): Record<string, unknown> {
  const inner = body.parameters;
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) {
    throw errors.badQuery("The body must carry 'parameters'.");
  }
  return inner as Record<string, unknown>;
}

/** `segments` starts with the `fields` segment. */
export function routeFields(ctx: StoreContext, req: ApiRequest, list: ListRecord, segments: PathSegment[]): ApiResponse {
  const [fieldsSegment, ...rest] = segments;
  const target = fieldsSegment.called ? fieldsSegment : rest[0];
  const tail = fieldsSegment.called ? rest : rest.slice(1);
  if (!target) {
    if (req.method === 'POST') {
      requireEdit(req.role);
      return fieldResponse(ctx, req, list, createFieldFromProperties(ctx, list, parseJsonBody(req.body)), 201);
    }
    if (req.method !== 'GET') {
      throw errors.methodNotAllowed(req.method);
    }
    const entities = metadataCollection(req, ctx.lists.fields(list.id).map((field) => ({ entity: fieldEntity(field, req.level), meta: fieldMetadata(ctx.siteUrl, list, field) })), FIELD_SUBTYPE_PROPERTIES);
    return collectionResponse(ctx, req, entities, 'SP.ApiData.Fields');
  }
  if (target.lower === 'addfield' || target.lower === 'createfieldasxml') {
    if (req.method !== 'POST') {
      throw errors.methodNotAllowed(req.method);
    }
    requireEdit(req.role);
    const params = parameters(parseJsonBody(req.body));
    if (target.lower === 'addfield') {
      return fieldResponse(ctx, req, list, createFieldFromProperties(ctx, list, params), 200);
    }
    if (typeof params.SchemaXml !== 'string') {
      throw errors.badQuery("createFieldAsXml needs 'parameters.SchemaXml'.");
    }
    return fieldResponse(ctx, req, list, createFieldFromXml(ctx, list, params.SchemaXml), 200);
  }
  if (tail.length > 0) {
    throw errors.noResource(tail[0].name);
  }
  const field = findField(ctx, list, target);
  switch (req.method) {
    case 'GET':
      return fieldResponse(ctx, req, list, field, 200);
    case 'MERGE':
    case 'PATCH':
      requireEdit(req.role);
      updateField(ctx, list, field, parseJsonBody(req.body));
      return noContent();
    case 'DELETE':
      requireEdit(req.role);
      if (field.builtIn) {
        throw errors.badQuery('You cannot delete a built-in field.');
      }
      ctx.lists.deleteField(list, field);
      return emptyOk();
    default:
      throw errors.methodNotAllowed(req.method);
  }
}
