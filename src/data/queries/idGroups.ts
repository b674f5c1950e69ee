import { anyOf, eq, idEq } from '../odata';
import { ItemJson, lookupId } from '../mapping/fieldValues';

/**
 * Reads of named items (`Action/Id eq 1 or Action/Id eq 4 …`) in groups, so each request's URL
 * stays short however many items a person has. Each group goes after the planned indexed
 * condition (`PeriodKey eq '2018-19 Q1' and (…)`), never first.
 */

/** Terms per `or` group. */
export const TERMS_PER_GROUP = 40;

/** Each id once, in the order first met; missing lookups left out. */
export function distinctIds(ids: ReadonlyArray<number | undefined>): number[] {
  return ids.filter((id, index): id is number => id !== undefined && ids.indexOf(id) === index);
}

export function planIdsOf(items: readonly ItemJson[]): number[] {
  return distinctIds(items.map((item) => lookupId(item, 'Plan')));
}

/** `(a or b …)` for each group of terms. */
export function groupsOf(terms: readonly string[]): string[] {
  const groups: string[] = [];
  for (let start = 0; start < terms.length; start += TERMS_PER_GROUP) {
    groups.push(anyOf(terms.slice(start, start + TERMS_PER_GROUP)));
  }
  return groups;
}

/** `(Action/Id eq 1 or Action/Id eq 4 …)` for each group of ids: rows that point at these items. */
export function ofIds(field: string, ids: readonly number[]): string[] {
  return groupsOf(ids.map((id) => idEq(field, id)));
}

/** `(ID eq 4 or ID eq 9 …)` for each group of ids: these items themselves. */
export function itemsWithIds(ids: readonly number[]): string[] {
  return groupsOf(ids.map((id) => eq('ID', id)));
}
