// Measures what the .sppkg ships: each web part bundle's raw and gzip size (gzip -9, as a CDN
// would serve it), beside the bare SPFx web part with React, Fluent UI and PnPjs that
// ../shared/TOOLCHAIN.md measured. Fails when a bundle is over budget. Run after `npm run package`.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import JSZip from 'jszip';

const BUDGETS = {
  /** Per web part bundle as shipped, React, Fluent UI and PnPjs included (issue 6: at most 120 KB gzip). */
  webPartGzipBytes: 120 * 1024,
  /** The whole .sppkg. */
  packageBytes: 400 * 1024
};
/** A bare SPFx 1.23 web part with React, Fluent UI and PnPjs (TOOLCHAIN.md §3). */
const BARE_WEB_PART_GZIP = 68_576;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packagePath = join(root, 'sharepoint', 'solution', 'performance-tracker.sppkg');
const packageBytes = readFileSync(packagePath);
const zip = await JSZip.loadAsync(packageBytes);
const bundles = Object.keys(zip.files).filter((name) => /^ClientSideAssets\/.*\.js$/.test(name) && !/Strings_|\.LICENSE/.test(name));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const failures = [];
console.log('bundle                                   raw        gzip -9    vs bare web part');
for (const name of bundles) {
  const raw = await zip.file(name).async('nodebuffer');
  const gzip = gzipSync(raw, { level: 9 }).length;
  console.log(`${name.replace('ClientSideAssets/', '').padEnd(40)} ${kb(raw.length).padStart(9)}  ${kb(gzip).padStart(9)}  ${(gzip / BARE_WEB_PART_GZIP).toFixed(2)}x`);
  if (gzip > BUDGETS.webPartGzipBytes) failures.push(`${name}: ${kb(gzip)} gzip is over the budget of ${kb(BUDGETS.webPartGzipBytes)}`);
}
console.log(`package ${kb(packageBytes.length)} (budget ${kb(BUDGETS.packageBytes)})`);

/**
 * Code only some people or some moments need is split out (issue 6): the property pane (editors),
 * the forms (loaded when the first form opens), the review tabs (plan leads), DOMPurify (rich
 * text), the evidence upload and the import writer. If one is folded back into a bundle, fail.
 */
const ON_DEMAND_CHUNKS = ['my-updates-property-pane', 'my-updates-forms', 'my-updates-review', 'safe-text-sanitizer', 'tracker-evidence', 'tracker-import'];
for (const chunk of ON_DEMAND_CHUNKS) {
  if (!bundles.some((name) => name.indexOf(`chunk.${chunk}_`) >= 0)) failures.push(`${chunk} is no longer loaded on demand (no chunk.${chunk}_*.js in the package)`);
}
if (packageBytes.length > BUDGETS.packageBytes) failures.push(`the package is ${kb(packageBytes.length)}, over ${kb(BUDGETS.packageBytes)}`);
if (!bundles.length) failures.push('no web part bundle found in the package');

if (failures.length) {
  console.error(`Over budget:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('OK: every bundle is within its budget.');
