import { LIST_ORDER, LISTS } from './schema';
import { FieldDefinition, FieldKind, ListDefinition } from './schemaTypes';

/** What SharePoint reports about one of the site's lists and its fields. */
export interface SiteField {
  internalName: string;
  typeAsString: string;
  required: boolean;
  indexed: boolean;
}

export interface SiteList {
  title: string;
  itemCount: number;
  versioning: boolean;
  /** SharePoint's `BaseTemplate`: 100 for a list, 101 for a document library (absent when not read). */
  baseTemplate?: number;
  fields: SiteField[];
}

export type ListHealth = 'ok' | 'missing' | 'incomplete';

export interface ListCheck {
  key: string;
  title: string;
  health: ListHealth;
  itemCount?: number;
  missingFields: string[];
  /** `Name (expected Type, found Type)` */
  wrongTypes: string[];
  missingIndexes: string[];
  versioningOff: boolean;
  /**
   * A list was found where a document library belongs, or the other way round: SharePoint cannot
   * change a list's template, so it has to be renamed or removed and provisioned again.
   */
  wrongTemplate: boolean;
}

/** SharePoint's TypeAsString for each kind of field. */
const TYPE_AS_STRING: Record<FieldKind, string> = {
  text: 'Text',
  note: 'Note',
  number: 'Number',
  date: 'DateTime',
  dateTime: 'DateTime',
  choice: 'Choice',
  boolean: 'Boolean',
  person: 'User',
  personMulti: 'UserMulti',
  lookup: 'Lookup'
};

export function expectedTypeAsString(field: FieldDefinition): string {
  return TYPE_AS_STRING[field.kind];
}

function checkList(list: ListDefinition, found: SiteList | undefined): ListCheck {
  if (!found) {
    return { key: list.key, title: list.title, health: 'missing', missingFields: [], wrongTypes: [], missingIndexes: [], versioningOff: false, wrongTemplate: false };
  }
  const byName: Record<string, SiteField> = {};
  found.fields.forEach((field) => {
    byName[field.internalName] = field;
  });
  const present = list.fields.filter((field) => byName[field.name]);
  const missingFields = list.fields.filter((field) => !byName[field.name]).map((field) => field.name);
  const wrongTypes = present
    .filter((field) => byName[field.name].typeAsString !== expectedTypeAsString(field))
    .map((field) => `${field.name} (expected ${expectedTypeAsString(field)}, found ${byName[field.name].typeAsString})`);
  const missingIndexes = present.filter((field) => field.indexed && !byName[field.name].indexed).map((field) => field.name);
  const versioningOff = !found.versioning;
  const wrongTemplate = found.baseTemplate !== undefined && found.baseTemplate !== list.baseTemplate;
  const healthy = !missingFields.length && !wrongTypes.length && !missingIndexes.length && !versioningOff && !wrongTemplate;
  return {
    key: list.key,
    title: list.title,
    health: healthy ? 'ok' : 'incomplete',
    itemCount: found.itemCount,
    missingFields,
    wrongTypes,
    missingIndexes,
    versioningOff,
    wrongTemplate
  };
}

/** Compares the site's lists with the schema, in provisioning order. */
export function checkSiteSchema(siteLists: readonly SiteList[]): ListCheck[] {
  return LIST_ORDER.map((key) => {
    const list = LISTS[key] as ListDefinition;
    return checkList(list, siteLists.filter((candidate) => candidate.title === list.title)[0]);
  });
}
