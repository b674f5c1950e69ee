import { randomUUID } from 'crypto';
import { errors } from '../errors';
import { StoreContext } from '../storeContext';
import { FieldRecord, ListRecord } from '../storeTypes';
import { fieldRecord } from './builtInFields';
import { fieldFromXml } from './fieldXml';
import { internalNameFromTitle, typeOfKind } from './fieldTypes';

/**
 * Creating and changing fields, shared by the REST routes (`fields` POST, `AddField`,
 * `createFieldAsXml`, field MERGE) and by the store's own provisioning, so a field is the same
 * whichever way it was made.
 */

/** Properties a field body may carry (PnPjs `fields.add*`, `AddField`, field `update`). */
const FIELD_PROPERTIES = new Set([
  '__metadata', 'Title', 'FieldTypeKind', 'Required', 'Indexed', 'EnforceUniqueValues', 'Hidden', 'Description', 'Group',
  'DefaultValue', 'MaxLength', 'MinimumValue', 'MaximumValue', 'DisplayFormat', 'DateTimeCalendarType', 'FriendlyDisplayFormat',
  'Choices', 'FillInChoice', 'EditFormat', 'RichText', 'NumberOfLines', 'AllowHyperlink', 'AppendOnly', 'RestrictedMode',
  'UnlimitedLengthInDocumentLibrary', 'SelectionMode', 'SelectionGroup', 'AllowMultipleValues', 'LookupList', 'LookupField',
  'LookupListId', 'LookupFieldName', 'LookupWebId', 'CurrencyLocaleId', 'StaticName', 'InternalName', 'ValidationFormula',
  'ValidationMessage', 'ShowInDisplayForm', 'ShowInEditForm', 'ShowInNewForm'
]);

function resolveListReference(ctx: StoreContext, reference: string): string {
  const trimmed = reference.replace(/[{}]/g, '');
  const list = ctx.lists.byId(trimmed) || ctx.lists.byUrl(trimmed.replace(/^\/?sites\/tracker\//i, ''));
  if (!list) {
    throw errors.listIdNotFound();
  }
  return list.id;
}

function choicesOf(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    return value.map(String);
  }
  if (value !== null && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) {
    return (value as { results: unknown[] }).results.map(String);
  }
  return undefined;
}

function checkProperties(body: Record<string, unknown>, typeName: string): void {
  Object.keys(body).forEach((property) => {
    if (!FIELD_PROPERTIES.has(property)) {
      throw errors.unknownBodyProperty(property, typeName);
    }
  });
}

/** Applies the changeable properties of a body to a field (for create and for MERGE). */
function applyProperties(ctx: StoreContext, field: FieldRecord, body: Record<string, unknown>): void {
  const has = (name: string): boolean => Object.prototype.hasOwnProperty.call(body, name);
  if (has('Title')) field.title = String(body.Title);
  if (has('Required')) field.required = !!body.Required;
  if (has('Indexed')) field.indexed = !!body.Indexed;
  if (has('EnforceUniqueValues')) field.unique = !!body.EnforceUniqueValues;
  if (has('Hidden')) field.hidden = !!body.Hidden;
  if (has('Description')) field.description = String(body.Description);
  if (has('Group')) field.group = String(body.Group);
  if (has('DefaultValue')) field.defaultValue = body.DefaultValue === null ? undefined : String(body.DefaultValue);
  if (has('MaxLength')) field.maxLength = Number(body.MaxLength);
  if (has('MinimumValue')) field.min = Number(body.MinimumValue);
  if (has('MaximumValue')) field.max = Number(body.MaximumValue);
  if (has('RichText')) field.richText = !!body.RichText;
  if (has('NumberOfLines')) field.numLines = Number(body.NumberOfLines);
  if (has('Choices')) field.choices = choicesOf(body.Choices);
  if (has('DisplayFormat') && field.type === 'DateTime') field.displayFormat = Number(body.DisplayFormat) === 0 ? 'DateOnly' : 'DateTime';
  if (has('LookupField')) field.lookupField = String(body.LookupField);
  if (has('LookupFieldName')) field.lookupField = String(body.LookupFieldName);
  const lookupList = has('LookupListId') ? body.LookupListId : has('LookupList') ? body.LookupList : undefined;
  if (typeof lookupList === 'string' && lookupList.length > 0) field.lookupList = resolveListReference(ctx, lookupList);
  if (field.unique) field.indexed = true;
}

/** `fields` POST and `fields/AddField`: a field from `Title`, `FieldTypeKind` and its properties. */
export function createFieldFromProperties(ctx: StoreContext, list: ListRecord, body: Record<string, unknown>): FieldRecord {
  const typeName = ((body.__metadata as { type?: string } | undefined)?.type) || 'SP.Field';
  checkProperties(body, typeName);
  const title = body.Title;
  if (typeof title !== 'string' || title.trim().length === 0) {
    throw errors.badQuery('A field needs a Title.');
  }
  const multiple = !!body.AllowMultipleValues || typeName === 'SP.FieldMultiLookup';
  const type = typeOfKind(Number(body.FieldTypeKind), multiple);
  if (!type || type === 'Counter' || type === 'Computed' || type === 'Attachments' || type === 'ContentTypeId') {
    throw errors.badQuery(`The field type kind ${String(body.FieldTypeKind)} cannot be created.`);
  }
  const internalName = typeof body.StaticName === 'string' ? body.StaticName : internalNameFromTitle(title);
  const field = fieldRecord(randomUUID(), internalName, title, type);
  if (type === 'Text') field.maxLength = 255;
  if (type === 'DateTime') field.displayFormat = 'DateTime';
  if (type === 'User' || type === 'UserMulti') field.lookupField = 'ImnName';
  applyProperties(ctx, field, body);
  if ((type === 'Lookup' || type === 'LookupMulti') && !field.lookupList) {
    throw errors.badQuery('A lookup field needs LookupListId.');
  }
  return ctx.lists.addField(list, field);
}

/** `fields/createFieldAsXml`: a field from its `<Field>` schema XML. */
export function createFieldFromXml(ctx: StoreContext, list: ListRecord, xml: string): FieldRecord {
  const field = fieldFromXml(xml, randomUUID, (reference) => resolveListReference(ctx, reference));
  return ctx.lists.addField(list, field);
}

/** Field MERGE: changes properties (e.g. `Indexed: true`, which builds the SQLite index too). */
export function updateField(ctx: StoreContext, list: ListRecord, field: FieldRecord, body: Record<string, unknown>): FieldRecord {
  checkProperties(body, 'SP.Field');
  const changed: FieldRecord = { ...field };
  applyProperties(ctx, changed, body);
  ctx.lists.saveField(list, changed);
  return changed;
}
