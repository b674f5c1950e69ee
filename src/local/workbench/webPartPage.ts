import { join } from 'path';
import { IsoDate, ReportingPeriod } from '../../domain/model';
import { loadAmdStrings } from './amdStrings';
import { WorkbenchPageConfig } from './client/pageConfig';
import { DemoPerson } from './demoPeople';
import { page } from './pages';

export type PageLanguage = 'en-gb' | 'cy-gb';

const LOC = join(__dirname, '..', '..', 'webparts', 'myUpdates', 'loc');
const cache: Partial<Record<PageLanguage, unknown>> = {};

/** The web part's strings, read from its loc/ files as SharePoint loads them for the page's language. */
export function webPartStrings(language: PageLanguage): unknown {
  if (!cache[language]) cache[language] = loadAmdStrings(join(LOC, `${language}.js`));
  return cache[language];
}

function languageForm(language: PageLanguage): string {
  const option = (value: PageLanguage, label: string): string => `<option value="${value}"${value === language ? ' selected' : ''}>${label}</option>`;
  return `<form method="post" action="/language"><label for="language">Language / Iaith</label>
<select id="language" name="language">${option('en-gb', 'English')}${option('cy-gb', 'Cymraeg')}</select> <button type="submit">Switch / Newid</button></form>`;
}

/** JSON inside a script element: `<` escaped so no text in it can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The My updates web part's page: the real root component, rendered by the client bundle. */
export function myUpdatesPage(user: DemoPerson, period: ReportingPeriod, today: IsoDate, language: PageLanguage, people: readonly DemoPerson[]): string {
  const config: WorkbenchPageConfig = {
    sitePath: '/sites/tracker',
    user: { name: user.title, email: user.email },
    period,
    today,
    strings: webPartStrings(language)
  };
  const body = `${languageForm(language)}
<div id="web-part"></div>
<script type="application/json" id="workbench-config">${scriptJson(config)}</script>
<script src="/workbench/my-updates.js"></script>`;
  const html = page(`My updates · ${user.title}`, body, people, user.email);
  return language === 'cy-gb' ? html.replace('<html lang="en-GB">', '<html lang="cy">') : html;
}
