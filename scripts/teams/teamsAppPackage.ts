import { zipSync, strToU8 } from 'fflate';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaUrl } from './manifestSchema';

/**
 * Builds the two Teams app packages from teams-apps/<app>/ (README "Teams apps"):
 * - `tracker`: the SPFx web parts in Teams (My milestones as a personal app, the dashboard as a
 *   channel tab), its webApplicationInfo SharePoint's;
 * - `notifier`: the reminder job's activity types, its webApplicationInfo the job's Entra app.
 * A source folder holds manifest.json (everything but what is only known when packaging),
 * cy-gb.json and the two icons. Packaging adds `version` (package.json's), `developer`
 * (config/teams.json) and, for the notifier, `webApplicationInfo` with the reminder app id, and
 * writes en-gb.json from the manifest's own strings, so the default language file cannot drift.
 * `{teamSiteDomain}`, `{teamSitePath}` and `{locale}` stay as they are: Teams fills them in for
 * SharePoint-hosted apps when a tab opens, since the tenant is not known when packaging.
 */

export type AppName = 'tracker' | 'notifier';
export const APP_NAMES: AppName[] = ['tracker', 'notifier'];

/** SharePoint Online's own app id: the tracker app signs in to SharePoint, as SPFx does. */
export const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

/** The environment variable that sets the reminder job's Entra app (client) id. */
export const REMINDER_APP_ID_VARIABLE = 'TRACKER_REMINDER_APP_ID';
/** The same setting in config/teams.json. */
export const REMINDER_APP_ID_SETTING = 'reminderAppId';

export const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

export interface IDeveloper {
  name: string;
  websiteUrl: string;
  privacyUrl: string;
  termsOfUseUrl: string;
}

/** config/teams.json. */
export interface ITeamsConfig {
  /** The reminder job's Entra app (client) id; TRACKER_REMINDER_APP_ID overrides it. */
  reminderAppId?: string;
  /** Who publishes the apps, as Teams shows it: the council's name and pages. */
  developer: IDeveloper;
}

/** What packaging needs besides the source folders. */
export interface IPackageSettings {
  version: string;
  developer: IDeveloper;
  /** Undefined when not set: the notifier cannot be built. */
  reminderAppId: string | undefined;
}

// Manifests are JSON documents validated against Microsoft's schema, not typed here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Manifest = Record<string, any>;

/** One app package: its manifest as built and every file the zip carries, by name. */
export interface ITeamsApp {
  name: AppName;
  manifest: Manifest;
  files: Record<string, Uint8Array>;
}

/** The folder an app's sources live in. */
export function sourceFolder(root: string, name: AppName): string {
  return join(root, 'teams-apps', name);
}

const readJson = (path: string): Manifest => JSON.parse(readFileSync(path, 'utf8'));

/**
 * The reminder app id from TRACKER_REMINDER_APP_ID, else config/teams.json's reminderAppId;
 * undefined when neither is set. Throws, naming the setting, when the value is not a GUID.
 */
export function reminderAppId(env: Record<string, string | undefined>, config: ITeamsConfig): string | undefined {
  const fromEnv = (env[REMINDER_APP_ID_VARIABLE] || '').trim();
  const fromConfig = (config.reminderAppId || '').trim();
  const [value, setting] = fromEnv ? [fromEnv, `the ${REMINDER_APP_ID_VARIABLE} environment variable`] : [fromConfig, `"${REMINDER_APP_ID_SETTING}" in config/teams.json`];
  if (!value) return undefined;
  if (!GUID.test(value)) throw new Error(`${setting} is "${value}", not an Entra app (client) id: set it to the reminder job's app registration's Application (client) ID, a GUID such as 1b4c2d6e-0000-4000-8000-00000000abcd.`);
  if (value.toLowerCase() === SHAREPOINT_APP_ID) throw new Error(`${setting} is SharePoint's own app id; set it to the reminder job's app registration's Application (client) ID.`);
  return value.toLowerCase();
}

