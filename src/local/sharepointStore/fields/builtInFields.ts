import { FieldRecord, FieldType } from '../storeTypes';

/** The built-in Title field's id, fixed by SharePoint (also in src/data/fieldSchemaXml.ts). */
export const TITLE_FIELD_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

/** A field with SharePoint's defaults: optional, not indexed, visible, editable, list-made. */
export function fieldRecord(id: string, internalName: string, title: string, type: FieldType, extra: Partial<FieldRecord> = {}): FieldRecord {
  return {
    id,
    internalName,
    title,
    type,
    required: false,
    indexed: false,
    unique: false,
    hidden: false,
    readOnly: false,
    builtIn: false,
    ...extra
  };
}

function builtIn(id: string, internalName: string, title: string, type: FieldType, extra: Partial<FieldRecord> = {}): FieldRecord {
  return fieldRecord(id, internalName, title, type, { readOnly: true, builtIn: true, ...extra });
}

/** The fields SharePoint puts on every generic list (template 100), with their fixed ids. */
export function builtInFields(): FieldRecord[] {
  return [
    builtIn('1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'ID', 'Counter'),
    builtIn('03e45e84-1992-4d42-9116-26f756012634', 'ContentTypeId', 'Content Type ID', 'ContentTypeId', { hidden: true }),
    builtIn(TITLE_FIELD_ID, 'Title', 'Title', 'Text', { required: true, readOnly: false, maxLength: 255 }),
    builtIn('28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified', 'Modified', 'DateTime', { displayFormat: 'DateTime' }),
    builtIn('8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created', 'Created', 'DateTime', { displayFormat: 'DateTime' }),
    builtIn('1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author', 'Created By', 'User', { lookupField: 'Title' }),
    builtIn('d31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor', 'Modified By', 'User', { lookupField: 'Title' }),
    builtIn('dce8262a-3ae9-45aa-aab4-83bd75fb738a', '_UIVersionString', 'Version', 'Text'),
    builtIn('67df98f4-9dec-48ff-a553-29bece9c5bf4', 'Attachments', 'Attachments', 'Attachments'),
    builtIn('ae069f25-3ac2-4256-b9c3-15dbc15da0e0', 'GUID', 'GUID', 'Guid', { hidden: true })
  ];
}

/** Columns every list can be filtered on whatever its indexes: ID is the list's primary key. */
export function isAlwaysIndexed(field: FieldRecord): boolean {
  return field.internalName === 'ID';
}

/** SharePoint's template number for a document library. */
export const DOCUMENT_LIBRARY = 101;

/**
 * What a document library (template 101) adds: the file's name (`FileLeafRef`, type File), its
 * server-relative URL (`FileRef`) and folder (`FileDirRef`), all set by SharePoint; in a library
 * the built-in Title is optional.
 */
export function libraryFields(): FieldRecord[] {
  return [
    builtIn('8553196d-ec8d-4564-9861-3dbe931050c8', 'FileLeafRef', 'Name', 'File', { required: true }),
    builtIn('94f89715-e097-4e8b-ba79-ea02aa8b7adb', 'FileRef', 'URL Path', 'Computed', { hidden: true }),
    builtIn('56605df6-8fa1-47e4-a04c-5b384d59609f', 'FileDirRef', 'Path', 'Computed', { hidden: true })
  ];
}
