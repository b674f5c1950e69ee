/**
 * An item's history from its list versions (SPEC §3 "every list change keeps its history"): each
 * version compared with the one before, field by field, as text a person reads. A first version
 * lists the fields it was created with; a later one only what changed.
 */

/** A field as one version holds it: its display name and its value as text ('' when empty). */
export interface FieldText {
  field: string;
  text: string;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/**
 * What `after` changed from `before`, in `after`'s field order. Without `before` (a first
 * version) every field with a value counts as set from ''.
 */
export function fieldChanges(before: readonly FieldText[] | undefined, after: readonly FieldText[]): FieldChange[] {
  const earlier = new Map<string, string>((before || []).map((entry) => [entry.field, entry.text]));
  return after
    .map((entry) => ({ field: entry.field, before: earlier.get(entry.field) || '', after: entry.text }))
    .filter((change) => change.before !== change.after);
}
