import { SpError } from '../errors';
import { FieldRecord } from '../storeTypes';
import { isTypeName } from './fieldTypes';

/**
 * Reads a `<Field …/>` schema XML, as `fields/createFieldAsXml` receives it (and as
 * src/data/fieldSchemaXml.ts writes it): attributes, `<CHOICES>` and `<Default>`. Only the
 * single `<Field>` element SharePoint accepts there is understood; anything else is refused.
 */

export interface ParsedFieldXml {
  attributes: Record<string, string>;
  choices?: string[];
  defaultValue?: string;
}

const FIELD_ELEMENT = /^\s*<Field\b([^>]*?)(\/>|>([\s\S]*)<\/Field>)\s*$/;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Text into an XML attribute or element: the five characters XML reserves, as entities. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&');
}

function invalidXml(detail: string): SpError {
  return new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `Invalid field schema XML: ${detail}`);
}

export function parseFieldXml(xml: string): ParsedFieldXml {
  const match = FIELD_ELEMENT.exec(xml);
  if (!match) {
    throw invalidXml('expected one <Field> element');
  }
  const attributes: Record<string, string> = {};
  let attribute: RegExpExecArray | null;
  ATTRIBUTE.lastIndex = 0;
  while ((attribute = ATTRIBUTE.exec(match[1])) !== null) {
    attributes[attribute[1]] = unescapeXml(attribute[3] !== undefined ? attribute[3] : attribute[4]);
  }
  const body = match[3] || '';
  const choiceBlock = /<CHOICES>([\s\S]*?)<\/CHOICES>/.exec(body);
  const choices = choiceBlock
    ? (choiceBlock[1].match(/<CHOICE>[\s\S]*?<\/CHOICE>/g) || []).map((choice) => unescapeXml(choice.replace(/<\/?CHOICE>/g, '')))
    : undefined;
  const defaultMatch = /<Default>([\s\S]*?)<\/Default>/.exec(body);
  return { attributes, choices, defaultValue: defaultMatch ? unescapeXml(defaultMatch[1]) : undefined };
}

function flag(value: string | undefined): boolean {
  return value !== undefined && value.toUpperCase() === 'TRUE';
}

function numberOrUndefined(value: string | undefined): number | undefined {
  return value === undefined || value === '' ? undefined : Number(value);
}

/**
 * The field a `<Field>` XML describes. `resolveList` turns the `List` attribute (a GUID, or a
 * web-relative URL such as `Lists/Plans`) into a list id.
 */
export function fieldFromXml(xml: string, newId: () => string, resolveList: (reference: string) => string): FieldRecord {
  const parsed = parseFieldXml(xml);
  const a = parsed.attributes;
  const name = a.Name || a.StaticName;
  if (!name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw invalidXml('Name must be an internal name (letters, digits, underscores)');
  }
  let type = a.Type;
  if (type === 'Lookup' && flag(a.Mult)) {
    type = 'LookupMulti';
  }
  if (!type || !isTypeName(type)) {
    throw invalidXml(`unsupported Type '${type}'`);
  }
  const record: FieldRecord = {
    id: (a.ID || newId()).replace(/[{}]/g, '').toLowerCase(),
    internalName: name,
    title: a.DisplayName || name,
    type,
    required: flag(a.Required),
    indexed: flag(a.Indexed) || flag(a.EnforceUniqueValues),
    unique: flag(a.EnforceUniqueValues),
    hidden: flag(a.Hidden),
    readOnly: flag(a.ReadOnly),
    builtIn: false,
    maxLength: type === 'Text' ? numberOrUndefined(a.MaxLength) || 255 : undefined,
    min: numberOrUndefined(a.Min),
    max: numberOrUndefined(a.Max),
    group: a.Group,
    description: a.Description,
    choices: parsed.choices,
    defaultValue: parsed.defaultValue
  };
  if (type === 'DateTime') {
    record.displayFormat = a.Format === 'DateOnly' ? 'DateOnly' : 'DateTime';
  }
  if (type === 'Note') {
    record.richText = flag(a.RichText);
    record.numLines = numberOrUndefined(a.NumLines);
  }
  if (type === 'Lookup' || type === 'LookupMulti') {
    if (!a.List) {
      throw invalidXml('a Lookup field needs a List attribute');
    }
    record.lookupList = resolveList(a.List);
    record.lookupField = a.ShowField || 'Title';
  }
  if (type === 'User' || type === 'UserMulti') {
    record.lookupField = a.ShowField || 'ImnName';
  }
  return record;
}
