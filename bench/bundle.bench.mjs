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
  /** What one web part's page loads before its first render: its bundle, its UI chunk and the chunks they share (issue 13: 120 KB gzip, charts included). */
  webPartPageGzipBytes: 120 * 1024,
  /** A page with both the dashboard and My updates: our JavaScript, React, Fluent UI and PnPjs loaded once (issue 13: 200 KB gzip). */
  twoWebPartPageGzipBytes: 200 * 1024,
  /**
   * The whole .sppkg. Issue 13 added the report's Word and Excel writers, fetched only when someone
   * exports: the `docx` library's chunk alone is 592 KB raw, 184 KB gzip (about 100 KB of the zip).
   */
  packageBytes: 560 * 1024
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
const gzipOf = {};
console.log('bundle                                   raw        gzip -9    vs bare web part');
for (const name of bundles) {
  const raw = await zip.file(name).async('nodebuffer');
  const gzip = gzipSync(raw, { level: 9 }).length;
  gzipOf[name.replace('ClientSideAssets/', '')] = gzip;
  // A chunk is loaded by a bundle when needed; the budget per bundle is for what a page loads first (below).
  if (/^ClientSideAssets\/chunk\./.test(name)) {
    console.log(`${name.replace('ClientSideAssets/', '').padEnd(40)} ${kb(raw.length).padStart(9)}  ${kb(gzip).padStart(9)}`);
    continue;
  }
  console.log(`${name.replace('ClientSideAssets/', '').padEnd(40)} ${kb(raw.length).padStart(9)}  ${kb(gzip).padStart(9)}  ${(gzip / BARE_WEB_PART_GZIP).toFixed(2)}x`);
  if (gzip > BUDGETS.webPartGzipBytes) failures.push(`${name}: ${kb(gzip)} gzip is over the budget of ${kb(BUDGETS.webPartGzipBytes)}`);
}
console.log(`package ${kb(packageBytes.length)} (budget ${kb(BUDGETS.packageBytes)})`);

/**
 * Code only some people or some moments need is split out (issue 6): the property pane (editors),
 * the forms (loaded when the first form opens), the review tabs (plan leads), DOMPurify (rich
 * text), the evidence upload and the import writer. If one is folded back into a bundle, fail.
 */
const ON_DEMAND_CHUNKS = [
  'my-updates-property-pane', 'my-updates-forms', 'my-updates-review', 'safe-text-sanitizer', 'tracker-evidence', 'tracker-import',
  'dashboard-property-pane', 'dashboard-export'
];

/**
 * What a page loads before its web parts first render (issue 13): the bundle holding both web
 * parts (the dashboard, My updates, My milestones), and for each placed web part its UI chunk with the chunks webpack loads beside it (read
 * from the bundle's own loader: `Promise.all([e(668), e(775)])` and its id → name map). React,
 * Fluent UI and PnPjs are in the bundle, or a chunk both UIs share, once, whichever web parts the
 * page has. Chunks loaded on demand (forms, exports, property panes …) are not counted.
 */
const UI_CHUNKS = { dashboard: 'dashboard-ui', myUpdates: 'my-updates-ui', myMilestones: 'my-milestones-ui' };
const files = Object.keys(gzipOf);
const host = files.filter((name) => name.indexOf('performance-tracker-web-parts') === 0);
if (host.length !== 1) failures.push(`expected one bundle holding the dashboard, My updates and My milestones, found ${host.length}`);
const hostText = host.length ? (await zip.file(`ClientSideAssets/${host[0]}`).async('string')) : '';
const names = {};
const map = /"chunk\."\+\(\{([^}]*)\}/.exec(hostText);
if (map) for (const [, id, name] of map[1].matchAll(/(\d+):"([\w-]+)"/g)) names[id] = name;
const groups = Array.from(hostText.matchAll(/Promise\.all\(\[((?:\w+\.e\(\d+\),?)+)\]\)/g)).map((match) => Array.from(match[1].matchAll(/\d+/g)).map((id) => id[0]));
const fileOfId = (id) => files.filter((name) => name.indexOf(`chunk.${names[id] || id}_`) === 0)[0];
const loadedWith = (chunk) => {
  const id = Object.keys(names).filter((key) => names[key] === chunk)[0];
  if (!id) return [];
  const ids = groups.filter((group) => group.indexOf(id) >= 0).reduce((all, group) => all.concat(group), [id]);
  return ids.filter((one, index) => ids.indexOf(one) === index).map(fileOfId).filter(Boolean);
};
const pageOf = (...uis) => {
  const all = host.concat(...uis.map((ui) => loadedWith(UI_CHUNKS[ui])));
  return all.filter((name, index) => all.indexOf(name) === index);
};
const total = (list) => list.reduce((sum, name) => sum + gzipOf[name], 0);
for (const [label, list, budget] of [
  ['a page with the dashboard', pageOf('dashboard'), BUDGETS.webPartPageGzipBytes],
  ['a page with My updates', pageOf('myUpdates'), BUDGETS.webPartPageGzipBytes],
  // Issue 14: the Teams tab and personal app, or a web part on its own page.
  ['a page with My milestones', pageOf('myMilestones'), BUDGETS.webPartPageGzipBytes],
  ['a page with the dashboard and My updates', pageOf('dashboard', 'myUpdates'), BUDGETS.twoWebPartPageGzipBytes]
]) {
  console.log(`${label.padEnd(42)} ${kb(total(list)).padStart(9)} gzip (budget ${kb(budget)}): ${list.join(' + ')}`);
  if (total(list) > budget) failures.push(`${label}: ${kb(total(list))} gzip is over the budget of ${kb(budget)}`);
}
for (const chunk of Object.values(UI_CHUNKS)) {
  if (!files.some((name) => name.indexOf(`chunk.${chunk}_`) === 0)) failures.push(`${chunk} is not a chunk of its own (no chunk.${chunk}_*.js in the package)`);
}
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
