import { strToU8, unzipSync } from 'fflate';
import { readFileSync } from 'fs';
import { join } from 'path';
import { myMilestonesDeepLink } from '../../src/teams/deepLinks';
import { ACTIVITY_TYPES, MY_MILESTONES_ENTITY_ID, TRACKER_TEAMS_APP_ID } from '../../src/teams/teamsApps';
import { COMPONENT_MANIFESTS, teamsAppProblems } from '../../scripts/teams/checkTeamsApp';
import { colourIcon } from '../../scripts/teams/icons';
import { schemaPath, schemaUrl, schemaValidator, SCHEMA_PACKAGE } from '../../scripts/teams/manifestSchema';
import { pngHeader } from '../../scripts/teams/png';
import {
  buildApp,
  IPackageSettings,
  ITeamsApp,
  ITeamsConfig,
  Manifest,
  packageSettings,
  reminderAppId,
  SHAREPOINT_APP_ID,
  zipApp
} from '../../scripts/teams/teamsAppPackage';

const root = join(__dirname, '..', '..');
const REMINDER_APP = '1b4c2d6e-0000-4000-8000-00000000abcd';
const settings: IPackageSettings = { ...packageSettings(root, {}), reminderAppId: REMINDER_APP };
const readJson = (path: string): Manifest => JSON.parse(readFileSync(join(root, path), 'utf8'));
const json = (bytes: Uint8Array): Manifest => JSON.parse(Buffer.from(bytes).toString('utf8'));
const config: ITeamsConfig = readJson('config/teams.json') as ITeamsConfig;

/** The app with one file replaced by `change` of its parsed JSON. */
function withJson(app: ITeamsApp, file: string, change: (document: Manifest) => void): ITeamsApp {
  const document = json(app.files[file]);
  change(document);
  return { ...app, files: { ...app.files, [file]: strToU8(JSON.stringify(document)) } };
}

describe.each(['tracker', 'notifier'] as const)('the %s Teams app', (name) => {
  const app = buildApp(root, name, settings);

  test('passes every check: schema, icons, ids, webApplicationInfo, languages', () => {
    expect(teamsAppProblems(root, app, REMINDER_APP)).toEqual([]);
  });

  test(`names the published schema of its manifest version, held by ${SCHEMA_PACKAGE}`, () => {
    expect(app.manifest.manifestVersion).toBe('1.30');
    expect(app.manifest.$schema).toBe(schemaUrl('1.30', 'MicrosoftTeams'));
    expect(json(app.files['cy-gb.json']).$schema).toBe(schemaUrl('1.30', 'MicrosoftTeams.Localization'));
    expect(readFileSync(schemaPath('1.30', 'MicrosoftTeams'), 'utf8')).toContain('"const": "1.30"');
    expect(readJson('package.json').devDependencies[SCHEMA_PACKAGE]).toBe('1.1.2');
  });

  test('zips its five files at the top level, the same bytes every time', () => {
    const zip = zipApp(app);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'cy-gb.json', 'en-gb.json', 'manifest.json', 'outline.png']);
    expect(json(entries['manifest.json'])).toEqual(app.manifest);
    expect(pngHeader(entries['color.png'])).toMatchObject({ width: 192, height: 192 });
    expect(pngHeader(entries['outline.png'])).toMatchObject({ width: 32, height: 32, colourType: 6 });
    expect(Buffer.compare(Buffer.from(zipApp(buildApp(root, name, settings))), Buffer.from(zip))).toBe(0);
  });

  test('carries package.json\'s version and config/teams.json\'s developer', () => {
    expect(app.manifest.version).toBe(readJson('package.json').version);
    expect(app.manifest.developer).toEqual(config.developer);
  });

  test('has its default language file written from the manifest, and Welsh for every string', () => {
    const english = json(app.files['en-gb.json']);
    const welsh = json(app.files['cy-gb.json']);
    expect(english['name.short']).toBe(app.manifest.name.short);
    expect(Object.keys(welsh).sort()).toEqual(Object.keys(english).sort());
    Object.keys(english).filter((key) => key !== '$schema').forEach((key) => expect(welsh[key]).not.toBe(english[key]));
  });

  test.each<[string, string, (document: Manifest) => void, RegExp]>([
    ['an app id that is not a GUID', 'manifest.json', (m) => { m.id = 'tracker'; }, /manifest\.json: \.id should match pattern/],
    ['a property the schema does not know', 'manifest.json', (m) => { m.packageName = 'x'; }, /should NOT have additional properties/],
    ['a short name over 30 characters', 'manifest.json', (m) => { m.name.short = 'x'.repeat(31); }, /\.name\.short should NOT be longer than 30/],
    ['a Welsh short name over 30 characters', 'cy-gb.json', (m) => { m['name.short'] = 'x'.repeat(31); }, /cy-gb\.json: \['name\.short'\] should NOT be longer than 30/],
    ['a Welsh string missing', 'cy-gb.json', (m) => { delete m['description.short']; }, /cy-gb\.json has no description\.short/],
    ['a Welsh string the manifest does not have', 'cy-gb.json', (m) => { m['staticTabs[3].name'] = 'Tab'; }, /has staticTabs\[3\]\.name, which the manifest does not/],
    ['no Welsh language', 'manifest.json', (m) => { m.localizationInfo.additionalLanguages = []; }, /not en-gb by default \(en-gb\.json\) with cy-gb/]
  ])('is refused with %s', (_, file, change, problem) => {
    expect(teamsAppProblems(root, withJson(app, file, change), REMINDER_APP).join('\n')).toMatch(problem);
  });

  test.each<[string, string, Uint8Array, RegExp]>([
    ['a colour icon as the outline', 'outline.png', colourIcon('flag'), /outline\.png is 192×192, not 32×32/],
    ['a colour icon that is not white on transparent', 'outline.png', colourIcon('flag'), /neither white nor transparent/],
    ['an outline as the colour icon', 'color.png', buildApp(root, name, settings).files['outline.png'], /color\.png is 32×32, not 192×192/]
  ])('is refused with %s', (_, file, bytes, problem) => {
    expect(teamsAppProblems(root, { ...app, files: { ...app.files, [file]: bytes } }, REMINDER_APP).join('\n')).toMatch(problem);
  });
});

