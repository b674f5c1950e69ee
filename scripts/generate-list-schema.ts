import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementFileNames, featureFiles } from './featureXml';

/** Writes sharepoint/assets/*.xml from src/data/schema.ts and lists them in package-solution.json. */

const root = join(__dirname, '..');
const assets = join(root, 'sharepoint', 'assets');
const files = featureFiles();
Object.keys(files).forEach((name) => writeFileSync(join(assets, name), files[name]));

const solutionPath = join(root, 'config', 'package-solution.json');
const solution = JSON.parse(readFileSync(solutionPath, 'utf8'));
solution.solution.features[0].assets.elementFiles = elementFileNames();
writeFileSync(solutionPath, `${JSON.stringify(solution, undefined, 2)}\n`);

console.log(`Wrote ${Object.keys(files).length} files to sharepoint/assets and listed them in config/package-solution.json.`);
