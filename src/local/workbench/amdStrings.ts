import { readFileSync } from 'fs';
import { runInNewContext } from 'vm';

/**
 * Loads an SPFx AMD string file (`define([], function () { return {...}; })`) as SharePoint's
 * loader would: the project's own loc/ file, run in a fresh context with only `define` in it.
 */
export function loadAmdStrings<T>(path: string): T {
  let strings: T | undefined;
  const define = (_dependencies: string[], factory: () => T): void => {
    strings = factory();
  };
  runInNewContext(readFileSync(path, 'utf8'), { define }, { filename: path });
  if (!strings) throw new Error(`${path} did not define its strings`);
  return strings;
}
