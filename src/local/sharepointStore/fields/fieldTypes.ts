import { FieldRecord, FieldType } from '../storeTypes';

/** How each field type appears over REST: kind number, `odata.type` and the EDM type of its value. */
interface FieldTypeInfo {
  kind: number;
  odataType: string;
  edmType: string;
}

const TYPES: Record<FieldType, FieldTypeInfo> = {
  Integer: { kind: 1, odataType: 'SP.FieldNumber', edmType: 'Edm.Int32' },
  Text: { kind: 2, odataType: 'SP.FieldText', edmType: 'Edm.String' },
  Note: { kind: 3, odataType: 'SP.FieldMultiLineText', edmType: 'Edm.String' },
  DateTime: { kind: 4, odataType: 'SP.FieldDateTime', edmType: 'Edm.DateTime' },
  Counter: { kind: 5, odataType: 'SP.Field', edmType: 'Edm.Int32' },
  Choice: { kind: 6, odataType: 'SP.FieldChoice', edmType: 'Edm.String' },
  Lookup: { kind: 7, odataType: 'SP.FieldLookup', edmType: 'Edm.Int32' },
  LookupMulti: { kind: 7, odataType: 'SP.FieldLookup', edmType: 'Collection(Edm.Int32)' },
  Boolean: { kind: 8, odataType: 'SP.Field', edmType: 'Edm.Boolean' },
  Number: { kind: 9, odataType: 'SP.FieldNumber', edmType: 'Edm.Double' },
  Currency: { kind: 10, odataType: 'SP.FieldCurrency', edmType: 'Edm.Double' },
  Computed: { kind: 12, odataType: 'SP.FieldComputed', edmType: 'Edm.String' },
  Guid: { kind: 14, odataType: 'SP.FieldGuid', edmType: 'Edm.Guid' },
  MultiChoice: { kind: 15, odataType: 'SP.FieldMultiChoice', edmType: 'Collection(Edm.String)' },
  Attachments: { kind: 19, odataType: 'SP.Field', edmType: 'Edm.Boolean' },
  User: { kind: 20, odataType: 'SP.FieldUser', edmType: 'Edm.Int32' },
  UserMulti: { kind: 20, odataType: 'SP.FieldUser', edmType: 'Collection(Edm.Int32)' },
  ContentTypeId: { kind: 25, odataType: 'SP.Field', edmType: 'Edm.String' },
  File: { kind: 18, odataType: 'SP.Field', edmType: 'Edm.String' }
};

export function typeInfo(type: FieldType): FieldTypeInfo {
  return TYPES[type];
}

/** `FieldTypeKind` → type; multi-valued person and lookup fields are told apart by `AllowMultipleValues`. */
export function typeOfKind(kind: number, multiple: boolean): FieldType | undefined {
  if (kind === 20) {
    return multiple ? 'UserMulti' : 'User';
  }
  if (kind === 7) {
    return multiple ? 'LookupMulti' : 'Lookup';
  }
  const found = (Object.keys(TYPES) as FieldType[]).filter((type) => TYPES[type].kind === kind && type !== 'UserMulti' && type !== 'LookupMulti');
  return found[0];
}

export function isTypeName(name: string): name is FieldType {
  return Object.prototype.hasOwnProperty.call(TYPES, name);
}

/** Person and lookup fields: read as `<Name>Id`, expanded as `<Name>/…`. */
export function isReference(field: FieldRecord): boolean {
  return field.type === 'User' || field.type === 'UserMulti' || field.type === 'Lookup' || field.type === 'LookupMulti';
}

export function isMultiValued(field: FieldRecord): boolean {
  return field.type === 'UserMulti' || field.type === 'LookupMulti' || field.type === 'MultiChoice';
}

export function isPerson(field: FieldRecord): boolean {
  return field.type === 'User' || field.type === 'UserMulti';
}

export function isTextual(field: FieldRecord): boolean {
  return field.type === 'Text' || field.type === 'Note' || field.type === 'Choice' || field.type === 'Computed' || field.type === 'ContentTypeId' || field.type === 'Guid' || field.type === 'File';
}

/**
 * The REST property name of a field: internal names starting with `_` gain an `OData_` prefix
 * (`_UIVersionString` → `OData__UIVersionString`).
 */
export function entityPropertyName(internalName: string): string {
  return internalName.charAt(0) === '_' ? `OData_${internalName}` : internalName;
}

/** SharePoint's internal-name encoding of a title: `Due date` → `Due_x0020_date`, 32 characters at most. */
export function internalNameFromTitle(title: string): string {
  const encoded = title.replace(/[^A-Za-z0-9_]/g, (char) => `_x${char.charCodeAt(0).toString(16).padStart(4, '0')}_`);
  return encoded.slice(0, 32);
}

/**
 * A list's item entity name: URL leaf, XML-encoded, + `ListItem` (`Lists/Actions` →
 * `ActionsListItem`); a document library's + `Item` (`Shared Documents` → `Shared_x0020_DocumentsItem`).
 */
export function entityTypeNameOf(url: string, library: boolean = false): string {
  const leaf = url.split('/').filter((part) => part.length > 0).pop() || 'List';
  const encoded = leaf.replace(/[^A-Za-z0-9]/g, (char) => `_x${char.charCodeAt(0).toString(16).padStart(4, '0')}_`);
  return `${encoded}${library ? 'Item' : 'ListItem'}`;
}
