import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { teamsAppProblems } from './checkTeamsApp';
import { buildApp, IPackageSettings, ITeamsApp, packageSettings, REMINDER_APP_ID_SETTING, REMINDER_APP_ID_VARIABLE, zipApp } from './teamsAppPackage';

/**
 * `npm run package:teams` (and the first step of `npm run package`): builds and checks the Teams
 * app packages and writes
 * - teams/TeamsSPFxApp.zip — the tracker app, which package-solution then carries in the .sppkg,
 *   so SharePoint's "Add to Teams" deploys it instead of generating one per web part;
 * - sharepoint/solution/performance-tracker-teams.zip — the same app, to upload in Teams admin;
 * - sharepoint/solution/performance-tracker-notifier.zip — the notifier app, only when the
 *   reminder job's app id is set (TRACKER_REMINDER_APP_ID or config/teams.json reminderAppId).
 *   With `--require-notifier` a missing id fails the step. An id that is set but not a GUID
 *   always fails it.
 */

const root = join(__dirname, '..', '..');
const requireNotifier = process.argv.indexOf('--require-notifier') >= 0;

function fail(message: string): never {
  console.error(`[packageTeamsApps] ${message}`);
  process.exit(1);
}

function write(app: ITeamsApp, reminderAppId: string | undefined, ...paths: string[]): void {
  const problems = teamsAppProblems(root, app, reminderAppId);
  if (problems.length) fail(`The ${app.name} Teams app is not right:\n- ${problems.join('\n- ')}`);
  const zip = zipApp(app);
  paths.forEach((path) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), zip);
  });
  console.log(`[packageTeamsApps] ${app.name} app ${app.manifest.id} v${app.manifest.version} (manifest ${app.manifest.manifestVersion}): ${(zip.length / 1024).toFixed(1)} KB, ${Object.keys(app.files).length} files -> ${paths.join(', ')}`);
}

function readSettings(): IPackageSettings {
  try {
    return packageSettings(root, process.env);
  } catch (error) {
    return fail((error as Error).message);
  }
}

const settings = readSettings();

const how = `set ${REMINDER_APP_ID_VARIABLE} or "${REMINDER_APP_ID_SETTING}" in config/teams.json to the reminder job's Entra app (client) id`;
if (requireNotifier && !settings.reminderAppId) fail(`The notifier app needs the reminder job's app id: ${how}.`);

write(buildApp(root, 'tracker', settings), undefined, 'teams/TeamsSPFxApp.zip', 'sharepoint/solution/performance-tracker-teams.zip');

const notifierZip = 'sharepoint/solution/performance-tracker-notifier.zip';
if (settings.reminderAppId) {
  write(buildApp(root, 'notifier', settings), settings.reminderAppId, notifierZip);
} else {
  rmSync(join(root, notifierZip), { force: true }); // a zip from an earlier run may carry another tenant's id
  console.log(`[packageTeamsApps] notifier app not built: ${how} to build ${notifierZip}.`);
}
