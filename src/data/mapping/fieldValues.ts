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

/** Whether a tracker's name for a person is the user's own display name or e-mail (not a link such as "IB"). */
export function namesUser(name: string, user: UserJson): boolean {
  const wanted = name.trim().toLowerCase();
  return (user.Title || '').trim().toLowerCase() === wanted || (user.EMail || '').toLowerCase() === wanted;
}

/** A name as the tracker gave it, and the site user it is linked to, if any. */
export interface NamedUser {
  name: string;
  user?: UserJson;
}

/**
 * The names of a multi-person field's names text field (`; `-separated, in order), each with its
 * user: matched by display name or e-mail; a name linked to someone else ("IB" → Jan Coles, by
 * linkNamedPerson) is the one user left over when exactly one name and one user are. With more
 * left over, which is whose cannot be told, and those names read as not linked.
 */
export function namedUsers(item: ItemJson, field: string, namesField: string): NamedUser[] {
  const raw = item[field];
  const users: UserJson[] = Array.isArray(raw) ? (raw as UserJson[]) : [];
  const names = (textOf(item[namesField]) || '').split('; ').filter((name) => name !== '');
  const paired: NamedUser[] = names.map((name) => ({ name, user: users.filter((user) => namesUser(name, user))[0] }));
  const unpairedNames = paired.filter((entry) => !entry.user);
  const unpairedUsers = users.filter((user) => !paired.some((entry) => entry.user === user));
  if (unpairedNames.length === 1 && unpairedUsers.length === 1) {
    unpairedNames[0].user = unpairedUsers[0];
  }
  return paired;
}

/** People read from a multi-person field and its names text field, with the e-mail of each linked one. */
export function peopleOf(item: ItemJson, field: string, namesField: string): PersonRef[] {
  return namedUsers(item, field, namesField).map(({ name, user }) => (user && user.EMail ? { name, email: user.EMail.toLowerCase() } : { name }));
}

/** The person field's user, if the item has one. */
export function userOf(value: unknown): UserJson | undefined {
  return value && typeof value === 'object' && (value as UserJson).Id !== undefined ? (value as UserJson) : undefined;
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
