import { REMINDER_KINDS } from '../../../src/domain/reminders/reminderTypes';
import { DirectoryUser } from '../../../src/reminders/contracts';
import { activityLanguageFor, languagesFor, SiteLanguages, stringsFor } from '../../../src/reminders/messages/reminderLanguage';
import { DigestFacts, EN_REMINDER_STRINGS, ReminderStrings } from '../../../src/reminders/messages/reminderStrings';
import { CY_REMINDER_STRINGS } from '../../../src/reminders/messages/reminderStringsCy';

/** Every string of a strings object by its path, functions called with sample arguments. */
function flatten(strings: ReminderStrings): Record<string, string> {
  const facts: DigestFacts = { count: 2, period: 'Q4 2017-18', dueDate: '12 April 2018', days: 3, owners: 2 };
  const samples: Record<string, unknown[]> = {
    greeting: ['Alex'], ownerHeading: ['Alex', 2], footer: ['Tracker'], date: ['2018-04-12'], list: [['A', 'B']],
    'timing.overdue': [3], 'timing.dueIn': [3]
  };
  const flat: Record<string, string> = {};
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'function') flat[path] = String(value(...(samples[path] || [facts])));
    else if (typeof value === 'string') flat[path] = value;
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value && typeof value === 'object') Object.keys(value).forEach((key) => walk((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  };
  walk(strings, '');
  return flat;
}

describe('the reminder strings', () => {
  const english = flatten(EN_REMINDER_STRINGS);
  const welsh = flatten(CY_REMINDER_STRINGS);

  test('Welsh has every key English has, and no other', () => {
    expect(Object.keys(welsh).sort()).toEqual(Object.keys(english).sort());
    REMINDER_KINDS.forEach((kind) => {
      expect(english).toHaveProperty([`subject.${kind}`]);
      expect(english).toHaveProperty([`intro.${kind}`]);
    });
  });

  test('every Welsh string differs from the English, but for the language-neutral ones', () => {
    const same = Object.keys(english).filter((key) => english[key] === welsh[key]);
    expect(same).toEqual([]);
  });

  test.each<[string, string]>([
    ['en-GB', '12 April 2018'],
    ['cy-GB', '12 Ebrill 2018']
  ])('writes dates as people do in %s', (language, written) => {
    expect(stringsFor(language as 'en-GB' | 'cy-GB').date('2018-04-12')).toBe(written);
  });

  test.each<[string[], string, string]>([
    [[], '', ''],
    [['Corporate Plan'], 'Corporate Plan', 'Corporate Plan'],
    [['Corporate Plan', 'Wellbeing Plan'], 'Corporate Plan and Wellbeing Plan', 'Corporate Plan a Wellbeing Plan'],
    [['A', 'B', 'Economy Plan'], 'A, B and Economy Plan', 'A, B ac Economy Plan'],
    [['Cynllun Corfforaethol', 'Ŵyl'], 'Cynllun Corfforaethol and Ŵyl', 'Cynllun Corfforaethol ac Ŵyl'],
    [['Cynllun Corfforaethol', 'Ynys Môn Plan'], 'Cynllun Corfforaethol and Ynys Môn Plan', 'Cynllun Corfforaethol ac Ynys Môn Plan'],
    [['Cynllun Corfforaethol', 'Youth Plan'], 'Cynllun Corfforaethol and Youth Plan', 'Cynllun Corfforaethol a Youth Plan']
  ])('lists %j', (items, inEnglish, inWelsh) => {
    expect(EN_REMINDER_STRINGS.list(items)).toBe(inEnglish);
    expect(CY_REMINDER_STRINGS.list(items)).toBe(inWelsh);
  });
});

describe('languagesFor', () => {
  const user = (preferredLanguage?: string): DirectoryUser => ({ id: '1', userPrincipalName: 'a@contoso.gov.uk', accountEnabled: true, preferredLanguage });
  const english: SiteLanguages = { language: 'en-GB', bilingual: false };
  const welsh: SiteLanguages = { language: 'cy-GB', bilingual: false };
  const bilingual: SiteLanguages = { language: 'cy-GB', bilingual: true };

  test.each<[string, DirectoryUser | undefined, SiteLanguages, string[], string]>([
    ['a bilingual site, whatever the person prefers', user('en-GB'), bilingual, ['cy-GB', 'en-GB'], 'en-GB'],
    ['a bilingual site, a Welsh speaker', user('cy-GB'), { ...bilingual, language: 'en-GB' }, ['cy-GB', 'en-GB'], 'cy-GB'],
    ['a bilingual site, nobody in the directory', undefined, bilingual, ['cy-GB', 'en-GB'], 'cy-GB'],
    ['Welsh preferred on an English site', user('cy-GB'), english, ['cy-GB'], 'cy-GB'],
    ['Welsh written as "cy"', user('cy'), english, ['cy-GB'], 'cy-GB'],
    ['English preferred on a Welsh site', user('en-US'), welsh, ['en-GB'], 'en-GB'],
    ['upper case', user('CY-GB'), english, ['cy-GB'], 'cy-GB'],
    ['another language: the site\'s', user('fr-FR'), welsh, ['cy-GB'], 'cy-GB'],
    ['no preference: the site\'s', user(undefined), english, ['en-GB'], 'en-GB'],
    ['nobody in the directory: the site\'s', undefined, welsh, ['cy-GB'], 'cy-GB']
  ])('%s', (_, person, site, mail, teams) => {
    expect(languagesFor(person, site)).toEqual(mail);
    expect(activityLanguageFor(person, site)).toBe(teams);
  });
});

test.each<[string, string]>([
  ['en-GB', 'You get this reminder because you have work in Cyngor Sir Ynys Môn Tracker that needs you. It was sent automatically.'],
  ['cy-GB', 'Rydych yn cael y nodyn atgoffa hwn oherwydd bod gennych waith sydd angen eich sylw yn y Traciwr Perfformiad (Cyngor Sir Ynys Môn Tracker). Cafodd ei anfon yn awtomatig.']
])('the footer in %s names the site where no mutation is due', (language, footer) => {
  expect(stringsFor(language as 'en-GB' | 'cy-GB').footer('Cyngor Sir Ynys Môn Tracker')).toBe(footer);
});
