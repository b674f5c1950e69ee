import { join } from 'path';
import { loadAmdStrings } from '../../src/local/workbench/amdStrings';
import { MyUpdatesStrings } from '../../src/webparts/myUpdates/components/IMyUpdatesProps';

/** Loads an SPFx AMD string file by its path from the repository root. */
export function loadStrings<T>(relativePath: string): T {
  return loadAmdStrings<T>(join(__dirname, '..', '..', relativePath));
}

/** My updates' strings in one language, its own and the common ones merged as its web part class merges them. */
export function myUpdatesStrings(language: 'en-gb' | 'cy-gb'): MyUpdatesStrings {
  return { ...loadStrings<object>(`src/webparts/myUpdates/loc/${language}.js`), ...loadStrings<object>(`src/components/loc/${language}.js`) } as MyUpdatesStrings;
}
