/**
 * Unsaved form text kept on this device, so a reload or a crash loses nothing before the draft
 * reaches the list. Storage can be missing or full (private browsing): then drafts live only in
 * the list, and nothing fails.
 */
export interface IDraftStore {
  read<T>(key: string): T | undefined;
  write<T>(key: string, value: T): void;
  remove(key: string): void;
}

const PREFIX = 'performance-tracker:draft:';

export function browserDraftStore(storage: Storage | undefined): IDraftStore {
  const attempt = <T>(work: () => T, fallback: T): T => {
    try {
      return storage ? work() : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    read: <T>(key: string) => attempt(() => {
      const text = storage!.getItem(PREFIX + key);
      return text ? (JSON.parse(text) as T) : undefined;
    }, undefined),
    write: (key, value) => attempt(() => storage!.setItem(PREFIX + key, JSON.stringify(value)), undefined),
    remove: (key) => attempt(() => storage!.removeItem(PREFIX + key), undefined)
  };
}
