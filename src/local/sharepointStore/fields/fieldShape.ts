import { escapeXml } from './fieldXml';
import { collectionValue, Entity, EntityMetadata, MetadataLevel } from '../metadata';
import { FieldRecord, ListRecord } from '../storeTypes';
import { entityPropertyName, typeInfo } from './fieldTypes';

/** Fields as `SP.Field` entities (`InternalName`, `TypeAsString`, `Indexed`, `Choices`, …). */

function flag(value: boolean): string {
  return value ? 'TRUE' : 'FALSE';
}

/** The field's schema XML as SharePoint reports it in `SchemaXml`. */
export function fieldToXml(field: FieldRecord): string {
  const attributes: Array<[string, string | undefined]> = [
    ['ID', `{${field.id}}`],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['DisplayName', field.title],
    ['Type', field.type === 'LookupMulti' ? 'LookupMulti' : field.type],
    ['Required', flag(field.required)],
    ['Indexed', field.indexed ? 'TRUE' : undefined],
    ['EnforceUniqueValues', field.unique ? 'TRUE' : undefined],
    ['Format', field.displayFormat],
    ['MaxLength', field.maxLength !== undefined ? String(field.maxLength) : undefined],
    ['List', field.lookupList ? `{${field.lookupList}}` : field.type === 'User' || field.type === 'UserMulti' ? 'UserInfo' : undefined],
    ['ShowField', field.lookupField],
    ['Mult', field.type === 'UserMulti' || field.type === 'LookupMulti' ? 'TRUE' : undefined],
    ['Group', field.group]
  ];
  const text = attributes
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}="${escapeXml(value as string)}"`)
    .join(' ');
  const choices = field.choices ? `<CHOICES>${field.choices.map((choice) => `<CHOICE>${escapeXml(choice)}</CHOICE>`).join('')}</CHOICES>` : '';
  const fallback = field.defaultValue !== undefined ? `<Default>${escapeXml(field.defaultValue)}</Default>` : '';
  return choices || fallback ? `<Field ${text}>${choices}${fallback}</Field>` : `<Field ${text} />`;
}

export function fieldPath(list: ListRecord, field: FieldRecord): string {
  return `Web/Lists(guid'${list.id}')/Fields(guid'${field.id}')`;
}

export function fieldMetadata(siteUrl: string, list: ListRecord, field: FieldRecord): EntityMetadata {
  const path = fieldPath(list, field);
  return { type: typeInfo(field.type).odataType, uri: `${siteUrl}/_api/${path}`, editLink: path };
}

/** Properties only some field types have (`SP.FieldChoice.Choices`, …): selectable on any field. */
export const FIELD_SUBTYPE_PROPERTIES: ReadonlySet<string> = new Set([
  'MaxLength', 'Choices', 'FillInChoice', 'MinimumValue', 'MaximumValue', 'DisplayFormat', 'DateTimeCalendarType', 'RichText',
  'NumberOfLines', 'AllowMultipleValues', 'LookupList', 'LookupField', 'SelectionMode', 'SelectionGroup'
]);

/** The field's properties; type-specific ones only for the types that have them. */
export function fieldEntity(field: FieldRecord, level: MetadataLevel): Entity {
  const entity: Entity = {
    CanBeDeleted: !field.builtIn,
    DefaultValue: field.defaultValue ?? null,
    Description: field.description || '',
    EnforceUniqueValues: field.unique,
    EntityPropertyName: entityPropertyName(field.internalName),
    FieldTypeKind: typeInfo(field.type).kind,
    FromBaseType: field.builtIn,
    Group: field.group || (field.builtIn ? '_Hidden' : 'Custom Columns'),
    Hidden: field.hidden,
    Id: field.id,
    Indexed: field.indexed,
    InternalName: field.internalName,
    ReadOnlyField: field.readOnly,
    Required: field.required,
    SchemaXml: fieldToXml(field),
    StaticName: field.internalName,
    Title: field.title,
    TypeAsString: field.type,
    TypeDisplayName: field.type
  };
  if (field.type === 'Text') {
    entity.MaxLength = field.maxLength ?? 255;
  }
  if (field.type === 'Choice' || field.type === 'MultiChoice') {
    entity.Choices = collectionValue(level, 'Edm.String', field.choices || []);
    entity.FillInChoice = false;
  }
  if (field.type === 'Number' || field.type === 'Currency') {
    entity.MinimumValue = field.min ?? -1.7976931348623157e308;
    entity.MaximumValue = field.max ?? 1.7976931348623157e308;
  }
  if (field.type === 'DateTime') {
    entity.DisplayFormat = field.displayFormat === 'DateOnly' ? 0 : 1;
    entity.DateTimeCalendarType = 1;
  }
  if (field.type === 'Note') {
    entity.RichText = !!field.richText;
    entity.NumberOfLines = field.numLines ?? 6;
  }
  if (field.type === 'Lookup' || field.type === 'LookupMulti' || field.type === 'User' || field.type === 'UserMulti') {
    entity.AllowMultipleValues = field.type === 'LookupMulti' || field.type === 'UserMulti';
    entity.LookupList = field.lookupList ? `{${field.lookupList}}` : '';
    entity.LookupField = field.lookupField || 'Title';
  }
  if (field.type === 'User' || field.type === 'UserMulti') {
    entity.SelectionMode = 0;
    entity.SelectionGroup = 0;
  }
  return entity;
}
