import { ItemDetails } from './itemDetails';
import { MailSection } from './mailSection';

/** The e-mail's plain-text part: the same words as the HTML, in the same order. */

function itemText(item: ItemDetails): string {
  return [`- ${item.title}`, ...item.lines.map(([label, value]) => `  ${label}: ${value}`)].join('\n');
}

function sectionText(section: MailSection): string {
  const groups = section.groups.map((group) => [...(group.heading ? [group.heading] : []), ...group.items.map(itemText)].join('\n\n'));
  return [
    `${section.subject}\n${'='.repeat(Math.min(section.subject.length, 72))}`,
    section.greeting,
    section.intro,
    ...groups,
    `${section.link.name}: ${section.link.url}`,
    section.footer
  ].join('\n\n');
}

export function mailText(sections: readonly MailSection[]): string {
  return `${sections.map(sectionText).join(`\n\n${'-'.repeat(40)}\n\n`)}\n`;
}
