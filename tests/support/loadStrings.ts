import { readFileSync } from 'fs';
import { join } from 'path';

/** Loads an SPFx AMD string file (`define([], function () { return {...}; })`) as SharePoint would. */
export function loadStrings<T>(relativePath: string): T {
  const source = readFileSync(join(__dirname, '..', '..', relativePath), 'utf8');
  let strings: T | undefined;
  const define = (_dependencies: string[], factory: () => T): void => {
    strings = factory();
  };
  new Function('define', source)(define);
  if (!strings) throw new Error(`${relativePath} did not define its strings`);
  return strings;
}
