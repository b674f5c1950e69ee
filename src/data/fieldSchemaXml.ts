import { v5 as uuidV5 } from 'uuid';
import { FieldDefinition, ListDefinition } from './schemaTypes';

/**
 * SharePoint `<Field>` schema XML for the list schema. The .sppkg's Feature Framework files and
 * `tracker provision` (REST `fields/createFieldAsXml`) both create fields from this XML, so a
 * field is the same wherever it was provisioned.
 */

/** The built-in Title field's id, fixed by SharePoint. */
export const TITLE_FIELD_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

/** Field ids derive from the list URL and internal name (both immutable once deployed). */
const FIELD_ID_NAMESPACE = '8d243404-1089-4194-aeca-4440123f2bdf';

export const FIELD_GROUP = 'Performance Tracker';

export function fieldId(list: ListDefinition, field: FieldDefinition): string {
  return field.name === 'Title' ? TITLE_FIELD_ID : uuidV5(`${list.url}/${field.name}`, FIELD_ID_NAMESPACE);
}

/**
 * A stable id for each list's content type: its parent's id, `00`, then 32 hex digits. A list's
 * content type inherits Item (`0x01`), a library's inherits Document (`0x0101`).
 */
export function contentTypeId(list: ListDefinition): string {
  const parent = list.baseTemplate === 101 ? '0x0101' : '0x01';
  return `${parent}00${uuidV5(`${list.url}#contentType`, FIELD_ID_NAMESPACE).replace(/-/g, '').toUpperCase()}`;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type Attributes = Array<[string, string | number | boolean | undefined]>;

function attributeText(attributes: Attributes): string {
  return attributes
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}="${escapeXml(typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value))}"`)
    .join(' ');
}

/** The attributes that set a field's SharePoint type. */
function typeAttributes(field: FieldDefinition, lookupListRef: (key: string) => string): Attributes {
  switch (field.kind) {
    case 'text':
      return [['Type', 'Text'], ['MaxLength', field.maxLength || 255]];
    case 'note':
      return [['Type', 'Note'], ['NumLines', 6], ['RichText', false], ['AppendOnly', false]];
    case 'number':
      return [['Type', 'Number'], ['Min', field.min], ['Max', field.max]];
    case 'date':
      return [['Type', 'DateTime'], ['Format', 'DateOnly'], ['FriendlyDisplayFormat', 'Disabled']];
    case 'dateTime':
      return [['Type', 'DateTime'], ['Format', 'DateTime']];
    case 'choice':
      return [['Type', 'Choice'], ['Format', 'Dropdown'], ['FillInChoice', false]];
    case 'boolean':
      return [['Type', 'Boolean']];
    case 'person':
      return [['Type', 'User'], ['List', 'UserInfo'], ['ShowField', 'ImnName'], ['UserSelectionMode', 'PeopleOnly'], ['UserSelectionScope', 0]];
    case 'personMulti':
      return [['Type', 'UserMulti'], ['Mult', true], ['List', 'UserInfo'], ['ShowField', 'ImnName'], ['UserSelectionMode', 'PeopleOnly'], ['UserSelectionScope', 0]];
    case 'lookup':
      return [['Type', 'Lookup'], ['List', lookupListRef(field.lookupList as string)], ['ShowField', 'Title']];
  }
}

function childElements(field: FieldDefinition): string {
  const choices = field.choices
    ? `<CHOICES>${field.choices.map((choice) => `<CHOICE>${escapeXml(choice)}</CHOICE>`).join('')}</CHOICES>`
    : '';
  const defaultValue = field.defaultValue !== undefined ? `<Default>${escapeXml(field.defaultValue)}</Default>` : '';
  return choices + defaultValue;
}

/**
 * `<Field …/>` for one field of one list. `lookupListRef` turns a lookup's list key into what
 * the `List` attribute needs: a web-relative URL in feature XML, the list's GUID over REST.
 */
export function fieldSchemaXml(list: ListDefinition, field: FieldDefinition, lookupListRef: (key: string) => string): string {
  const builtIn = field.name === 'Title';
  const attributes: Attributes = [
    ['ID', `{${fieldId(list, field)}}`],
    ['Name', field.name],
    ['StaticName', field.name],
    ['DisplayName', field.title],
    ...typeAttributes(field, lookupListRef),
    ['Required', !!field.required],
    ['Indexed', field.indexed ? true : undefined],
    ['EnforceUniqueValues', field.unique ? true : undefined],
    ['SourceID', builtIn ? 'http://schemas.microsoft.com/sharepoint/v3' : undefined],
    ['Group', builtIn ? undefined : FIELD_GROUP]
  ];
  const children = childElements(field);
  return children ? `<Field ${attributeText(attributes)}>${children}</Field>` : `<Field ${attributeText(attributes)} />`;
}
