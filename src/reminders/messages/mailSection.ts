import { ReminderLanguage, StoredDigest } from '../contracts';
import { digestFacts } from './digestFacts';
import { ItemDetails, itemDetails, itemsByOwner } from './itemDetails';
import { stringsFor } from './reminderLanguage';
import { pageLink, ReminderLinks } from './reminderLinks';

/** One language's part of a reminder e-mail, as words: the HTML and plain-text parts both write it. */
export interface MailSection {
  language: ReminderLanguage;
  subject: string;
  greeting: string;
  intro: string;
  /** The items, under a heading per owner in an escalation digest, in one unheaded group otherwise. */
  groups: Array<{ heading?: string; items: ItemDetails[] }>;
  link: { name: string; url: string };
  footer: string;
}

export function mailSection(digest: StoredDigest, language: ReminderLanguage, links: ReminderLinks, siteName: string): MailSection {
  const strings = stringsFor(language);
  const facts = digestFacts(digest, strings);
  const groups = digest.kind === 'escalationDigest'
    ? itemsByOwner(digest.rows, strings)
    : [{ items: digest.rows.map((row) => itemDetails(row, strings)) }];
  return {
    language,
    subject: strings.subject[digest.kind](facts),
    greeting: strings.greeting(digest.recipient.name),
    intro: strings.intro[digest.kind](facts),
    groups,
    link: { name: strings.openMyMilestones, url: pageLink(digest, strings, links) },
    footer: strings.footer(siteName)
  };
}
