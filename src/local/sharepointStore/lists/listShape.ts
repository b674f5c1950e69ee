import { errors } from '../errors';
import { DOCUMENT_LIBRARY } from '../fields/builtInFields';
import { FIELD_SUBTYPE_PROPERTIES, fieldEntity, fieldMetadata } from '../fields/fieldShape';
import { decorate, Entity, EntityMetadata, expandedCollection, MetadataLevel } from '../metadata';
import { SITE_PATH, StoreContext } from '../storeContext';
import { ListRecord } from '../storeTypes';

/** Lists as `SP.List` entities, with `$expand=Fields` (SiteSchemaReader reads lists and fields in one call). */

export function listPath(list: ListRecord): string {
  return `Web/Lists(guid'${list.id}')`;
}

export function listMetadata(ctx: StoreContext, list: ListRecord): EntityMetadata {
  return { type: 'SP.List', uri: `${ctx.siteUrl}/_api/${listPath(list)}`, editLink: listPath(list), etag: `"${1}"` };
}

export function listEntity(list: ListRecord): Entity {
  const entityTypeName = list.entityTypeName.replace(/Item$/, '');
  const library = list.baseTemplate === DOCUMENT_LIBRARY;
  return {
    AllowContentTypes: true,
    BaseTemplate: list.baseTemplate,
    BaseType: library ? 1 : 0,
    ContentTypesEnabled: false,
    Created: list.created,
    DefaultViewUrl: `${SITE_PATH}/${list.url}/${library ? 'Forms/' : ''}AllItems.aspx`,
    Description: list.description,
    EnableAttachments: !library,
    EnableFolderCreation: false,
    EnableMinorVersions: false,
    EnableVersioning: list.enableVersioning,
    EntityTypeName: entityTypeName,
    ForceCheckout: false,
    Hidden: false,
    Id: list.id,
    ItemCount: list.itemCount,
    LastItemDeletedDate: list.lastItemModified,
    LastItemModifiedDate: list.lastItemModified,
    LastItemUserModifiedDate: list.lastItemModified,
    ListItemEntityTypeFullName: `SP.Data.${list.entityTypeName}`,
    MajorVersionLimit: list.enableVersioning ? 500 : 0,
    NoCrawl: false,
    ParentWebUrl: SITE_PATH,
    Title: list.title
  };
}

/**
 * The list entity for a request: `$select` (with `Fields/…` when `Fields` is expanded) and
 * the expanded `Fields` collection.
 */
export function shapeList(ctx: StoreContext, list: ListRecord, level: MetadataLevel, select: string[] | undefined, expand: string[] | undefined): Entity {
  const entity = listEntity(list);
  const expandFields = (expand || []).some((name) => name.toLowerCase() === 'fields');
  (expand || []).forEach((name) => {
    if (name.toLowerCase() !== 'fields') {
      throw errors.unknownProperty(name);
    }
  });
  const all = !select || select.indexOf('*') >= 0;
  const shaped: Entity = {};
  const fieldSelect: string[] = [];
  (select || []).filter((path) => path !== '*').forEach((path) => {
    const parts = path.split('/');
    if (parts[0].toLowerCase() === 'fields') {
      if (!expandFields) {
        throw errors.notExpanded(path, 'Fields');
      }
      if (parts.length > 1) {
        fieldSelect.push(parts.slice(1).join('/'));
      }
      return;
    }
    if (!Object.prototype.hasOwnProperty.call(entity, parts[0])) {
      throw errors.unknownProperty(parts[0]);
    }
    shaped[parts[0]] = entity[parts[0]];
  });
  const result: Entity = all ? entity : shaped;
  if (expandFields) {
    const fields = ctx.lists.fields(list.id).map((field) => {
      const full = fieldEntity(field, level);
      const picked: Entity = {};
      fieldSelect.forEach((name) => {
        if (Object.prototype.hasOwnProperty.call(full, name)) {
          picked[name] = full[name];
        } else if (!FIELD_SUBTYPE_PROPERTIES.has(name)) {
          throw errors.unknownProperty(name);
        }
      });
      return decorate(level, fieldSelect.length > 0 ? picked : full, fieldMetadata(ctx.siteUrl, list, field));
    });
    result.Fields = expandedCollection(level, fields);
  }
  return decorate(level, result, listMetadata(ctx, list));
}
