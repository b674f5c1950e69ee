import { LISTS, ListKey } from '../schema';
import { FieldDefinition } from '../schemaTypes';
import { ItemJson, ItemProps, lookupOf } from './fieldValues';

/**
 * What each list's reads select and expand, derived from schema.ts so a new field is read
 * everywhere at once: people expand to Id, Title and EMail; lookups expand to the looked-up
 * item's Id and the property that names it (Ref, or Title for plans and milestones).
 */

export interface Selection {
  select: string[];
  expand: string[];
}

const LOOKUP_NAME_PROPERTY: Record<string, string> = { plans: 'Title', milestones: 'Title' };

function lookupProperty(field: FieldDefinition): string {
  return LOOKUP_NAME_PROPERTY[field.lookupList || ''] || 'Ref';
}

const isReference = (field: FieldDefinition): boolean =>
  field.kind === 'person' || field.kind === 'personMulti' || field.kind === 'lookup';

/** `$select`/`$expand` for every field of a list, plus Id (the ETag comes as `odata.etag`) and a library's file name and URL. */
export function selectionOf(list: ListKey): Selection {
  const select: string[] = ['Id'];
  const expand: string[] = [];
  LISTS[list].fields.forEach((field) => {
    if (field.kind === 'person' || field.kind === 'personMulti') {
      select.push(`${field.name}/Id`, `${field.name}/Title`, `${field.name}/EMail`);
      expand.push(field.name);
    } else if (field.kind === 'lookup') {
      select.push(`${field.name}/Id`, `${field.name}/${lookupProperty(field)}`);
      expand.push(field.name);
    } else {
      select.push(field.name);
    }
  });
  if (LISTS[list].baseTemplate === 101) {
    // A library item's file: its name and server-relative URL.
    select.push('FileLeafRef', 'FileRef');
  }
  return { select, expand };
}

/** The ETag SharePoint returns with an item (light JSON `odata.etag`, verbose `__metadata.etag`). */
export function etagOf(item: ItemJson): string {
  const light = item['odata.etag'];
  if (typeof light === 'string') {
    return light;
  }
  const metadata = item.__metadata as { etag?: string } | undefined;
  return (metadata && metadata.etag) || '';
}

function writableValue(field: FieldDefinition, item: ItemJson): unknown {
  if (field.kind === 'personMulti') {
    const people = item[field.name];
    return Array.isArray(people) ? people.map((person: { Id: number }) => person.Id) : [];
  }
  if (isReference(field)) {
    const reference = lookupOf(item, field.name);
    return reference && typeof reference.Id === 'number' ? reference.Id : null;
  }
  const value = item[field.name];
  return value === undefined ? null : value;
}

/** The property name a field is written under: `OwnerId` for people and lookups. */
export function writeKeyOf(field: FieldDefinition): string {
  return isReference(field) ? `${field.name}Id` : field.name;
}

/**
 * An item as read, turned back into the properties that would write it as it is: what the import's
 * compensation writes to put an updated item back. Only `keys` (the ones a write changed) are kept.
 */
export function writablePropsOf(list: ListKey, item: ItemJson, keys: readonly string[]): ItemProps {
  const props: ItemProps = {};
  LISTS[list].fields.forEach((field) => {
    const key = writeKeyOf(field);
    if (keys.indexOf(key) >= 0) {
      props[key] = writableValue(field, item);
    }
  });
  return props;
}
