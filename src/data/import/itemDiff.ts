import { londonDateOf } from '../../domain/calendarDate';
import { LISTS, ListKey } from '../schema';
import { FieldDefinition } from '../schemaTypes';
import { ItemJson, ItemProps } from '../mapping/fieldValues';
import { writablePropsOf, writeKeyOf } from '../mapping/selection';

/**
 * What a re-import changes on an existing item: only the properties whose values differ, so an
 * unchanged row writes nothing, and the previous values of those properties for undoing.
 */

export interface ItemChange {
  props: ItemProps;
  previous: ItemProps;
}

function fieldsByKey(list: ListKey): Map<string, FieldDefinition> {
  const fields = new Map<string, FieldDefinition>();
  LISTS[list].fields.forEach((field) => fields.set(writeKeyOf(field), field));
  return fields;
}

const FIELDS: Map<ListKey, Map<string, FieldDefinition>> = new Map();

function normalised(field: FieldDefinition | undefined, value: unknown): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return '';
  }
  if (field && field.kind === 'date' && typeof value === 'string') {
    // Written as local midnight without an offset; read back as a UTC instant.
    return /Z$|[+-]\d\d:?\d\d$/.test(value) ? londonDateOf(value) : value.slice(0, 10);
  }
  if (Array.isArray(value)) {
    return JSON.stringify(value.slice().sort());
  }
  return JSON.stringify(value);
}

/** The change from `existing` to `props`, or `undefined` when every value is already the same. */
export function changeOf(list: ListKey, existing: ItemJson, props: ItemProps): ItemChange | undefined {
  if (!FIELDS.has(list)) {
    FIELDS.set(list, fieldsByKey(list));
  }
  const fields = FIELDS.get(list) as Map<string, FieldDefinition>;
  const keys = Object.keys(props);
  const current = writablePropsOf(list, existing, keys);
  const changed = keys.filter((key) => normalised(fields.get(key), current[key]) !== normalised(fields.get(key), props[key]));
  if (changed.length === 0) {
    return undefined;
  }
  const next: ItemProps = {};
  const previous: ItemProps = {};
  changed.forEach((key) => {
    next[key] = props[key];
    previous[key] = current[key] === undefined ? null : current[key];
  });
  return { props: next, previous };
}
