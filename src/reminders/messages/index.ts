export { renderActivity, MAX_PREVIEW_LENGTH, TEMPLATE_PARAMETERS } from './renderActivity';
export { renderMail } from './renderMail';
export type { MailOptions, RenderedMail } from './renderMail';
export { activityLanguageFor, languagesFor, stringsFor } from './reminderLanguage';
export type { SiteLanguages } from './reminderLanguage';
export type { ReminderLinks } from './reminderLinks';
export type { DigestFacts, ReminderStrings } from './reminderStrings';
