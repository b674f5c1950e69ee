/** jsdom checks that text shown from people and imports cannot run: a canary, events, attributes. */

interface CanaryWindow {
  __xss?: number;
}
export const canary = window as unknown as CanaryWindow;

/** Every event a payload's handler could be waiting for, fired at every element. */
const EVENTS = ['click', 'mouseover', 'focus', 'focusin', 'error', 'load', 'toggle', 'begin'];

export function fireEverything(root: Element): void {
  [root, ...Array.from(root.querySelectorAll('*'))].forEach((element) => {
    EVENTS.forEach((type) => element.dispatchEvent(new Event(type, { bubbles: false })));
  });
}

const DANGEROUS_URL = /^(?:javascript|vbscript):|^data:text\/html/i;

/** Problems in a rendered DOM: script elements, on* attributes, script URLs in any attribute. */
export function problemsIn(root: Element): string[] {
  const problems: string[] = [];
  Array.from(root.querySelectorAll('*')).forEach((element) => {
    const tag = element.tagName.toLowerCase();
    if (tag === 'script') problems.push('a <script> element');
    Array.from(element.attributes).forEach((attribute) => {
      // Browsers ignore whitespace and control characters in a URL's scheme, so do the same.
      // eslint-disable-next-line no-control-regex
      const url = attribute.value.replace(/[\u0000-\u0020]/g, '');
      if (attribute.name.toLowerCase().indexOf('on') === 0) problems.push(`${tag}[${attribute.name}]`);
      if (DANGEROUS_URL.exec(url) !== null) problems.push(`${tag}[${attribute.name}="${attribute.value}"]`);
    });
  });
  return problems;
}

/** Before each test: the canary is reset, and alert() (what most payloads call) sets it. */
export function armCanary(): void {
  beforeEach(() => {
    canary.__xss = undefined;
    window.alert = () => { canary.__xss = 1; };
  });
}
