import { errors } from '../errors';
import { typeInfo } from '../fields/fieldTypes';
import { normaliseDateOnly, normaliseDateTime } from '../siteDates';
import { FieldRecord } from '../storeTypes';

/**
 * Field values between the wire and the store. Items are stored as JSON keyed by internal name:
 * text as strings (empty text as no value, as SharePoint keeps it), numbers as numbers, booleans as
 * JSON booleans (SQLite reads them as 1/0, which is what `eq 1` compares with), dates as UTC
 * `YYYY-MM-DDTHH:MM:SSZ` (so text order is time order), person and lookup fields as the id, and
 * multi-valued fields as arrays. No value is no key at all (JSON.stringify drops `undefined`),
 * which SQLite's `json_extract` reads as NULL.
 */

export type StoredValue = string | number | boolean | Array<string | number>;

function wrong(field: FieldRecord, property: string): never {
  throw errors.wrongType(typeInfo(field.type).edmType, property);
}

function asInteger(value: unknown, field: FieldRecord, property: string): number {
  const numeric = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof numeric !== 'number' || !Number.isInteger(numeric)) {
    wrong(field, property);
  }
  return numeric as number;
}

/**
 * The array a multi-valued property carries: a plain array in JSON light, `{results:[…]}` in
 * verbose (SharePoint refuses the other shape in each).
 */
function asArray(value: unknown, field: FieldRecord, property: string, verbose: boolean): unknown[] {
  if (verbose && value !== null && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) {
    return (value as { results: unknown[] }).results;
  }
  if (!verbose && Array.isArray(value)) {
    return value;
  }
  return wrong(field, property);
}

/** Converts a body value for `field` (sent as `property`) to its stored form, or SharePoint's 400. */
export function toStored(field: FieldRecord, value: unknown, property: string, verbose: boolean): StoredValue | undefined {
  if (value === null || value === undefined) {
    return field.type === 'MultiChoice' || field.type === 'UserMulti' || field.type === 'LookupMulti' ? [] : undefined;
  }
  switch (field.type) {
    case 'Text':
    case 'Note':
    case 'Choice':
      if (typeof value !== 'string') {
        return wrong(field, property);
      }
      return value.length === 0 ? undefined : value;
    case 'Number':
    case 'Currency': {
      const numeric = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof numeric !== 'number' || !Number.isFinite(numeric)) {
        return wrong(field, property);
      }
      return numeric;
    }
    case 'Boolean':
      if (typeof value !== 'boolean') {
        return wrong(field, property);
      }
      return value;
    case 'DateTime': {
      if (typeof value !== 'string') {
        return wrong(field, property);
      }
      const stored = field.displayFormat === 'DateOnly' ? normaliseDateOnly(value) : normaliseDateTime(value);
      if (stored === undefined) {
        throw errors.badLiteral(value, 'Edm.DateTime', property);
      }
      return stored;
    }
    case 'User':
    case 'Lookup':
      return asInteger(value, field, property);
    case 'UserMulti':
    case 'LookupMulti':
      return asArray(value, field, property, verbose).map((entry) => asInteger(entry, field, property));
    case 'MultiChoice':
      return asArray(value, field, property, verbose).map((entry) => (typeof entry === 'string' ? entry : wrong(field, property)));
    default:
      return wrong(field, property);
  }
}

/** A default value from the schema (`<Default>`), stored as `toStored` would store it. */
export function defaultStored(field: FieldRecord): StoredValue | undefined {
  if (field.defaultValue === undefined) {
    return undefined;
  }
  switch (field.type) {
    case 'Boolean':
      return field.defaultValue === '1' || field.defaultValue.toLowerCase() === 'true';
    case 'Number':
    case 'Currency':
      return Number(field.defaultValue);
    case 'Text':
    case 'Note':
    case 'Choice':
      return field.defaultValue;
    default:
      return undefined;
  }
}

/** A stored scalar as REST returns it (`Attachments`, booleans and nulls included). */
export function toRest(field: FieldRecord, stored: unknown): unknown {
  if (stored === undefined) {
    if (field.type === 'Attachments') {
      return false;
    }
    return field.type === 'MultiChoice' || field.type === 'UserMulti' || field.type === 'LookupMulti' ? [] : null;
  }
  return stored;
}
