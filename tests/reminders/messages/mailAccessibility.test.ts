/**
 * @jest-environment node
 */
import { Browser, Page } from 'playwright-core';
import { REMINDER_KINDS, ReminderKind } from '../../../src/domain/reminders/reminderTypes';
import { ReminderLanguage } from '../../../src/reminders/contracts';
import { renderMail } from '../../../src/reminders/messages/renderMail';
import { checkAccessibility } from '../../browser/support/axe';
import { launchBrowser, openPage, screenshot } from '../../browser/support/browser';
import { XSS_PAYLOADS } from '../../support/xssPayloads';
import { DIGESTS, digest, FROM, LINKS, SITE, updateRow } from './digests';

/**
 * The reminder e-mail's HTML in Chromium, as a mail client that shows HTML would: axe finds no
 * WCAG 2.2 AA violation for any kind in English, Welsh or both; at 320 px wide nothing scrolls
 * sideways; and HTML in people's text never runs.
 */

jest.setTimeout(120_000);

const LANGUAGES: Array<[string, ReminderLanguage[]]> = [['English', ['en-GB']], ['Welsh', ['cy-GB']], ['bilingual', ['cy-GB', 'en-GB']]];
const CASES = REMINDER_KINDS.flatMap((kind) => LANGUAGES.map(([name, languages]) => [kind, name, languages] as [ReminderKind, string, ReminderLanguage[]]));

describe('the reminder e-mail in a browser', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(async () => { await browser.close(); });

  async function show(html: string, width: number): Promise<Page> {
    const { page } = await openPage(browser, width, 700);
    await page.setContent(html, { waitUntil: 'load' });
    return page;
  }

  test.each(CASES)('%s, %s: no axe violations (WCAG 2.2 AA)', async (kind, _, languages) => {
    const mail = await renderMail(DIGESTS[kind], { languages, links: LINKS, from: FROM, siteName: SITE });
    const page = await show(mail.html, 1024);
    const result = await checkAccessibility(page);
    expect(result.summary).toBe('no accessibility violations');
    await page.context().close();
  });

  test.each(CASES)('%s, %s: at 320 px wide nothing scrolls sideways', async (kind, name, languages) => {
    const mail = await renderMail(DIGESTS[kind], { languages, links: LINKS, from: FROM, siteName: SITE });
    const page = await show(mail.html, 320);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    if (kind === 'escalationDigest' && name === 'bilingual') await screenshot(page, 'reminder-mail-escalation-bilingual-320');
    await page.context().close();
  });

  test('a long unbroken title and plan name wrap at 320 px', async () => {
    const long = updateRow(1, 'R1.a.2', 'Supercalifragilisticexpialidocious'.repeat(4), 'https://contoso.sharepoint.com/sites/very-long-plan-name', { daysOverdue: 0, daysUntilDue: 7 });
    const mail = await renderMail(digest('updateDueSoon', [long], { updatesDue: '2018-04-12' }), { languages: ['cy-GB', 'en-GB'], links: LINKS, from: FROM, siteName: SITE });
    const page = await show(mail.html, 320);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.context().close();
  });

  test('HTML in titles, names and plans (50 payloads) is shown as text and never runs', async () => {
    const owner = { name: XSS_PAYLOADS[8].html, email: 'x@contoso.gov.uk' };
    const rows = XSS_PAYLOADS.map((payload, i) => updateRow(i + 1, `${i + 1}.a.`, payload.html, XSS_PAYLOADS[(i + 7) % XSS_PAYLOADS.length].html, { daysOverdue: 3, daysUntilDue: 0 }, owner));
    const mail = await renderMail(digest('escalationDigest', rows, { updatesDue: '2018-04-12' }), { languages: ['cy-GB', 'en-GB'], links: LINKS, from: FROM, siteName: SITE });
    const { context, page } = await openPage(browser, 1024);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    await page.addInitScript(() => { (window as unknown as { alert: () => void }).alert = () => { (window as unknown as { __xss: number }).__xss = 1; }; });
    await page.setContent(mail.html, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const verdict = await page.evaluate(() => ({
      canary: (window as unknown as { __xss?: number }).__xss,
      elements: Array.from(document.body.querySelectorAll('*')).map((element) => element.tagName.toLowerCase()),
      titles: Array.from(document.querySelectorAll('li > strong')).map((element) => element.textContent)
    }));
    expect(verdict.canary).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(Array.from(new Set(verdict.elements)).sort()).toEqual(['a', 'br', 'div', 'h1', 'h2', 'hr', 'li', 'p', 'strong', 'ul']);
    // The HTML parser drops NUL characters from text, as it would from any mail client's view.
    const texts = XSS_PAYLOADS.map((payload) => payload.html.replace(/\u0000/g, ''));
    expect(verdict.titles).toEqual([...texts, ...texts]);
    await context.close();
  });
});
