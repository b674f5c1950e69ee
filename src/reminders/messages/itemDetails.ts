import { ReminderStrings } from './reminderStrings';
import { ownerKey, StoredRow } from './digestFacts';

/** A digest's items as the e-mail lists them, in the person's language. */

export interface ItemDetails {
  title: string;
  /** Label and value, in the order they are read. */
  lines: Array<[string, string]>;
}

export interface OwnerItems {
  /** The escalation digest's heading over the owner's items. */
  heading: string;
  items: ItemDetails[];
}

function timing(row: StoredRow, strings: ReminderStrings): string {
  if (row.daysOverdue > 0) return strings.timing.overdue(row.daysOverdue);
  return row.daysUntilDue === 0 ? strings.timing.dueToday : strings.timing.dueIn(row.daysUntilDue);
}

export function itemDetails(row: StoredRow, strings: ReminderStrings): ItemDetails {
  const due = `${strings.date(row.dueDate)} (${timing(row, strings)})`;
  const lines: Array<[string, string]> = [[strings.label.plan, row.plan], [strings.label.reference, row.ref]];
  if (row.kind === 'changeRequest') {
    lines.push([strings.label.currentDeadline, due], [strings.label.requestedDate, strings.date(row.requestedDate)], [strings.label.requestedBy, row.requester.name]);
  } else {
    lines.push([strings.label.dueDate, due]);
  }
  return { title: row.title, lines };
}

/** An escalation digest's items by owner, owners in the order the digest first names them. */
export function itemsByOwner(rows: readonly StoredRow[], strings: ReminderStrings): OwnerItems[] {
  const groups = new Map<string, StoredRow[]>();
  rows.forEach((row) => {
    const key = ownerKey(row);
    groups.set(key, [...(groups.get(key) || []), row]);
  });
  return Array.from(groups.values()).map((owned) => ({
    heading: strings.ownerHeading(owned[0].owner ? owned[0].owner.name : strings.ownerUnknown, owned.length),
    items: owned.map((row) => itemDetails(row, strings))
  }));
}
