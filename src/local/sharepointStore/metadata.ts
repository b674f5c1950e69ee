/**
 * The three JSON metadata levels SharePoint answers in (SHAREPOINT-REST.md §1, §6):
 * - `nometadata`: bare properties;
 * - `minimalmetadata` (what `Accept: application/json` gets, and what PnPjs asks for): adds
 *   `odata.metadata`, and per entity `odata.type`, `odata.id`, `odata.etag`, `odata.editLink`;
 * - `verbose`: `{d:{…}}` / `{d:{results:[…], __next}}` with `__metadata` per entity and
 *   collections as `{results:[…]}`.
 */

export type MetadataLevel = 'none' | 'minimal' | 'verbose';

export function metadataLevel(accept: string | undefined): MetadataLevel {
  const text = (accept || '').toLowerCase();
  if (text.indexOf('odata=verbose') >= 0) {
    return 'verbose';
  }
  if (text.indexOf('odata=nometadata') >= 0 || text.indexOf('odata.metadata=none') >= 0) {
    return 'none';
  }
  return 'minimal';
}

export function contentTypeOf(level: MetadataLevel): string {
  switch (level) {
    case 'verbose':
      return 'application/json;odata=verbose;charset=utf-8';
    case 'none':
      return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    default:
      return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
  }
}

/** What the metadata of one entity says about it. */
export interface EntityMetadata {
  /** `SP.Data.ActionsListItem`, `SP.List`, `SP.FieldText`, … */
  type: string;
  /** Absolute URI of the entity. */
  uri: string;
  /** Path relative to `_api/`, e.g. `Web/Lists(guid'…')/Items(5)`. */
  editLink?: string;
  etag?: string;
}

export type Entity = Record<string, unknown>;

/** Puts the entity's metadata in front of its properties, in the level's own shape. */
export function decorate(level: MetadataLevel, entity: Entity, meta: EntityMetadata): Entity {
  if (level === 'none') {
    return entity;
  }
  if (level === 'verbose') {
    const metadata: Entity = { id: meta.uri, uri: meta.uri, type: meta.type };
    if (meta.etag !== undefined) {
      metadata.etag = meta.etag;
    }
    return { __metadata: metadata, ...entity };
  }
  const decorated: Entity = { 'odata.type': meta.type, 'odata.id': meta.uri };
  if (meta.etag !== undefined) {
    decorated['odata.etag'] = meta.etag;
  }
  if (meta.editLink !== undefined) {
    decorated['odata.editLink'] = meta.editLink;
  }
  return { ...decorated, ...entity };
}

/** A collection-valued property: an array in JSON light, `{__metadata, results}` in verbose. */
export function collectionValue(level: MetadataLevel, edmType: string, values: unknown[]): unknown {
  return level === 'verbose' ? { __metadata: { type: `Collection(${edmType})` }, results: values } : values;
}

/** An expanded navigation collection (multi person or lookup): `{results:[…]}` in verbose. */
export function expandedCollection(level: MetadataLevel, values: Entity[]): unknown {
  return level === 'verbose' ? { results: values } : values;
}

/** The body of one entity. `metadataName` is the `$metadata#…` fragment SharePoint names it by. */
export function entityBody(level: MetadataLevel, entity: Entity, siteUrl: string, metadataName: string): string {
  if (level === 'verbose') {
    return JSON.stringify({ d: entity });
  }
  if (level === 'none') {
    return JSON.stringify(entity);
  }
  return JSON.stringify({ 'odata.metadata': `${siteUrl}/_api/$metadata#${metadataName}`, ...entity });
}

/** The body of a collection page, with the next link when there is one. */
export function collectionBody(level: MetadataLevel, values: Entity[], siteUrl: string, metadataName: string, nextLink?: string): string {
  if (level === 'verbose') {
    const d: Entity = { results: values };
    if (nextLink) {
      d.__next = nextLink;
    }
    return JSON.stringify({ d });
  }
  const body: Entity = level === 'none' ? { value: values } : { 'odata.metadata': `${siteUrl}/_api/$metadata#${metadataName}`, value: values };
  if (nextLink) {
    body['odata.nextLink'] = nextLink;
  }
  return JSON.stringify(body);
}
