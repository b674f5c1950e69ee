/** The shapes of the list schema (see schema.ts). */

export type FieldKind =
  | 'text'
  | 'note'
  | 'number'
  | 'date'
  | 'dateTime'
  | 'choice'
  | 'boolean'
  | 'person'
  | 'personMulti'
  | 'lookup';

export interface FieldDefinition {
  /** Internal name, also the REST EntityPropertyName (no spaces, never renamed once deployed). */
  name: string;
  /** Display name. */
  title: string;
  kind: FieldKind;
  required?: boolean;
  /** Indexed so that queries leading with it pass the list view threshold (see queryPlan.ts). */
  indexed?: boolean;
  /** SharePoint enforces unique values (the column must be indexed). */
  unique?: boolean;
  choices?: readonly string[];
  /** For lookups: the key of the list looked up (its Title is shown). */
  lookupList?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  /** As SharePoint's `<Default>`: choice text, `1`/`0` for booleans, a number as text. */
  defaultValue?: string;
}

/** SharePoint's list templates the tracker uses: a custom list, or a document library. */
export type BaseTemplate = 100 | 101;

export interface ListDefinition {
  key: string;
  title: string;
  /** Web-relative URL, e.g. `Lists/Actions`, or `Evidence` for a document library. */
  url: string;
  /** 100 for a list, 101 for a document library (REST `BaseTemplate`, feature `TemplateType`). */
  baseTemplate: BaseTemplate;
  /** Every list keeps version history (SPEC §3): any quarter's view can be rebuilt. */
  versioning: true;
  /** The built-in Title field first, then the list's own fields. */
  fields: readonly FieldDefinition[];
}

export interface ListOptions {
  titleRequired?: boolean;
  indexTitle?: boolean;
  uniqueTitle?: boolean;
}

/** Builds a list definition whose first field is the built-in Title, shown as `titleCaption`. */
export function listDefinition(
  key: string,
  title: string,
  url: string,
  titleCaption: string,
  fields: readonly FieldDefinition[],
  options: ListOptions = {}
): ListDefinition {
  const titleField: FieldDefinition = {
    name: 'Title',
    title: titleCaption,
    kind: 'text',
    required: options.titleRequired !== false,
    indexed: !!options.indexTitle || !!options.uniqueTitle,
    unique: !!options.uniqueTitle,
    maxLength: 255
  };
  return { key, title, url, baseTemplate: 100, versioning: true, fields: [titleField, ...fields] };
}

/**
 * A document library (template 101) at `url`: its items are files, named by the built-in
 * FileLeafRef; the built-in Title is optional, as in any library, and `fields` tag each file.
 */
export function documentLibraryDefinition(key: string, title: string, url: string, fields: readonly FieldDefinition[]): ListDefinition {
  return { ...listDefinition(key, title, url, 'Title', fields, { titleRequired: false }), baseTemplate: 101 };
}

export function isDocumentLibrary(list: ListDefinition): boolean {
  return list.baseTemplate === 101;
}

export function fieldOf(list: ListDefinition, name: string): FieldDefinition | undefined {
  return list.fields.filter((field) => field.name === name)[0];
}
