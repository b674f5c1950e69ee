import { fileErrors } from './fileErrors';

/**
 * The file names SharePoint Online refuses (Microsoft's "Restrictions and limitations in
 * OneDrive and SharePoint"; PnPjs `utils/file-names.ts`): the characters `" * : < > ? / \ |` and
 * control characters, leading or trailing spaces, a name starting with `~$`, `_vti_` anywhere,
 * the reserved device names and `.lock`, `desktop.ini`; and a path over 400 characters.
 */

// eslint-disable-next-line no-control-regex
const INVALID_CHARACTERS = /["*:<>?/\\|\x00-\x1f\x7f-\x9f]/;
const RESERVED = /^(\.lock|con|prn|aux|nul|com[0-9]|lpt[0-9]|desktop\.ini)$/i;
const MAX_PATH = 400;

export function isValidFileName(name: string): boolean {
  return (
    name.length > 0 &&
    !INVALID_CHARACTERS.test(name) &&
    name.trim() === name &&
    name.indexOf('~$') !== 0 &&
    name.toLowerCase().indexOf('_vti_') < 0 &&
    !RESERVED.test(name)
  );
}

/** Refuses a name (and its server-relative path) as SharePoint would. */
export function checkFileName(name: string, serverRelativePath: string): void {
  if (!isValidFileName(name) || serverRelativePath.length > MAX_PATH) {
    throw fileErrors.invalidName();
  }
}
