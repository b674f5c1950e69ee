import { errors } from '../errors';
import { entityPropertyName, isPerson, isReference } from '../fields/fieldTypes';
import { FieldRecord } from '../storeTypes';
import { fieldByName, USER_PROPERTIES } from './fieldResolver';

/**
 * What `$select` and `$expand` ask of each item, checked once per request against the list:
 * unknown names are SharePoint's "The field or property 'X' does not exist.", and reading a
 * person or lookup field's properties without expanding it is SharePoint's "$expand … must
 * contain" error.
 */

export interface Expansion {
  field: FieldRecord;
  /** Properties of the person or looked-up item; empty means SharePoint's default set. */
  properties: string[];
}

export interface Projection {
  /** No `$select`, or `*`: every field SharePoint returns by default. */
  all: boolean;
  /** Selected plain values, keyed by the name they are returned under. */
  values: Array<{ key: string; field: FieldRecord }>;
  /** Person/lookup ids selected as `OwnerId` (number) or `OwnerStringId` (text). */
  ids: Array<{ field: FieldRecord; asText: boolean }>;
  expansions: Expansion[];
}

/** The default properties of an expanded person, or of an expanded lookup. */
export const DEFAULT_USER_PROPERTIES = ['Id', 'Title', 'EMail'];
export const DEFAULT_LOOKUP_PROPERTIES = ['Id', 'Title'];

export function buildProjection(
  fields: FieldRecord[],
  select: string[] | undefined,
  expand: string[] | undefined,
  lookupFields: (field: FieldRecord) => FieldRecord[]
): Projection {
  const expanded = new Map<string, Expansion>();
  (expand || []).forEach((name) => {
    const field = fieldByName(fields, name.split('/')[0]);
    if (!field) {
      throw errors.unknownProperty(name);
    }
    if (!isReference(field)) {
      throw errors.badQuery(`The field '${name}' cannot be expanded: only person and lookup fields can.`);
    }
    expanded.set(field.internalName, { field, properties: [] });
  });
  const projection: Projection = { all: !select || select.indexOf('*') >= 0, values: [], ids: [], expansions: [] };
  (select || []).filter((path) => path !== '*').forEach((path) => {
    const parts = path.split('/');
    const field = fieldByName(fields, parts[0]);
    if (parts.length === 1) {
      if (field && !isReference(field)) {
        projection.values.push({ key: parts[0].toLowerCase() === 'id' && field.internalName === 'ID' ? parts[0] : entityPropertyName(field.internalName), field });
        return;
      }
      if (field) {
        const expansion = expanded.get(field.internalName);
        if (!expansion) {
          throw errors.notExpanded(parts[0], parts[0]);
        }
        return;
      }
      const idMatch = /^(.+?)(String)?Id$/.exec(parts[0]);
      const referenced = idMatch ? fieldByName(fields, idMatch[1]) : undefined;
      if (referenced && isReference(referenced)) {
        projection.ids.push({ field: referenced, asText: !!(idMatch as RegExpExecArray)[2] });
        return;
      }
      throw errors.unknownProperty(parts[0]);
    }
    if (!field) {
      throw errors.unknownProperty(parts[0]);
    }
    const expansion = expanded.get(field.internalName);
    if (!expansion) {
      throw errors.notExpanded(path, parts[0]);
    }
    const property = parts.slice(1).join('/');
    const allowed = isPerson(field) ? USER_PROPERTIES.indexOf(property) >= 0 : !!fieldByName(lookupFields(field), property);
    if (!allowed) {
      throw errors.unknownProperty(property);
    }
    expansion.properties.push(property);
  });
  expanded.forEach((expansion) => {
    const explicitlySelected = (select || []).some((path) => path.split('/')[0].toLowerCase() === entityPropertyName(expansion.field.internalName).toLowerCase());
    if (projection.all || explicitlySelected) {
      projection.expansions.push(expansion);
    }
  });
  return projection;
}
