import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACTIVITY_TYPES,
  DASHBOARD_COMPONENT_ID,
  MY_MILESTONES_COMPONENT_ID,
  MY_MILESTONES_ENTITY_ID,
  NOTIFIER_TEAMS_APP_ID,
  TRACKER_TEAMS_APP_ID
} from '../../src/teams/teamsApps';
import { schemaValidator } from './manifestSchema';
import { readPng } from './png';
import { GUID, ITeamsApp, localisableStrings, Manifest, SHAREPOINT_APP_ID } from './teamsAppPackage';

/**
 * What an app package must be before it ships, as a list of problems (none when right): its
 * manifest and localisation files valid against the published schema of their manifest version,
 * icons of the sizes Teams requires (the outline white on transparent), ids that match the SPFx
 * component manifests and src/teams, the right webApplicationInfo, the notifier's activity types
 * those of src/teams, and both languages complete.
 */

/** The SPFx component manifests the tracker app's tabs open (read from src/webparts). */
export const COMPONENT_MANIFESTS = {
  myMilestones: join('src', 'webparts', 'myMilestones', 'MyMilestonesWebPart.manifest.json'),
  dashboard: join('src', 'webparts', 'dashboard', 'DashboardWebPart.manifest.json')
};

const json = (bytes: Uint8Array): Manifest => JSON.parse(Buffer.from(bytes).toString('utf8'));

/** `{period}`, `{count}`, … in a template, sorted. */
const placeholders = (text: string): string[] => (text.match(/\{[A-Za-z]+\}/g) || []).sort();

function iconProblems(app: ITeamsApp, file: string, size: number, outline: boolean): string[] {
  const bytes = app.files[file];
  if (!bytes) return [`${file} is missing`];
  const image = readPng(bytes);
  const problems: string[] = [];
  if (image.width !== size || image.height !== size) problems.push(`${file} is ${image.width}×${image.height}, not ${size}×${size}`);
  if (outline) {
    let transparent = 0;
    for (let i = 0; i < image.rgba.length; i += 4) {
      const [r, g, b, a] = image.rgba.subarray(i, i + 4);
      if (a === 0) transparent++;
      else if (r !== 255 || g !== 255 || b !== 255) { problems.push(`${file} has a pixel that is neither white nor transparent at ${(i / 4) % size},${Math.floor(i / 16 / size)}`); break; }
    }
    if (image.colourType !== 6 || transparent === 0) problems.push(`${file} has no transparent background`);
  } else if (image.rgba.some((value, i) => i % 4 === 3 && value !== 255)) {
    problems.push(`${file} is not opaque (Teams shows colour icons on their own background)`);
  }
  return problems;
}

function localisationProblems(app: ITeamsApp, validateLocalisation: (document: unknown) => string[]): string[] {
  const info = app.manifest.localizationInfo || {};
  const files = [info.defaultLanguageFile, ...(info.additionalLanguages || []).map((language: Manifest) => language.file)];
  if (info.defaultLanguageTag !== 'en-gb' || files.join() !== 'en-gb.json,cy-gb.json') {
    return [`localizationInfo is ${JSON.stringify(info)}, not en-gb by default (en-gb.json) with cy-gb (cy-gb.json)`];
  }
  const english = localisableStrings(app.manifest);
  const problems: string[] = [];
  for (const file of files) {
    if (!app.files[file]) { problems.push(`${file} is missing`); continue; }
    const strings = json(app.files[file]);
    validateLocalisation(strings).forEach((problem) => problems.push(`${file}: ${problem}`));
    const keys = Object.keys(strings).filter((key) => key !== '$schema');
    Object.keys(english).filter((key) => !strings[key]).forEach((key) => problems.push(`${file} has no ${key}`));
    keys.filter((key) => !(key in english)).forEach((key) => problems.push(`${file} has ${key}, which the manifest does not`));
    keys.filter((key) => key in english && placeholders(strings[key]).join() !== placeholders(english[key]).join())
      .forEach((key) => problems.push(`${file}'s ${key} has ${placeholders(strings[key]).join(' ') || 'no parameters'}, the manifest ${placeholders(english[key]).join(' ') || 'none'}`));
  }
  return problems;
}

function componentProblems(root: string, key: keyof typeof COMPONENT_MANIFESTS, expectedId: string, host: string, url: string | undefined): string[] {
  const component = JSON.parse(readFileSync(join(root, COMPONENT_MANIFESTS[key]), 'utf8'));
  const problems: string[] = [];
  if (component.id !== expectedId) problems.push(`${COMPONENT_MANIFESTS[key]} has id ${component.id}, src/teams/teamsApps.ts ${expectedId}`);
  if ((component.supportedHosts || []).indexOf(host) < 0) problems.push(`${COMPONENT_MANIFESTS[key]} does not list ${host} in supportedHosts`);
  if (!url || url.indexOf(`componentId=${component.id}%26`) < 0) problems.push(`the ${host} URL does not open component ${component.id}: ${url}`);
  return problems;
}

