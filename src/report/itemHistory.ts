import { fieldChanges } from '../domain/itemHistory';
import { IDashboardRepository, ItemVersion, VersionedItem } from '../data/ITrackerRepository';
import { HistoryEntry, ItemHistory } from './dashboardTypes';

/**
 * An action's or measure's history across quarters (issue 13 drill-down): who changed what, when,
 * from SharePoint's list versions of the item and of its updates or values. Each version is
 * compared with the one before; a version that changed nothing a person reads is left out.
 */

function entriesOf(item: VersionedItem): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  item.versions.forEach((version: ItemVersion, index: number) => {
    const earlier = index > 0 ? item.versions[index - 1] : undefined;
    const changes = fieldChanges(earlier && earlier.fields, version.fields);
    if (earlier && changes.length === 0) {
      return;
    }
    const entry: HistoryEntry = { changedOn: version.savedOn, changedBy: version.savedBy, kind: earlier ? 'changed' : 'created', changes };
    entries.push(item.period ? { period: item.period, ...entry } : entry);
  });
  return entries;
}

/** Newest first; versions saved in the same second keep the later one first. */
export async function loadItemHistory(repo: IDashboardRepository, plan: string, itemType: 'action' | 'measure', ref: string): Promise<ItemHistory> {
  const versions = await repo.itemVersions(plan, itemType, ref);
  const ordered = ([] as Array<{ entry: HistoryEntry; order: number }>).concat(
    ...versions.items.map((item) => entriesOf(item).map((entry, order) => ({ entry, order })))
  );
  ordered.sort((a, b) => (a.entry.changedOn < b.entry.changedOn ? 1 : a.entry.changedOn > b.entry.changedOn ? -1 : b.order - a.order));
  return { itemType, ref: versions.ref, title: versions.title, entries: ordered.map((sorted) => sorted.entry) };
}
