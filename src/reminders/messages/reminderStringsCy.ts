import { PluralForms, pluralForm } from '../../domain/plurals';
import { exportLabels } from '../../report/formats/exportLabels';
import { longDate } from '../../report/formats/reportText';
import { DigestFacts, ReminderStrings } from './reminderStrings';

/**
 * The reminders in Welsh (cy-GB), with the terms of src/components/loc/GLOSSARY-cy.md and the
 * My milestones web part's Welsh strings, so the e-mail says what the tab says.
 * AWAITING REVIEW: these sentences have not yet been checked by a Welsh-language officer; a
 * council's translation unit should review them before the reminders go live.
 *
 * After a numeral the noun is singular and mutates as the spoken number requires (the plural
 * categories pick the forms, as in the report): 2 ddiweddariad, 2 ddiwrnod (soft after dau);
 * 1 garreg, 2 garreg, 6 charreg filltir (feminine); 2 gais, 3 chais, 6 chais; 2 berson, 3 pherson.
 * The verb before a counted noun stays singular ("Mae 3 chais…").
 */

const counted = (n: number, forms: PluralForms<string>, after: string = ''): string => `${n} ${pluralForm('cy', n, forms)}${after}`;
const updates = (n: number): string => counted(n, { two: 'ddiweddariad', other: 'diweddariad' });
const days = (n: number): string => counted(n, { two: 'ddiwrnod', other: 'diwrnod' });
const milestones = (n: number): string => counted(n, { one: 'garreg', two: 'garreg', many: 'charreg', other: 'carreg' }, ' filltir');
const people = (n: number): string => counted(n, { two: 'berson', few: 'pherson', many: 'pherson', other: 'person' });
const requests = (n: number): string => counted(n, { two: 'gais', few: 'chais', many: 'chais', other: 'cais' });
/** "heb ei ysgrifennu" for one update, "heb eu hysgrifennu" for more. */
const unwritten = (n: number): string => (n === 1 ? 'heb ei ysgrifennu' : 'heb eu hysgrifennu');

function when(facts: DigestFacts): string {
  return facts.days === 0 ? `heddiw, ${facts.dueDate}` : `ar ${facts.dueDate}, ymhen ${days(facts.days)}`;
}

function milestonesDueWhen(facts: DigestFacts): string {
  if (facts.days === 0) return `heddiw, ${facts.dueDate}`;
  if (facts.days === 1) return `yfory, ${facts.dueDate}`;
  return `yn ystod y ${days(facts.days)} nesaf, erbyn ${facts.dueDate}`;
}

/** "Marciwch hi'n gyflawn" for one milestone (carreg is feminine), "bob un" for more. */
function markDone(count: number): string {
  return `Marciwch ${count === 1 ? "hi'n" : 'bob un yn'} gyflawn yn Fy ngherrig milltir pan fydd wedi'i chwblhau, neu gofynnwch am ddyddiad cau newydd.`;
}

/**
 * `a` becomes `ac` before a vowel. W and y are vowels in Welsh but often consonants at the start
 * of a name (Wellbeing, Youth), so only `y` before a consonant (Ynys, Ysgol) counts as one.
 */
const and = (next: string): string => (/^([aeiouâêîôûŵŷ]|y[^aeiouwy])/i.test(next) ? 'ac' : 'a');

export const CY_REMINDER_STRINGS: ReminderStrings = {
  language: 'cy-GB',
  myMilestones: 'Fy ngherrig milltir',
  openMyMilestones: 'Agor Fy ngherrig milltir',
  greeting: (name) => `Annwyl ${name},`,
  subject: {
    updateDueSoon: (f) => `Diweddariadau chwarterol ar gyfer ${f.period} yn ddyledus ar ${f.dueDate}`,
    updateOverdue: (f) => `Mae diweddariadau chwarterol ar gyfer ${f.period} yn hwyr`,
    milestoneDueSoon: (f) => `Cerrig milltir yn ddyledus erbyn ${f.dueDate}`,
    milestoneOverdue: () => "Cerrig milltir sydd wedi mynd heibio i'r dyddiad dyledus",
    escalationDigest: (f) => `Diweddariadau chwarterol ar gyfer ${f.period} ar goll yn y cynlluniau rydych yn eu harwain`,
    decisionsWaiting: () => 'Ceisiadau i newid dyddiad cau yn aros am eich penderfyniad'
  },
  intro: {
    updateDueSoon: (f) => `Mae eich diweddariadau chwarterol ar gyfer ${f.period} yn ddyledus ${when(f)}. ` +
      `Mae gennych ${updates(f.count)} ${unwritten(f.count)} eto.`,
    updateOverdue: (f) => `Roedd eich diweddariadau chwarterol ar gyfer ${f.period} yn ddyledus ar ${f.dueDate}, ac maen nhw bellach ${days(f.days)} yn hwyr. ` +
      `Mae gennych ${updates(f.count)} ${unwritten(f.count)} o hyd.`,
    milestoneDueSoon: (f) => `Mae gennych ${milestones(f.count)} sy'n ddyledus ${milestonesDueWhen(f)}. ${markDone(f.count)}`,
    milestoneOverdue: (f) => `Mae gennych ${milestones(f.count)} sydd wedi mynd heibio i'r dyddiad dyledus ` +
      `heb ${f.count === 1 ? 'ei marcio' : 'eu marcio'}'n gyflawn. ${markDone(f.count)}`,
    escalationDigest: (f) => `Roedd diweddariadau chwarterol ar gyfer ${f.period} yn ddyledus ar ${f.dueDate}. ` +
      `Yn y cynlluniau rydych yn eu harwain, mae ${updates(f.count)} gan ${people(f.owners)} ar goll o hyd.`,
    decisionsWaiting: (f) => `Mae ${requests(f.count)} i newid dyddiad cau yn y cynlluniau rydych yn eu harwain yn aros am eich penderfyniad.`
  },
  ownerHeading: (name, count) => `${name}: ${updates(count)} ar goll`,
  ownerUnknown: 'Perchennog heb ei nodi',
  label: {
    plan: 'Cynllun',
    reference: 'Cyfeirnod',
    dueDate: 'Dyddiad dyledus',
    currentDeadline: 'Dyddiad cau presennol',
    requestedDate: 'Y dyddiad y gofynnwyd amdano',
    requestedBy: 'Gofynnwyd gan'
  },
  timing: {
    overdue: (n) => `${days(n)} yn hwyr`,
    dueToday: 'yn ddyledus heddiw',
    dueIn: (n) => `yn ddyledus ymhen ${days(n)}`
  },
  // The site's name in brackets: after "yn" a name would need a nasal mutation no code can make ("yng Nghyngor").
  footer: (siteName) => `Rydych yn cael y nodyn atgoffa hwn oherwydd bod gennych waith sydd angen eich sylw yn y Traciwr Perfformiad (${siteName}). Cafodd ei anfon yn awtomatig.`,
  date: (isoDate) => longDate(isoDate, exportLabels('cy')),
  quarter: exportLabels('cy').quarters,
  list: (items) => (items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${and(items[items.length - 1])} ${items[items.length - 1]}`)
};
