import * as purifyModule from 'dompurify';
import type { Config, DOMPurify as Purifier, UponSanitizeAttributeHookEvent } from 'dompurify';

/**
 * Text that people type or import (progress commentary, often pasted from Word or an old HTML
 * tracker) is sanitised with DOMPurify before it is ever put into the page: a tight allow-list of
 * the formatting such commentary uses, and nothing that can run, load or restyle anything.
 */

/** The only elements kept; anything else is removed and its text kept (scripts and styles go whole). */
const ALLOWED_TAGS: string[] = [
  'p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 'a', 'span',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'
];

/** `href` on links only (see the hooks); `colspan`/`rowspan` keep Word tables readable. */
const ALLOWED_ATTR: string[] = ['href', 'colspan', 'rowspan'];

/** Links may go to web pages and e-mail addresses only: never javascript:, data:, vbscript:, relative. */
const SAFE_URL: RegExp = /^(?:https?|mailto):/i;

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_TEMPLATES: false,
  WHOLE_DOCUMENT: false,
  KEEP_CONTENT: true,
  FORBID_TAGS: ['style', 'script', 'iframe', 'object', 'embed', 'form', 'svg', 'math', 'base', 'meta', 'link', 'template', 'noscript'],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'target', 'rel', 'srcdoc', 'formaction', 'action', 'xlink:href']
};

/**
 * DOMPurify's factory. The SPFx tsconfig has no `allowSyntheticDefaultImports`, so we import the
 * namespace: webpack's ES module namespace and ts-jest's interop both carry the factory as
 * `default`; a plain CommonJS require would be the factory itself.
 */
const createPurifier: Purifier = ((purifyModule as unknown as { default?: Purifier }).default || purifyModule) as Purifier;

let purifier: Purifier | undefined;

/** One DOMPurify instance of our own, so our hooks never change anyone else's sanitiser. */
function getPurifier(): Purifier {
  if (purifier) return purifier;
  if (typeof window === 'undefined' || !window.document) {
    throw new Error('[sanitizeRichText] needs a DOM: it runs in the browser (or a jsdom test).');
  }
  const instance = createPurifier(window);
  instance.addHook('uponSanitizeAttribute', (node: Element, event: UponSanitizeAttributeHookEvent) => {
    // `href` belongs on links; on any other element it is dropped.
    if (event.attrName === 'href' && node.nodeName !== 'A') event.keepAttr = false;
  });
  instance.addHook('afterSanitizeAttributes', (node: Element) => {
    if (node.nodeName !== 'A') return;
    const href = (node.getAttribute('href') || '').trim();
    if (href && SAFE_URL.test(href)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('href');
    }
  });
  purifier = instance;
  return instance;
}

/** The HTML with only safe formatting left: nothing in it can execute or load anything. */
export function sanitizeRichText(html: string): string {
  if (!html) return '';
  return getPurifier().sanitize(html, { ...CONFIG, RETURN_DOM: false, RETURN_DOM_FRAGMENT: false }) as string;
}

const BLOCKS: string[] = ['P', 'LI', 'TR', 'UL', 'OL', 'TABLE', 'THEAD', 'TBODY', 'TFOOT'];

function collectText(node: Node, parts: string[]): void {
  if (node.nodeType === 3) {
    parts.push((node.nodeValue || '').replace(/\s+/g, ' '));
    return;
  }
  const name = node.nodeName;
  if (name === 'BR') {
    parts.push('\n');
    return;
  }
  const block = BLOCKS.indexOf(name) >= 0;
  if (block) parts.push('\n');
  if (name === 'TD' || name === 'TH') parts.push(' ');
  for (let child = node.firstChild; child; child = child.nextSibling) collectText(child, parts);
  if (block) parts.push('\n');
}

/** The text a reader would see in the HTML, with a line break per paragraph, list item and row. */
export function plainText(html: string): string {
  if (!html) return '';
  const fragment = getPurifier().sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  const parts: string[] = [];
  collectText(fragment, parts);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
