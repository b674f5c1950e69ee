import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * How Teams words an activity feed notification: the notifier app's template for its activity
 * type, in the person's language (the manifest's en-GB text, or cy-gb.json's), with the
 * notification's template parameters put in. The outbox page shows reminders as they would read.
 */

const NOTIFIER_DIR = join(__dirname, '..', '..', '..', 'teams-apps', 'notifier');

interface NotifierTemplates {
  english: Record<string, string>;
  welsh: Record<string, string>;
  /** The app's short name, as the feed shows it by each notification. */
  name: { english: string; welsh: string };
}

let templates: NotifierTemplates | undefined;

function loadTemplates(): NotifierTemplates {
  const manifest = JSON.parse(readFileSync(join(NOTIFIER_DIR, 'manifest.json'), 'utf8')) as {
    name: { short: string };
    activities: { activityTypes: Array<{ type: string; templateText: string }> };
  };
  const welshFile = JSON.parse(readFileSync(join(NOTIFIER_DIR, 'cy-gb.json'), 'utf8')) as Record<string, string>;
  const english: Record<string, string> = {};
  const welsh: Record<string, string> = {};
  manifest.activities.activityTypes.forEach((activity, index) => {
    english[activity.type] = activity.templateText;
    welsh[activity.type] = welshFile[`activities.activityTypes[${index}].templateText`] || activity.templateText;
  });
  return { english, welsh, name: { english: manifest.name.short, welsh: welshFile['name.short'] || manifest.name.short } };
}

/** The notifier app's short name in the person's language: "Tracker reminders". */
export function notifierAppName(welsh: boolean): string {
  templates = templates || loadTemplates();
  return welsh ? templates.name.welsh : templates.name.english;
}

export function notificationText(activityType: string, parameters: ReadonlyArray<{ name: string; value: string }>, welsh: boolean): string {
  templates = templates || loadTemplates();
  const template = (welsh ? templates.welsh : templates.english)[activityType];
  if (!template) return `(${activityType}: not an activity type the notifier app declares)`;
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
    const parameter = parameters.filter((each) => each.name === name)[0];
    return parameter ? parameter.value : whole;
  });
}
