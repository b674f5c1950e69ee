import { join } from 'path';
import { HOST_THEME_NAMES, HostThemeName } from '../../components/theme/hostThemes';
import { IsoDate, ReportingPeriod } from '../../domain/model';
import { periodKey } from '../../domain/periods';
import { loadAmdStrings } from './amdStrings';
import { WorkbenchPageConfig } from './client/pageConfig';
import { PageLanguage } from './cookies';
import { DemoPerson } from './demoPeople';
import { page } from './pages';

export type { PageLanguage } from './cookies';

/** The web parts the workbench hosts, by their folder under src/webparts. */
export type WorkbenchWebPart = 'myUpdates' | 'dashboard' | 'trackerSetup' | 'myMilestones';

/** Whether the web part's class merges the common strings into its own (Tracker setup needs none of them). */
const WITH_COMMON_STRINGS: Record<WorkbenchWebPart, boolean> = { myUpdates: true, dashboard: true, trackerSetup: false, myMilestones: true };

/** Strings a web part shows besides its own: My milestones reuses My updates' forms, and the class merges both. */
const ALSO_LOADS: Partial<Record<WorkbenchWebPart, WorkbenchWebPart>> = { myMilestones: 'myUpdates' };

const COMMON_LOC = join(__dirname, '..', '..', 'components', 'loc');
const cache: Record<string, object> = {};

/**
 * The web part's strings and the common ones, read from their loc/ files as SharePoint loads
 * them for the page's language, merged as the web part class merges them.
 */
export function webPartStrings(language: PageLanguage, webPart: WorkbenchWebPart = 'myUpdates'): object {
  const key = `${webPart}/${language}`;
  if (!cache[key]) {
    const loc = (folder: WorkbenchWebPart): string => join(__dirname, '..', '..', 'webparts', folder, 'loc', `${language}.js`);
    const also = ALSO_LOADS[webPart];
    const common = WITH_COMMON_STRINGS[webPart] ? loadAmdStrings<object>(join(COMMON_LOC, `${language}.js`)) : {};
    cache[key] = { ...(also ? loadAmdStrings<object>(loc(also)) : {}), ...loadAmdStrings<object>(loc(webPart)), ...common };
  }
  return cache[key];
}

function languageForm(language: PageLanguage): string {
  const option = (value: PageLanguage, label: string): string => `<option value="${value}"${value === language ? ' selected' : ''}>${label}</option>`;
  return `<form method="post" action="/language"><label for="language">Language / Iaith</label>
<select id="language" name="language">${option('en-gb', 'English')}${option('cy-gb', 'Cymraeg')}</select> <button type="submit">Switch / Newid</button></form>`;
}

const THEME_LABELS: Record<HostThemeName, string> = { default: 'Default', dark: 'Dark', contrast: 'High contrast' };

/** The host's theme, as a Teams tab would be given it: the web part follows it. */
function themeForm(theme: HostThemeName): string {
  const options = HOST_THEME_NAMES.map((name) => `<option value="${name}"${name === theme ? ' selected' : ''}>${THEME_LABELS[name]}</option>`).join('');
  return `<form method="post" action="/theme"><label for="theme">Theme</label>
<select id="theme" name="theme">${options}</select> <button type="submit">Switch</button></form>`;
}

/** JSON inside a script element: `<` escaped so no text in it can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface WebPartPageOptions {
  user: DemoPerson;
  /** A period the address asked for; else the web part's own default (the quarter just ended). */
  period?: ReportingPeriod;
  today: IsoDate;
  /** The instant on local mode's clock. */
  now: Date;
  language: PageLanguage;
  theme: HostThemeName;
  people: readonly DemoPerson[];
  clockChangeable: boolean;
}

/** The My updates web part's page: the real root component, rendered by the client bundle with the props its SPFx class would give. */
export function myUpdatesPage(options: WebPartPageOptions): string {
  const properties = { defaultPlan: '', openPeriod: options.period ? periodKey(options.period) : '' };
  return webPartPage(options, 'myUpdates', properties, `My updates · ${options.user.title}`, '/workbench/my-updates.js');
}

/**
 * Local mode's home: the dashboard web part, on the plan and quarter the address names (old
 * `/plan?title=…&year=…&quarter=…` links open it there), else the plan's current quarter.
 */
export function dashboardPage(options: WebPartPageOptions & { plan?: string }): string {
  const properties = { plan: options.plan || '', objective: '', period: options.period ? periodKey(options.period) : '' };
  return webPartPage(options, 'dashboard', properties, `Dashboard · ${options.user.title}`, '/workbench/dashboard.js');
}

/** The Tracker setup web part (SPEC §5.5): which of the tracker's lists, columns and indexes the site has ready. */
export function trackerSetupPage(options: WebPartPageOptions): string {
  return webPartPage(options, 'trackerSetup', {}, `Tracker setup · ${options.user.title}`, '/workbench/tracker-setup.js');
}

/**
 * My milestones as a Teams tab or personal app shows it: the theme switch plays Teams' theme, and
 * `?subEntityId=` plays the sub-entity id of a reminder's deep link.
 */
export function myMilestonesPage(options: WebPartPageOptions & { subEntityId?: string }): string {
  return webPartPage(options, 'myMilestones', {}, `My milestones · ${options.user.title}`, '/workbench/my-milestones.js', options.subEntityId);
}

function webPartPage(options: WebPartPageOptions, webPart: WorkbenchWebPart, properties: Record<string, string>, title: string, script: string, subEntityId?: string): string {
  const { user, today, now, language, theme, people, clockChangeable } = options;
  const config: WorkbenchPageConfig = {
    sitePath: '/sites/tracker',
    user: { name: user.title, email: user.email },
    today,
    nowMs: now.getTime(),
    properties,
    strings: webPartStrings(language, webPart),
    theme,
    subEntityId
  };
  const body = `<div class="preferences">${languageForm(language)}${themeForm(theme)}</div>
<div id="web-part"></div>
<script type="application/json" id="workbench-config">${scriptJson(config)}</script>
<script src="${script}"></script>`;
  const html = page(title, body, { people, current: user.email, today, clockChangeable }).replace('<body>', `<body class="theme-${theme}">`);
  return language === 'cy-gb' ? html.replace('<html lang="en-GB">', '<html lang="cy">') : html;
}
