import { simpleParser } from 'mailparser';
import { ReminderLanguage } from '../../../src/reminders/contracts';
import { renderMail } from '../../../src/reminders/messages/renderMail';
import { parseMyMilestonesFocus } from '../../../src/teams/deepLinks';
import { DIGESTS, digest, FROM, LINKS, milestoneRow, SITE, updateRow } from './digests';

const options = (languages: ReminderLanguage[]) => ({ languages, links: LINKS, from: FROM, siteName: SITE });

describe('renderMail', () => {
  test('is one MIME message that parses back to the same subject, HTML and text, UTF-8 intact, with two alternatives', async () => {
    const mail = await renderMail(DIGESTS.escalationDigest, options(['cy-GB', 'en-GB']));
    const raw = Buffer.from(mail.mimeBase64, 'base64');
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.html).toBe(mail.html);
    expect(parsed.text).toBe(mail.text);
    expect(parsed.text).toContain('Bethan Ŷ: 2 ddiweddariad ar goll');
    expect(parsed.from?.value).toEqual([{ name: 'Performance Tracker', address: 'tracker@contoso.gov.uk' }]);
    expect(parsed.to && !Array.isArray(parsed.to) && parsed.to.value).toEqual([{ name: 'Alex Jones', address: 'alex.jones@contoso.gov.uk' }]);
    expect(parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(parsed.headers.get('content-language')).toBe('cy-GB, en-GB');
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    const parts = raw.toString('latin1').match(/^Content-Type: text\/(plain|html); charset=utf-8$/gm);
    expect(parts).toEqual(['Content-Type: text/plain; charset=utf-8', 'Content-Type: text/html; charset=utf-8']);
  });

  test('a bilingual e-mail is "Welsh / English", the Welsh section first, each with its own lang', async () => {
    const mail = await renderMail(DIGESTS.updateOverdue, options(['cy-GB', 'en-GB']));
    expect(mail.subject).toBe('Mae diweddariadau chwarterol ar gyfer Ch4 2017-18 yn hwyr / Quarterly updates for Q4 2017-18 are overdue');
    expect(mail.html).toMatch(/<html lang="cy-GB">/);
    const welsh = mail.html.indexOf('<div lang="cy-GB">');
    const english = mail.html.indexOf('<div lang="en-GB">');
    expect(welsh).toBeGreaterThan(0);
    expect(english).toBeGreaterThan(welsh);
    expect(mail.html.indexOf('Roedd eich diweddariadau')).toBeGreaterThan(welsh);
    expect(mail.html.indexOf('Roedd eich diweddariadau')).toBeLessThan(english);
    expect(mail.text.indexOf('Annwyl Alex Jones,')).toBeLessThan(mail.text.indexOf('Dear Alex Jones,'));
    expect(mail.text.indexOf('Agor Fy ngherrig milltir: ')).toBeLessThan(mail.text.indexOf('Open My milestones: '));
  });

  test.each<[ReminderLanguage, string]>([
    ['en-GB', 'Quarterly updates for Q4 2017-18 are overdue'],
    ['cy-GB', 'Mae diweddariadau chwarterol ar gyfer Ch4 2017-18 yn hwyr']
  ])('in %s alone, one section and that language\'s subject', async (language, subject) => {
    const mail = await renderMail(DIGESTS.updateOverdue, options([language]));
    expect(mail.subject).toBe(subject);
    expect(mail.html).toContain(`<html lang="${language}">`);
    expect(mail.html.match(/<div lang=/g)).toHaveLength(1);
    expect(mail.html.match(/<h1 /g)).toHaveLength(1);
  });

  test('the plain text carries what the HTML does: greeting, intro, each item, the link and why', async () => {
    const mail = await renderMail(DIGESTS.decisionsWaiting, options(['en-GB']));
    const link = `${LINKS.myMilestonesPageUrl}?subEntityId=decisionsWaiting`;
    expect(mail.text).toBe([
      'Deadline change requests waiting for your decision',
      '='.repeat('Deadline change requests waiting for your decision'.length),
      '',
      'Dear Alex Jones,',
      '',
      '2 deadline change requests in the plans you lead are waiting for your decision.',
      '',
      '- Resurface the A55 slip road',
      '  Plan: Corporate Plan',
      '  Reference: 3.c.',
      '  Current deadline: 30 April 2018 (due in 18 days)',
      '  Date asked for: 30 June 2018',
      '  Asked by: Siân Ŵyn',
      '',
      '- Publish the Welsh language strategy',
      '  Plan: Corporate Plan',
      '  Reference: 4.a.',
      '  Current deadline: 30 April 2018 (due in 18 days)',
      '  Date asked for: 30 June 2018',
      '  Asked by: Siân Ŵyn',
      '',
      `Open My milestones: ${link}`,
      '',
      'You get this reminder because you have work in Cyngor Ynys Môn Performance Tracker that needs you. It was sent automatically.',
      ''
    ].join('\n'));
    expect(mail.html).toContain(`<a href="${link}" style="color:#005a9e;text-decoration:underline;font-weight:600">Open My milestones</a>`);
  });

  test('links to the My milestones page with the digest\'s focus as ?subEntityId=, encoded', async () => {
    const mail = await renderMail(DIGESTS.milestoneDueSoon, options(['en-GB']));
    const href = (mail.html.match(/<a href="([^"]+)"/) as RegExpMatchArray)[1].replace(/&amp;/g, '&');
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe(LINKS.myMilestonesPageUrl);
    expect(href).toContain('subEntityId=milestoneDueSoon%3Bm%3D40.12');
    expect(parseMyMilestonesFocus(url.searchParams.get('subEntityId') || undefined)).toEqual({ activity: 'milestoneDueSoon', milestoneIds: [40, 12], actionIds: [], more: false });
  });

  test('adds the focus to a page address that has a query already', async () => {
    const mail = await renderMail(DIGESTS.updateOverdue, { ...options(['en-GB']), links: { ...LINKS, myMilestonesPageUrl: 'https://contoso.sharepoint.com/sites/t/SitePages/Home.aspx?env=Embedded' } });
    expect(mail.text).toContain('Open My milestones: https://contoso.sharepoint.com/sites/t/SitePages/Home.aspx?env=Embedded&subEntityId=updateOverdue%3Ba%3D7.9');
  });

  test('HTML in a title, a name or a plan is shown as text, never markup', async () => {
    const owner = { name: '<img src=x onerror=alert(1)>', email: 'x@contoso.gov.uk' };
    const row = updateRow(1, '1.a.', '<script>alert("title")</script> & <b>bold</b>', '<a href="https://evil.example">Plan</a>', { daysOverdue: 3, daysUntilDue: 0 }, owner);
    const evil = digest('escalationDigest', [row], { updatesDue: '2018-04-12', recipient: { email: 'lead@contoso.gov.uk', name: '"Lead" <i>x</i>' } });
    const mail = await renderMail(evil, { ...options(['cy-GB', 'en-GB']), siteName: 'Tracker <u>site</u>' });
    expect(mail.html).not.toMatch(/<script|<img|<b>|<i>|<u>|href="https:\/\/evil/);
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;: 1 update missing');
    expect(mail.html).toContain('Annwyl &quot;Lead&quot; &lt;i&gt;x&lt;/i&gt;,');
    expect(mail.text).toContain('- <script>alert("title")</script> & <b>bold</b>');
  });

  test('refuses an e-mail in no language, naming the option', async () => {
    await expect(renderMail(DIGESTS.updateOverdue, options([]))).rejects.toThrow(/needs at least one language in "languages"/);
  });

  test('a 2,000-item digest still has a link of bounded length', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => milestoneRow(10000 + i, '1.a.', `Milestone ${i}`, '2018-04-19', { daysOverdue: 0, daysUntilDue: 7 }));
    const mail = await renderMail(digest('milestoneDueSoon', rows), options(['en-GB']));
    const link = (mail.text.match(/Open My milestones: (\S+)/) as RegExpMatchArray)[1];
    expect(link.length).toBeLessThan(LINKS.myMilestonesPageUrl.length + 1024);
    expect(link).toMatch(/%3Bmore$/);
  }, 20_000);
});
