import { londonDateOf } from '../../domain/calendarDate';
import { IsoDate, PersonRef } from '../../domain/model';

/**
 * Field-level conversions shared by the per-list mappers: SharePoint item JSON (light, minimal
 * metadata) ↔ domain values. Absent values are `null` in item JSON and `undefined` in the domain.
 */

/** An item as PnPjs returns it: field values by EntityPropertyName, expanded people and lookups nested. */
export type ItemJson = Record<string, unknown>;

/** Properties to add or MERGE, by EntityPropertyName (`OwnerId` for people and lookups). */
export type ItemProps = Record<string, unknown>;

/** An expanded person (`Owner/Id,Owner/Title,Owner/EMail`). */
export interface UserJson {
  Id?: number;
  Title?: string;
  EMail?: string;
}

export const TITLE_LIMIT = 255;

/** Title holds the first 255 characters; the full wording goes to FullTitle only when longer. */
export function titleProps(title: string): ItemProps {
  return title.length > TITLE_LIMIT
    ? { Title: title.slice(0, TITLE_LIMIT), FullTitle: title }
    : { Title: title, FullTitle: null };
}

export function titleOf(item: ItemJson): string {
  return textOf(item.FullTitle) || textOf(item.Title) || '';
}

export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && isFinite(value) ? value : undefined;
}

/** `undefined` → `null`, so a MERGE clears what the domain left empty. */
// eslint-disable-next-line @rushstack/no-new-null -- SharePoint clears a field when sent JSON null
export function orNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

/**
 * A DateOnly value to write: midnight with no offset, which SharePoint reads as the site's
 * (Europe/London) wall clock and keeps as that calendar day.
 */
// eslint-disable-next-line @rushstack/no-new-null -- SharePoint clears a field when sent JSON null
export function dateToItem(date: IsoDate | undefined): string | null {
  return date ? `${date}T00:00:00` : null;
}

/** A DateOnly value read: SharePoint returns London midnight as a UTC instant (BST → 23:00Z the day before). */
export function dateOf(value: unknown): IsoDate | undefined {
  return typeof value === 'string' && value !== '' ? londonDateOf(value) : undefined;
}

export function lookupOf(item: ItemJson, field: string): Record<string, unknown> | undefined {
  const value = item[field];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The looked-up item's Ref (or Title), read through `$expand`. */
export function lookupText(item: ItemJson, field: string, property: string = 'Ref'): string | undefined {
  const lookup = lookupOf(item, field);
  return lookup ? textOf(lookup[property]) : undefined;
}

export function lookupId(item: ItemJson, field: string): number | undefined {
  const lookup = lookupOf(item, field);
  return lookup ? numberOf(lookup.Id) : numberOf(item[`${field}Id`]);
}

function userOf(value: unknown): UserJson | undefined {
  return value && typeof value === 'object' && (value as UserJson).Id !== undefined ? (value as UserJson) : undefined;
}

/**
 * A person read from a person field and its name text field: the name as the tracker gave it,
 * with the linked user's e-mail when there is one.
 */
export function personOf(item: ItemJson, field: string, nameField?: string): PersonRef | undefined {
  const user = userOf(item[field]);
  const name = (nameField ? textOf(item[nameField]) : undefined) || (user ? textOf(user.Title) : undefined);
  if (!name) {
    return undefined;
  }
  const email = user ? textOf(user.EMail) : undefined;
  return email ? { name, email: email.toLowerCase() } : { name };
}

/** People read from a multi-person field and its names text field (`; `-separated, in order). */
export function peopleOf(item: ItemJson, field: string, namesField: string): PersonRef[] {
  const raw = item[field];
  const users: UserJson[] = Array.isArray(raw) ? (raw as UserJson[]) : [];
  const names = (textOf(item[namesField]) || '').split('; ').filter((name) => name !== '');
  const people: PersonRef[] = names.map((name) => {
    const match = users.filter((user) => user.Title === name || (!!user.EMail && user.EMail.toLowerCase() === name.toLowerCase()))[0];
    return match && match.EMail ? { name, email: match.EMail.toLowerCase() } : { name };
  });
  return people;
}

/** Joins names for a names text field (`Jan Coles; IB`). */
// eslint-disable-next-line @rushstack/no-new-null -- SharePoint clears a field when sent JSON null
export function namesOf(people: readonly PersonRef[]): string | null {
  return people.length > 0 ? people.map((person) => person.name).join('; ') : null;
}

/** Two-way table between SharePoint choice text and domain values. */
export interface ChoiceMap<D extends string> {
  toItem(value: D): string;
  fromItem(value: unknown): D | undefined;
}

export function choiceMap<D extends string>(pairs: ReadonlyArray<readonly [D, string]>): ChoiceMap<D> {
  return {
    toItem: (value) => pairs.filter((pair) => pair[0] === value).map((pair) => pair[1])[0] || value,
    fromItem: (value) => pairs.filter((pair) => pair[1] === value).map((pair) => pair[0])[0]
  };
}
