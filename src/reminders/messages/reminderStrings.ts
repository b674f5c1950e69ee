import { ReminderKind } from '../../domain/reminders/reminderTypes';
import { PluralForms, pluralForm } from '../../domain/plurals';
import { exportLabels } from '../../report/formats/exportLabels';
import { longDate } from '../../report/formats/reportText';
import { ReminderLanguage } from '../contracts';

/**
 * The words of the reminders (SPEC §4.5) in one language: the e-mail's subject, intro, item
 * details and link, and the Teams notification's topic and preview. English here; Welsh in
 * reminderStringsCy.ts, with the same keys.
 */

/** What a digest's sentences say, worked out once from its rows (digestFacts.ts). */
export interface DigestFacts {
  /** Items in the digest. */
  count: number;
  /** The quarter, as people write it: `Q4 2017-18`, `Ch4 2017-18`. */
  period: string;
  /** Written out: the updates' due date, or the latest due date of a digest's milestones. */
  dueDate: string;
  /** Days until `dueDate` (due soon), or days past it (overdue). */
  days: number;
  /** People whose items an escalation digest lists. */
  owners: number;
}

/** One language's words. Functions take the pieces already written in that language. */
export interface ReminderStrings {
  language: ReminderLanguage;
  /** The tab's name, as Teams and the deep link's label show it. */
  myMilestones: string;
  /** The link's name: where it goes, never "click here". */
  openMyMilestones: string;
  greeting(name: string): string;
  subject: Record<ReminderKind, (facts: DigestFacts) => string>;
  intro: Record<ReminderKind, (facts: DigestFacts) => string>;
  /** An escalation digest's heading over one owner's items. */
  ownerHeading(name: string, count: number): string;
  /** Who owns items when the list names nobody. */
  ownerUnknown: string;
  label: {
    plan: string;
    reference: string;
    dueDate: string;
    /** A change request's row: the deadline it asks to move. */
    currentDeadline: string;
    requestedDate: string;
    requestedBy: string;
  };
  /** After a due date, in brackets: `3 days overdue`, `due in 5 days`. */
  timing: {
    overdue(days: number): string;
    dueToday: string;
    dueIn(days: number): string;
  };
  /** Why the person gets the e-mail, under each section. */
  footer(siteName: string): string;
  date(isoDate: string): string;
  quarter: readonly [string, string, string, string];
  /** `A, B and C`. */
  list(items: readonly string[]): string;
}

const counted = (n: number, forms: PluralForms<string>): string => `${n} ${pluralForm('en-GB', n, forms)}`;
const updates = (n: number): string => counted(n, { one: 'update', other: 'updates' });
const days = (n: number): string => counted(n, { one: 'day', other: 'days' });

function when(facts: DigestFacts): string {
  return facts.days === 0 ? `today, ${facts.dueDate}` : `on ${facts.dueDate}, in ${days(facts.days)}`;
}

function milestonesDueWhen(facts: DigestFacts): string {
  if (facts.days === 0) return `due today, ${facts.dueDate}`;
  if (facts.days === 1) return `due tomorrow, ${facts.dueDate}`;
  return `due in the next ${days(facts.days)}, by ${facts.dueDate}`;
}

function markDone(count: number): string {
  return `Mark ${count === 1 ? 'it' : 'each one'} done in My milestones when it is complete, or ask for a new deadline.`;
}

export const EN_REMINDER_STRINGS: ReminderStrings = {
  language: 'en-GB',
  myMilestones: 'My milestones',
  openMyMilestones: 'Open My milestones',
  greeting: (name) => `Dear ${name},`,
  subject: {
    updateDueSoon: (f) => `Quarterly updates for ${f.period} due on ${f.dueDate}`,
    updateOverdue: (f) => `Quarterly updates for ${f.period} are overdue`,
    milestoneDueSoon: (f) => `Milestones due by ${f.dueDate}`,
    milestoneOverdue: () => 'Milestones past their due date',
    escalationDigest: (f) => `Quarterly updates for ${f.period} missing in the plans you lead`,
    decisionsWaiting: () => 'Deadline change requests waiting for your decision'
  },
  intro: {
    updateDueSoon: (f) => `Your quarterly updates for ${f.period} are due ${when(f)}. ` +
      `You have ${updates(f.count)} still to write.`,
    updateOverdue: (f) => `Your quarterly updates for ${f.period} were due on ${f.dueDate} and are now ${days(f.days)} overdue. ` +
      `You still have ${updates(f.count)} to write.`,
    milestoneDueSoon: (f) => `You have ${counted(f.count, { one: 'milestone', other: 'milestones' })} ${milestonesDueWhen(f)}. ${markDone(f.count)}`,
    milestoneOverdue: (f) => `You have ${counted(f.count, { one: 'milestone', other: 'milestones' })} past the due date and not marked done. ${markDone(f.count)}`,
    escalationDigest: (f) => `Quarterly updates for ${f.period} were due on ${f.dueDate}. In the plans you lead, ` +
      `${updates(f.count)} from ${counted(f.owners, { one: 'person', other: 'people' })} ${f.count === 1 ? 'is' : 'are'} still missing.`,
    decisionsWaiting: (f) => `${counted(f.count, { one: 'deadline change request', other: 'deadline change requests' })} in the plans you lead ` +
      `${f.count === 1 ? 'is' : 'are'} waiting for your decision.`
  },
  ownerHeading: (name, count) => `${name}: ${updates(count)} missing`,
  ownerUnknown: 'Owner not known',
  label: {
    plan: 'Plan',
    reference: 'Reference',
    dueDate: 'Due date',
    currentDeadline: 'Current deadline',
    requestedDate: 'Date asked for',
    requestedBy: 'Asked by'
  },
  timing: {
    overdue: (n) => `${days(n)} overdue`,
    dueToday: 'due today',
    dueIn: (n) => `due in ${days(n)}`
  },
  footer: (siteName) => `You get this reminder because you have work in ${siteName} that needs you. It was sent automatically.`,
  date: (isoDate) => longDate(isoDate, exportLabels('en-GB')),
  quarter: exportLabels('en-GB').quarters,
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`)
};