describe('the tracker app', () => {
  const app = buildApp(root, 'tracker', settings);

  test('is the My milestones component: its id, and its personal tab opens that component', () => {
    const component = readJson(COMPONENT_MANIFESTS.myMilestones);
    expect(component.supportedHosts).toEqual(expect.arrayContaining(['TeamsPersonalApp', 'TeamsTab']));
    expect(app.manifest.id).toBe(component.id);
    expect(app.manifest.staticTabs[0].contentUrl).toContain(`teamshostedapp.aspx%3Fteams%26personal%26componentId=${component.id}%26`);
  });

  test('opens the dashboard as a channel tab, its property pane open to configure it', () => {
    const dashboard = readJson(COMPONENT_MANIFESTS.dashboard);
    expect(app.manifest.configurableTabs).toEqual([expect.objectContaining({ scopes: ['team'], canUpdateConfiguration: true })]);
    expect(app.manifest.configurableTabs[0].configurationUrl).toContain(`openPropertyPane=true%26teams%26componentId=${dashboard.id}%26`);
  });

  test('leaves the tenant to Teams: {teamSiteDomain}, {teamSitePath} and {locale} are not filled in', () => {
    const text = JSON.stringify(app.manifest);
    expect(text).not.toMatch(/[a-z0-9-]+\.sharepoint\.com\//);
    expect(app.manifest.webApplicationInfo).toEqual({ id: SHAREPOINT_APP_ID, resource: 'https://{teamSiteDomain}' });
    expect(app.manifest.staticTabs[0].contentUrl).toMatch(/^https:\/\/\{teamSiteDomain\}\/_layouts\/15\/TeamsLogon\.aspx\?SPFX=true&dest=.*forceLocale=\{locale\}$/);
  });

  test('is where the reminder job\'s deep links go', () => {
    const link = new URL(myMilestonesDeepLink({ teamsAppId: TRACKER_TEAMS_APP_ID, label: 'My milestones' }, { activity: 'updateOverdue', milestoneIds: [], actionIds: [1] }));
    expect(link.pathname).toBe(`/l/entity/${app.manifest.id}/${app.manifest.staticTabs[0].entityId}`);
    expect(app.manifest.staticTabs[0].entityId).toBe(MY_MILESTONES_ENTITY_ID);
  });

  test.each<[string, (document: Manifest) => void, RegExp]>([
    ['another app id', (m) => { m.id = '11111111-1111-4111-8111-111111111111'; }, /not the My milestones component id/],
    ['the personal tab on another component', (m) => { m.staticTabs[0].contentUrl = m.staticTabs[0].contentUrl.replace('f8a2d087', 'a8a2d087'); }, /the TeamsPersonalApp URL does not open component f8a2d087/],
    ['webApplicationInfo not SharePoint\'s', (m) => { m.webApplicationInfo.id = REMINDER_APP; }, /not SharePoint's/],
    ['activity types', (m) => { m.activities = { activityTypes: [] }; }, /belong to the notifier/]
  ])('is refused with %s', (_, change, problem) => {
    expect(teamsAppProblems(root, withJson(app, 'manifest.json', change)).join('\n')).toMatch(problem);
  });
});

describe('the notifier app', () => {
  const app = buildApp(root, 'notifier', settings);

  test('declares the activity types src/teams names, with their parameters in both languages', () => {
    expect(app.manifest.activities.activityTypes.map((activity: Manifest) => activity.type)).toEqual([...ACTIVITY_TYPES]);
    const welsh = json(app.files['cy-gb.json']);
    app.manifest.activities.activityTypes.forEach((activity: Manifest, i: number) => {
      expect(activity.templateText).toMatch(/\{count\}/);
      expect((welsh[`activities.activityTypes[${i}].templateText`].match(/\{\w+\}/g) || []).sort()).toEqual((activity.templateText.match(/\{\w+\}/g) || []).sort());
    });
  });

  test('is the reminder job\'s Entra app, with resource-specific consent to send to its users\' feeds', () => {
    expect(app.manifest.webApplicationInfo.id).toBe(REMINDER_APP);
    expect(app.manifest.authorization.permissions.resourceSpecific).toEqual([{ name: 'TeamsActivity.Send.User', type: 'Application' }]);
  });

  test('is not built without the reminder app id, and says which setting to set', () => {
    expect(() => buildApp(root, 'notifier', { ...settings, reminderAppId: undefined })).toThrow(/set TRACKER_REMINDER_APP_ID or "reminderAppId" in config\/teams\.json/);
  });

  test.each<[string, (document: Manifest) => void, RegExp]>([
    ['an activity type src/teams does not name', (m) => { m.activities.activityTypes[0].type = 'updateDue'; }, /activityTypes are updateDue,.*not src\/teams's updateDueSoon/],
    ['a template over 128 characters', (m) => { m.activities.activityTypes[0].templateText = 'x'.repeat(129); }, /templateText should NOT be longer than 128/],
    ['SharePoint as its Entra app', (m) => { m.webApplicationInfo.id = SHAREPOINT_APP_ID; }, /not the reminder job's app id/],
    ['the Graph permission tenant-wide instead of RSC', (m) => { m.authorization.permissions.resourceSpecific = [{ name: 'TeamsActivity.Send', type: 'Application' }]; }, /not TeamsActivity\.Send\.User/]
  ])('is refused with %s', (_, change, problem) => {
    expect(teamsAppProblems(root, withJson(app, 'manifest.json', change), REMINDER_APP).join('\n')).toMatch(problem);
  });

  test('is refused when a Welsh template loses a parameter', () => {
    const broken = withJson(app, 'cy-gb.json', (m) => { m['activities.activityTypes[2].templateText'] = 'Cerrig milltir: {count}'; });
    expect(teamsAppProblems(root, broken, REMINDER_APP).join('\n')).toMatch(/cy-gb\.json's activities\.activityTypes\[2\]\.templateText has \{count\}, the manifest \{count\} \{dueDate\}/);
  });
});

describe('the reminder job\'s app id (TRACKER_REMINDER_APP_ID, else config/teams.json reminderAppId)', () => {
  const ID = '0f8e7d6c-5b4a-4938-8271-605f4e3d2c1b';
  test.each<[string, Record<string, string>, string, string | undefined]>([
    ['neither set', {}, '', undefined],
    ['only config', {}, ID, ID],
    ['only the environment', { TRACKER_REMINDER_APP_ID: ID }, '', ID],
    ['the environment over config', { TRACKER_REMINDER_APP_ID: ID }, REMINDER_APP, ID],
    ['upper case, with spaces', { TRACKER_REMINDER_APP_ID: ` ${ID.toUpperCase()} ` }, '', ID]
  ])('%s', (_, env, fromConfig, expected) => {
    expect(reminderAppId(env, { ...config, reminderAppId: fromConfig })).toBe(expected);
  });

  test.each<[string, Record<string, string>, string, RegExp]>([
    ['a name in the environment', { TRACKER_REMINDER_APP_ID: 'tracker-reminders' }, '', /TRACKER_REMINDER_APP_ID environment variable is "tracker-reminders", not an Entra app \(client\) id/],
    ['a truncated id in config', {}, ID.slice(0, 30), /"reminderAppId" in config\/teams\.json is .* not an Entra app/],
    ['SharePoint\'s id', { TRACKER_REMINDER_APP_ID: SHAREPOINT_APP_ID }, '', /SharePoint's own app id/]
  ])('refuses %s, saying which setting', (_, env, fromConfig, message) => {
    expect(() => reminderAppId(env, { ...config, reminderAppId: fromConfig })).toThrow(message);
  });

  test('is unset in the repository (each tenant has its own)', () => {
    expect(config.reminderAppId).toBe('');
  });
});

describe('the schema validator', () => {
  const welsh = { 'name.short': 'Traciwr', 'description.short': 'Byr', 'description.full': 'Llawn' };
  const validate = schemaValidator('1.30', 'MicrosoftTeams.Localization');

  test('accepts a localisation file with the strings Teams requires', () => {
    expect(validate(welsh)).toEqual([]);
  });

  test.each<[string, Record<string, string>, RegExp]>([
    ['an empty string', { ...welsh, 'name.short': '' }, /\['name\.short'\] should match pattern/],
    ['no full description', { 'name.short': 'Traciwr', 'description.short': 'Byr' }, /required property 'description\.full'/]
  ])('refuses %s', (_, strings, problem) => {
    expect(validate(strings).join('\n')).toMatch(problem);
  });

  test('is the same validator for the same schema (compiled once)', () => {
    expect(schemaValidator('1.30', 'MicrosoftTeams.Localization')).toBe(validate);
  });
});
