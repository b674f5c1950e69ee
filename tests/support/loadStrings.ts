import { join } from 'path';
import { loadAmdStrings } from '../../src/local/workbench/amdStrings';

/** Loads an SPFx AMD string file by its path from the repository root. */
export function loadStrings<T>(relativePath: string): T {
  return loadAmdStrings<T>(join(__dirname, '..', '..', relativePath));
}
