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

export interface ListDefinition {
  key: string;
  title: string;
  /** Web-relative URL, e.g. `Lists/Actions`. */
  url: string;
  description: string;
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
  description: string,
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
  return { key, title, url, description, versioning: true, fields: [titleField, ...fields] };
}

export function fieldOf(list: ListDefinition, name: string): FieldDefinition | undefined {
  return list.fields.filter((field) => field.name === name)[0];
}
