import MailComposer from 'nodemailer/lib/mail-composer';
import { ReminderLanguage, StoredDigest } from '../contracts';
import { mailHtml } from './mailHtml';
import { mailSection } from './mailSection';
import { mailText } from './mailText';
import { ReminderLinks } from './reminderLinks';

export interface MailOptions {
  /** The e-mail's languages in order: ['cy-GB', 'en-GB'] on a bilingual site (languagesFor). */
  languages: ReminderLanguage[];
  links: ReminderLinks;
  /** The sender mailbox the job sends from. */
  from: { name: string; address: string };
  /** The tracker's name, saying where the reminder comes from. */
  siteName: string;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  /** The whole RFC 822 message, base64, as Graph's sendMail takes MIME. */
  mimeBase64: string;
}

/**
 * A digest as one e-mail with an HTML and a plain-text part, in each of `languages` in turn
 * (the subject "Welsh / English" when bilingual). nodemailer's MailComposer writes the MIME:
 * UTF-8 throughout, headers encoded, so ŵ and ŷ arrive as written.
 */
export async function renderMail(digest: StoredDigest, options: MailOptions): Promise<RenderedMail> {
  if (!options.languages.length) throw new RangeError(`The e-mail for ${digest.key} needs at least one language in "languages".`);
  const sections = options.languages.map((language) => mailSection(digest, language, options.links, options.siteName));
  const subject = sections.map((section) => section.subject).join(' / ');
  const html = mailHtml(sections, subject);
  const text = mailText(sections);
  const composer = new MailComposer({
    from: options.from,
    to: { name: digest.recipient.name, address: digest.recipient.email },
    subject,
    text,
    html,
    headers: {
      'Content-Language': options.languages.join(', '),
      // RFC 3834: an automatic message, so out-of-office replies are not sent back to the mailbox.
      'Auto-Submitted': 'auto-generated'
    }
  });
  const mime = await composer.compile().build();
  return { subject, html, text, mimeBase64: mime.toString('base64') };
}
