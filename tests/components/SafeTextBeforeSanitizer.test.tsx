/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render } from '@testing-library/react';
import { SafeText } from '../../src/components/SafeText';
import { XSS_PAYLOADS } from '../support/xssPayloads';
import { armCanary, canary, fireEverything, problemsIn } from '../support/domXssChecks';

armCanary();

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
