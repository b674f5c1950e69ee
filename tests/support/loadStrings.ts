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

/** A web part's strings as its loc file nests them: groups of strings and counted sentences. */
export type StringTree = { [key: string]: string | StringTree };

/** Every string by its dotted path (`Section.DaysOverdue.one`), a counted sentence's plural forms each on their own. */
export function flatStrings(strings: StringTree, prefix = ''): Record<string, string> {
  return Object.keys(strings).reduce<Record<string, string>>((all, key) => {
    const value = strings[key];
    return typeof value === 'string' ? { ...all, [`${prefix}${key}`]: value } : { ...all, ...flatStrings(value, `${prefix}${key}.`) };
  }, {});
}

/** The sentence a plural form belongs to: forms differ by language (Welsh has zero, two, few, many), sentences do not. */
export function sentenceOf(path: string): string {
  return path.replace(/\.(zero|one|two|few|many|other)$/, '');
}

/** The distinct sentences of flattened strings, sorted: what two languages must both have. */
export function sentencesOf(flat: Record<string, string>): string[] {
  return Object.keys(flat).map(sentenceOf).filter((path, index, list) => list.indexOf(path) === index).sort();
}
