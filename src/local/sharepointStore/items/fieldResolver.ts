import { errors } from '../errors';
import { entityPropertyName, isReference } from '../fields/fieldTypes';
import { FieldRecord } from '../storeTypes';

/** A column a query names: the field, and for person/lookup fields the property read through it. */
export interface ResolvedColumn {
  field: FieldRecord;
  /** `Id`, `EMail`, `Title`, … for `Owner/EMail` or `OwnerId`; absent for a plain column. */
  property?: string;
}

/** The properties a person field can be read or filtered through (`Owner/EMail`). */
export const USER_PROPERTIES: readonly string[] = ['Id', 'ID', 'Title', 'EMail', 'Name', 'UserName', 'FirstName', 'LastName', 'JobTitle', 'Department', 'Office', 'SipAddress'];

/** Finds a field by its REST name (`OData__UIVersionString`), internal name or `Id` alias. */
export function fieldByName(fields: FieldRecord[], name: string): FieldRecord | undefined {
  const lower = name.toLowerCase();
  if (lower === 'id') {
    return fields.filter((field) => field.internalName === 'ID')[0];
  }
  return fields.filter((field) => entityPropertyName(field.internalName).toLowerCase() === lower || field.internalName.toLowerCase() === lower)[0];
}

/**
 * Resolves a `$filter`/`$orderby` path (`Title`, `OwnerId`, `Owner/EMail`, `Plan/Id`). An unknown
 * column is SharePoint's "Column 'X' does not exist" error.
 */
export function resolveColumn(fields: FieldRecord[], path: string[]): ResolvedColumn {
  const direct = fieldByName(fields, path[0]);
  if (path.length === 1) {
    if (direct) {
      return { field: direct };
    }
    const idSuffix = /^(.+?)(String)?Id$/.exec(path[0]);
    const referenced = idSuffix ? fieldByName(fields, idSuffix[1]) : undefined;
    if (referenced && isReference(referenced)) {
      return { field: referenced, property: 'Id' };
    }
    throw errors.unknownColumn(path[0]);
  }
  if (!direct) {
    throw errors.unknownColumn(path[0]);
  }
  if (!isReference(direct) || path.length > 2) {
    throw errors.unknownColumn(path.join('/'));
  }
  return { field: direct, property: path[1] };
}
