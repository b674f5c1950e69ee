import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DASHBOARD_COMPONENT_ID, MY_MILESTONES_COMPONENT_ID, MY_UPDATES_COMPONENT_ID } from '../../src/teams/teamsApps';
import { iconFiles } from './icons';

/** Writes the Teams icons (`npm run teams:icons`); tests/scripts/teamsApps.test.ts checks they are current. */

const root = join(__dirname, '..', '..');
const files = iconFiles({ myMilestones: MY_MILESTONES_COMPONENT_ID, dashboard: DASHBOARD_COMPONENT_ID, myUpdates: MY_UPDATES_COMPONENT_ID });
Object.keys(files).forEach((path) => writeFileSync(join(root, path), files[path]));
console.log(`Wrote ${Object.keys(files).length} icons: ${Object.keys(files).join(', ')}.`);