/** The settings from package.json, config/teams.json and the environment. */
export function packageSettings(root: string, env: Record<string, string | undefined>): IPackageSettings {
  const config = readJson(join(root, 'config', 'teams.json')) as ITeamsConfig;
  return { version: readJson(join(root, 'package.json')).version, developer: config.developer, reminderAppId: reminderAppId(env, config) };
}

/**
 * The strings Teams localises that a manifest holds, keyed as the localisation files key them
 * (`name.short`, `staticTabs[0].name`, `activities.activityTypes[2].templateText`, …).
 */
export function localisableStrings(manifest: Manifest): Record<string, string> {
  const strings: Record<string, string> = {};
  const put = (key: string, value: unknown): void => { if (typeof value === 'string') strings[key] = value; };
  put('name.short', manifest.name?.short);
  put('name.full', manifest.name?.full);
  put('description.short', manifest.description?.short);
  put('description.full', manifest.description?.full);
  (manifest.staticTabs || []).forEach((tab: Manifest, i: number) => put(`staticTabs[${i}].name`, tab.name));
  (manifest.activities?.activityTypes || []).forEach((activity: Manifest, i: number) => {
    put(`activities.activityTypes[${i}].description`, activity.description);
    put(`activities.activityTypes[${i}].templateText`, activity.templateText);
  });
  return strings;
}

/** The manifest as it ships: the source with version, developer and (notifier) webApplicationInfo. */
export function buildManifest(name: AppName, source: Manifest, settings: IPackageSettings): Manifest {
  const { $schema, manifestVersion, id, ...rest } = source;
  const manifest: Manifest = { $schema, manifestVersion, version: settings.version, id, developer: settings.developer, ...rest };
  if (name === 'notifier') {
    if (!settings.reminderAppId) {
      throw new Error(`The notifier app needs the reminder job's Entra app (client) id: set ${REMINDER_APP_ID_VARIABLE} or "${REMINDER_APP_ID_SETTING}" in config/teams.json.`);
    }
    // Teams reads only the id for resource-specific consent; `resource` must be present and may be any string.
    manifest.webApplicationInfo = { id: settings.reminderAppId, resource: `api://${settings.reminderAppId}` };
  }
  return manifest;
}

const ICONS = ['color.png', 'outline.png'];
const SOURCE_FILES = ['manifest.json', 'cy-gb.json', ...ICONS];

/** Builds one app from its source folder; throws if the folder holds anything it would not ship. */
export function buildApp(root: string, name: AppName, settings: IPackageSettings): ITeamsApp {
  const folder = sourceFolder(root, name);
  const strays = readdirSync(folder).filter((file) => SOURCE_FILES.indexOf(file) < 0);
  if (strays.length) throw new Error(`teams-apps/${name} holds files the app does not use: ${strays.join(', ')}.`);
  const missing = SOURCE_FILES.filter((file) => !existsSync(join(folder, file)));
  if (missing.length) throw new Error(`teams-apps/${name} lacks ${missing.join(', ')}.`);
  const manifest = buildManifest(name, readJson(join(folder, 'manifest.json')), settings);
  const english = { $schema: schemaUrl(manifest.manifestVersion, 'MicrosoftTeams.Localization'), ...localisableStrings(manifest) };
  const json = (value: unknown): Uint8Array => strToU8(`${JSON.stringify(value, undefined, 2)}\n`);
  const files: Record<string, Uint8Array> = {
    'manifest.json': json(manifest),
    'en-gb.json': json(english),
    'cy-gb.json': new Uint8Array(readFileSync(join(folder, 'cy-gb.json')))
  };
  ICONS.forEach((icon) => { files[icon] = new Uint8Array(readFileSync(join(folder, icon))); });
  return { name, manifest, files };
}

/** A fixed time for every entry, so the same sources make the same zip. */
const ENTRY_TIME = new Date(Date.UTC(2026, 0, 1));

/** The app package: the files at the zip's top level, as Teams requires (no folder). */
export function zipApp(app: ITeamsApp): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  Object.keys(app.files).sort().forEach((file) => { entries[file] = [app.files[file], { mtime: ENTRY_TIME }]; });
  return zipSync(entries, { level: 9 });
}
