/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render } from '@testing-library/react';
import { SafeText } from '../../src/components/SafeText';
import { XSS_PAYLOADS } from '../support/xssPayloads';

interface CanaryWindow {
  __xss?: number;
}
const canary = window as unknown as CanaryWindow;

/** Every event a payload's handler could be waiting for, fired at every element. */
const EVENTS = ['click', 'mouseover', 'focus', 'focusin', 'error', 'load', 'toggle', 'begin'];

function fireEverything(root: Element): void {
  [root, ...Array.from(root.querySelectorAll('*'))].forEach((element) => {
    EVENTS.forEach((type) => element.dispatchEvent(new Event(type, { bubbles: false })));
  });
}

const DANGEROUS_URL = /^(?:javascript|vbscript):|^data:text\/html/i;

/** Problems in a rendered DOM: script elements, on* attributes, script URLs in any attribute. */
function problemsIn(root: Element): string[] {
  const problems: string[] = [];
  Array.from(root.querySelectorAll('*')).forEach((element) => {
    const tag = element.tagName.toLowerCase();
    if (tag === 'script') problems.push('a <script> element');
    Array.from(element.attributes).forEach((attribute) => {
      // Browsers ignore whitespace and control characters in a URL's scheme, so do the same.
      // eslint-disable-next-line no-control-regex
      const url = attribute.value.replace(/[\u0000-\u0020]/g, '');
      if (/^on/i.test(attribute.name)) problems.push(`${tag}[${attribute.name}]`);
      if (DANGEROUS_URL.test(url)) problems.push(`${tag}[${attribute.name}="${attribute.value}"]`);
    });
  });
  return problems;
}

beforeEach(() => {
  canary.__xss = undefined;
  window.alert = () => { canary.__xss = 1; };
});


describe('before DOMPurify has loaded', () => {
  // The first render in this file happens before the sanitiser chunk has arrived: rich text then
  // shows as words, with no element made from the text. (Later renders get the sanitiser.)
  test('rich text with every payload shows only words: no element comes from the text', async () => {
    const { container, findByText } = render(
      <div>
        {XSS_PAYLOADS.map(({ name, html }) => <SafeText key={name} text={html} rich />)}
        <SafeText text={'<p><strong>Done</strong> on time</p>'} rich />
      </div>
    );
    const tags = Array.from(container.querySelectorAll('*')).map((element) => element.tagName.toLowerCase());
    expect(tags.filter((tag) => ['div', 'span', 'br'].indexOf(tag) < 0)).toEqual([]);
    fireEverything(container);
    expect(canary.__xss).toBeUndefined();
    expect(container.textContent).toContain('Done on time');
    // Then DOMPurify arrives and the formatting is shown, still with nothing that can run.
    expect((await findByText('Done')).tagName).toBe('STRONG');
    expect(problemsIn(container)).toEqual([]);
    fireEverything(container);
    expect(canary.__xss).toBeUndefined();
  });
});