function trackerProblems(root: string, manifest: Manifest): string[] {
  const problems: string[] = [];
  const [personal, ...otherStatic] = manifest.staticTabs || [];
  const [channel, ...otherConfigurable] = manifest.configurableTabs || [];
  if (manifest.id !== TRACKER_TEAMS_APP_ID) problems.push(`id is ${manifest.id}, not the My milestones component id ${TRACKER_TEAMS_APP_ID}`);
  if (!personal || otherStatic.length || personal.entityId !== MY_MILESTONES_ENTITY_ID || personal.scopes.join() !== 'personal') {
    problems.push(`staticTabs should be one personal tab with entityId ${MY_MILESTONES_ENTITY_ID}`);
  }
  const personalUrl = `https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${MY_MILESTONES_COMPONENT_ID}%26forceLocale={locale}`;
  if (personal && personal.contentUrl !== personalUrl) problems.push(`the personal tab's contentUrl is ${personal.contentUrl}, not ${personalUrl}`);
  const channelUrl = `https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${DASHBOARD_COMPONENT_ID}%26forceLocale={locale}`;
  if (!channel || otherConfigurable.length || channel.configurationUrl !== channelUrl) problems.push(`configurableTabs should be the dashboard's channel tab at ${channelUrl}`);
  problems.push(...componentProblems(root, 'myMilestones', MY_MILESTONES_COMPONENT_ID, 'TeamsPersonalApp', personal && personal.contentUrl));
  problems.push(...componentProblems(root, 'dashboard', DASHBOARD_COMPONENT_ID, 'TeamsTab', channel && channel.configurationUrl));
  const web = manifest.webApplicationInfo || {};
  if (web.id !== SHAREPOINT_APP_ID || web.resource !== 'https://{teamSiteDomain}') {
    problems.push(`webApplicationInfo is ${JSON.stringify(web)}, not SharePoint's (${SHAREPOINT_APP_ID}, https://{teamSiteDomain})`);
  }
  ['*.sharepoint.com', '*.login.microsoftonline.com'].filter((domain) => (manifest.validDomains || []).indexOf(domain) < 0)
    .forEach((domain) => problems.push(`validDomains lacks ${domain}`));
  if (manifest.activities || manifest.authorization) problems.push('the tracker app declares activities or permissions: those belong to the notifier');
  return problems;
}

function notifierProblems(manifest: Manifest, reminderAppId: string | undefined): string[] {
  const problems: string[] = [];
  if (manifest.id !== NOTIFIER_TEAMS_APP_ID) problems.push(`id is ${manifest.id}, not src/teams/teamsApps.ts's NOTIFIER_TEAMS_APP_ID ${NOTIFIER_TEAMS_APP_ID}`);
  const types = (manifest.activities?.activityTypes || []).map((activity: Manifest) => activity.type);
  if (types.join() !== ACTIVITY_TYPES.join()) problems.push(`activityTypes are ${types.join(', ')}, not src/teams's ${ACTIVITY_TYPES.join(', ')}`);
  const web = manifest.webApplicationInfo || {};
  if (!GUID.test(web.id || '') || web.id === SHAREPOINT_APP_ID || web.id !== reminderAppId) {
    problems.push(`webApplicationInfo.id is ${web.id}, not the reminder job's app id ${reminderAppId}`);
  }
  const permissions = JSON.stringify(manifest.authorization?.permissions?.resourceSpecific);
  if (permissions !== JSON.stringify([{ name: 'TeamsActivity.Send.User', type: 'Application' }])) {
    problems.push(`resource-specific permissions are ${permissions}, not TeamsActivity.Send.User (Application) alone`);
  }
  if (manifest.staticTabs || manifest.configurableTabs) problems.push('the notifier has tabs: its notifications open the tracker app\'s tab');
  return problems;
}

/** Every problem with a built app; `reminderAppId` is the id the notifier must carry. */
export function teamsAppProblems(root: string, app: ITeamsApp, reminderAppId?: string): string[] {
  const manifest = json(app.files['manifest.json']);
  const version = manifest.manifestVersion;
  const problems = schemaValidator(version, 'MicrosoftTeams')(manifest).map((problem) => `manifest.json: ${problem}`);
  if (manifest.$schema !== `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`) problems.push(`$schema ${manifest.$schema} is not that of manifest version ${version}`);
  problems.push(...iconProblems(app, manifest.icons.color, 192, false), ...iconProblems(app, manifest.icons.outline, 32, true));
  problems.push(...localisationProblems({ ...app, manifest }, schemaValidator(version, 'MicrosoftTeams.Localization')));
  problems.push(...(app.name === 'tracker' ? trackerProblems(root, manifest) : notifierProblems(manifest, reminderAppId)));
  return problems;
}
