// Checks the .sppkg that `npm run package` wrote: it must carry the list schema exactly as
// sharepoint/assets holds it (generated from src/data/schema.ts) and every web part's bundle.
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packagePath = join(root, 'sharepoint', 'solution', 'performance-tracker.sppkg');
const solution = JSON.parse(readFileSync(join(root, 'config', 'package-solution.json'), 'utf8'));
const config = JSON.parse(readFileSync(join(root, 'config', 'config.json'), 'utf8'));

const zip = await JSZip.loadAsync(readFileSync(packagePath));
const entries = Object.keys(zip.files);
const problems = [];

async function entryText(suffix) {
  const name = entries.find((entry) => entry.endsWith(`/${suffix}`) || entry === suffix);
  return name ? (await zip.file(name).async('string')) : undefined;
}

const assets = solution.solution.features[0].assets;
for (const file of [...assets.elementManifests, ...assets.elementFiles]) {
  const packaged = await entryText(file);
  const expected = readFileSync(join(root, 'sharepoint', 'assets', file), 'utf8');
  if (packaged === undefined) problems.push(`${file} is missing from the package`);
  else if (packaged.trim() !== expected.trim()) problems.push(`${file} in the package differs from sharepoint/assets/${file}`);
}

const listInstances = ((await entryText('elements.xml')) || '').match(/<ListInstance /g) || [];
if (listInstances.length !== assets.elementFiles.length) {
  problems.push(`elements.xml has ${listInstances.length} ListInstance elements for ${assets.elementFiles.length} list schemas`);
}

const bundleCount = Object.keys(config.bundles).length;
const scripts = entries.filter((entry) => /^ClientSideAssets\/.*\.js$/.test(entry) && !/Strings_|\.LICENSE/.test(entry));
if (scripts.length < bundleCount) problems.push(`expected ${bundleCount} bundle(s) in ClientSideAssets, found ${scripts.length}`);

// The Teams app package:teams wrote (teams/TeamsSPFxApp.zip), which "Add to Teams" deploys, and
// the icons SharePoint would use for each Teams-capable component.
const teamsApp = join(root, 'sharepoint', 'solution', 'performance-tracker-teams.zip');
const packagedTeamsApp = zip.file('ClientSideAssets/TeamsSPFxApp.zip');
if (!packagedTeamsApp) problems.push('ClientSideAssets/TeamsSPFxApp.zip is missing (npm run package:teams writes teams/TeamsSPFxApp.zip)');
else if (!existsSync(teamsApp) || Buffer.compare(await packagedTeamsApp.async('nodebuffer'), readFileSync(teamsApp)) !== 0) {
  problems.push('ClientSideAssets/TeamsSPFxApp.zip differs from sharepoint/solution/performance-tracker-teams.zip');
}
const teamsComponents = Object.values(config.bundles).flatMap((bundle) => bundle.components)
  .map((component) => JSON.parse(readFileSync(join(root, component.manifest), 'utf8')))
  .filter((manifest) => (manifest.supportedHosts || []).some((host) => host.startsWith('Teams')));
for (const component of teamsComponents) {
  for (const icon of [`${component.id}_color.png`, `${component.id}_outline.png`]) {
    if (!zip.file(`ClientSideAssets/${icon}`)) problems.push(`${icon} (the Teams icon of ${component.alias}) is missing: npm run teams:icons`);
  }
}

const strays = entries.filter((entry) => /\.(md|ts|map)$/i.test(entry));
if (strays.length) problems.push(`files that should not ship: ${strays.join(', ')}`);

if (problems.length) {
  console.error(`${packagePath} is not right:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const size = readFileSync(packagePath).length;
console.log(`${packagePath}: ${(size / 1024).toFixed(1)} KB, ${entries.length} entries, ${listInstances.length} lists, ${scripts.length} bundle(s), the Teams app and ${teamsComponents.length * 2} Teams icons: OK`);
