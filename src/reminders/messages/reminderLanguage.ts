import { DirectoryUser, ReminderLanguage } from '../contracts';
import { EN_REMINDER_STRINGS, ReminderStrings } from './reminderStrings';
import { CY_REMINDER_STRINGS } from './reminderStringsCy';

/** How the tracker site is set up for languages (SPEC §4.5). */
export interface SiteLanguages {
  language: ReminderLanguage;
  /** Welsh councils under the Welsh Language Standards: e-mails carry Welsh, then English. */
  bilingual: boolean;
}

/** The reminders' words in one language. */
export function stringsFor(language: ReminderLanguage): ReminderStrings {
  return language === 'cy-GB' ? CY_REMINDER_STRINGS : EN_REMINDER_STRINGS;
}

/** The person's own language from the directory (`cy…` or `en…`), else the site's. */
function ownLanguage(user: DirectoryUser | undefined, site: SiteLanguages): ReminderLanguage {
  const preferred = (user && user.preferredLanguage || '').toLowerCase();
  if (preferred.startsWith('cy')) return 'cy-GB';
  if (preferred.startsWith('en')) return 'en-GB';
  return site.language;
}

/** The languages of a person's e-mail, in order: Welsh then English on a bilingual site. */
export function languagesFor(user: DirectoryUser | undefined, site: SiteLanguages): ReminderLanguage[] {
  return site.bilingual ? ['cy-GB', 'en-GB'] : [ownLanguage(user, site)];
}

/** The language of a person's Teams notification: Teams shows one, so their own even on a bilingual site. */
export function activityLanguageFor(user: DirectoryUser | undefined, site: SiteLanguages): ReminderLanguage {
  return ownLanguage(user, site);
}
