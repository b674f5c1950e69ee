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

const LOC = join(__dirname, '..', '..', 'webparts', 'myUpdates', 'loc');
const COMMON_LOC = join(__dirname, '..', '..', 'components', 'loc');
const cache: Partial<Record<PageLanguage, object>> = {};

/**
 * The web part's strings and the common ones, read from their loc/ files as SharePoint loads
 * them for the page's language, merged as the web part class merges them.
 */
export function webPartStrings(language: PageLanguage): object {
  if (!cache[language]) {
    cache[language] = { ...loadAmdStrings<object>(join(LOC, `${language}.js`)), ...loadAmdStrings<object>(join(COMMON_LOC, `${language}.js`)) };
  }
  return cache[language] as object;
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
export function myUpdatesPage({ user, period, today, now, language, theme, people, clockChangeable }: WebPartPageOptions): string {
  const config: WorkbenchPageConfig = {
    sitePath: '/sites/tracker',
    user: { name: user.title, email: user.email },
    today,
    nowMs: now.getTime(),
    properties: { defaultPlan: '', openPeriod: period ? periodKey(period) : '' },
    strings: webPartStrings(language),
    theme
  };
  const body = `<div class="preferences">${languageForm(language)}${themeForm(theme)}</div>
<div id="web-part"></div>
<script type="application/json" id="workbench-config">${scriptJson(config)}</script>
<script src="/workbench/my-updates.js"></script>`;
  const html = page(`My updates · ${user.title}`, body, { people, current: user.email, today, clockChangeable }).replace('<body>', `<body class="theme-${theme}">`);
  return language === 'cy-gb' ? html.replace('<html lang="en-GB">', '<html lang="cy">') : html;
}
