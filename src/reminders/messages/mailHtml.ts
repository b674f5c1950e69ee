import { escapeHtml } from '../../report/formats/escapeHtml';
import { ItemDetails } from './itemDetails';
import { MailSection } from './mailSection';

/**
 * The e-mail's HTML part (WCAG 2.2 AA): the document's and each section's language, a heading per
 * section (and per owner in an escalation), the items as a list with their labels written out,
 * a link named for where it goes, and nothing said by colour alone. Mail clients drop <style>
 * blocks, so every style is inline; no fixed widths, and long words wrap, so it reads at 320 px.
 * Everything a person or an import typed (titles, names, plans) is escaped.
 */

const BODY = "margin:0;padding:16px;background:#ffffff;color:#1f1f1f;font-family:'Segoe UI',Arial,sans-serif;" +
  'font-size:16px;line-height:1.5;overflow-wrap:anywhere;word-wrap:break-word';
const H1 = 'font-size:22px;line-height:1.3;margin:0 0 16px;font-weight:600';
const H2 = 'font-size:18px;line-height:1.3;margin:24px 0 8px;font-weight:600';
const LIST = 'margin:0 0 16px;padding:0 0 0 20px';
const ITEM = 'margin:0 0 12px';
// #005a9e on white is 7.1:1; the underline marks the link without colour.
const LINK = 'color:#005a9e;text-decoration:underline;font-weight:600';
const SMALL = 'font-size:14px;color:#505050;margin:24px 0 0';
const RULE = 'border:0;border-top:1px solid #8a8a8a;margin:32px 0';

const e = escapeHtml;

function itemHtml(item: ItemDetails): string {
  const lines = item.lines.map(([label, value]) => `<br>${e(label)}: ${e(value)}`).join('');
  return `<li style="${ITEM}"><strong>${e(item.title)}</strong>${lines}</li>`;
}

function sectionHtml(section: MailSection): string {
  const groups = section.groups.map((group) =>
    `${group.heading ? `<h2 style="${H2}">${e(group.heading)}</h2>` : ''}<ul style="${LIST}">${group.items.map(itemHtml).join('')}</ul>`);
  return [
    `<div lang="${section.language}">`,
    `<h1 style="${H1}">${e(section.subject)}</h1>`,
    `<p>${e(section.greeting)}</p>`,
    `<p>${e(section.intro)}</p>`,
    ...groups,
    `<p><a href="${e(section.link.url)}" style="${LINK}">${e(section.link.name)}</a></p>`,
    `<p style="${SMALL}">${e(section.footer)}</p>`,
    '</div>'
  ].join('\n');
}

/** The whole HTML document: the sections in order (Welsh first when bilingual), the first one's language as the page's. */
export function mailHtml(sections: readonly MailSection[], subject: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${sections[0].language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(subject)}</title>`,
    '</head>',
    `<body style="${BODY}">`,
    sections.map(sectionHtml).join(`\n<hr style="${RULE}">\n`),
    '</body>',
    '</html>',
    ''
  ].join('\n');
}
