/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render } from '@testing-library/react';
import { preloadSanitizer, SafeText } from '../../src/components/SafeText';
import { plainText, sanitizeRichText } from '../../src/components/SafeText/sanitizeRichText';
import { XSS_PAYLOADS } from '../support/xssPayloads';
import { armCanary, canary, fireEverything, problemsIn } from '../support/domXssChecks';

armCanary();

beforeAll(() => preloadSanitizer());

describe('the canary', () => {
  test('is set when a handler does run, so the tests below would notice', () => {
    const unsafe = document.createElement('div');
    unsafe.innerHTML = '<p onclick="window.__xss=1">x</p><span onmouseover="alert(1)">y</span>';
    fireEverything(unsafe);
    expect(canary.__xss).toBe(1);
    expect(problemsIn(unsafe)).toEqual(['p[onclick]', 'span[onmouseover]']);
  });
});

describe('SafeText with XSS payloads', () => {
  test('there are 50 payloads', () => {
    expect(XSS_PAYLOADS).toHaveLength(50);
  });

  test.each(XSS_PAYLOADS)('rich: $name is rendered harmless', ({ html }) => {
    const { container } = render(<SafeText text={html} rich />);
    fireEverything(container);
    expect(problemsIn(container)).toEqual([]);
    expect(canary.__xss).toBeUndefined();
    // Stable: sanitising the output again changes nothing (no mutation on re-parse).
    const once = sanitizeRichText(html);
    expect(sanitizeRichText(once)).toBe(once);
  });

  test.each(XSS_PAYLOADS)('plain: $name is shown as text', ({ html }) => {
    const { container } = render(<SafeText text={html} />);
    fireEverything(container);
    expect(problemsIn(container)).toEqual([]);
    expect(canary.__xss).toBeUndefined();
    expect(Array.from(container.querySelectorAll('*')).map((element) => element.tagName)).toEqual(['SPAN']);
    expect(container.textContent).toBe(html);
  });
});

const WORD_PASTE = `<p class="MsoNormal" style="margin:0cm"><b>Progress:</b> the consultation closed on
<span style="color:red">12 March</span>.<o:p></o:p></p>
<ul style="margin-top:0cm"><li class="MsoListParagraph">Draft <strong>agreed</strong> by Cabinet</li><li><em>Training</em> for <u>all</u> managers</li></ul>
<ol><li>First</li><li>Second</li></ol>
<p>See <a href="https://www.powys.gov.uk/equality" class="x" style="color:blue">the plan</a> or <a href="mailto:equality@powys.example">e-mail us</a>.</p>
<table><tr><th>Quarter</th><th>Result</th></tr><tr><td>Q4</td><td>96%</td></tr></table>`;

describe('SafeText with the HTML people paste from Word', () => {
  test('keeps paragraphs, lists, emphasis and tables, and drops styles and classes', () => {
    const { container } = render(<SafeText text={WORD_PASTE} rich />);
    expect(container.querySelectorAll('p')).toHaveLength(2);
    expect(container.querySelectorAll('ul > li')).toHaveLength(2);
    expect(container.querySelectorAll('ol > li')).toHaveLength(2);
    expect(container.querySelector('b')?.textContent).toBe('Progress:');
    expect(container.querySelector('strong')?.textContent).toBe('agreed');
    expect(container.querySelector('em')?.textContent).toBe('Training');
    expect(container.querySelector('u')?.textContent).toBe('all');
    expect(container.querySelector('span')?.textContent).toBe('12 March');
    expect(Array.from(container.querySelectorAll('th, td')).map((cell) => cell.textContent)).toEqual(['Quarter', 'Result', 'Q4', '96%']);
    expect(container.querySelectorAll('[style], [class]')).toHaveLength(0);
  });

  test('keeps web and e-mail links, opening in a new tab without the opener', () => {
    const { container } = render(<SafeText text={WORD_PASTE} rich />);
    const links = Array.from(container.querySelectorAll('a'));
    expect(links.map((link) => [link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')])).toEqual([
      ['https://www.powys.gov.uk/equality', '_blank', 'noopener noreferrer'],
      ['mailto:equality@powys.example', '_blank', 'noopener noreferrer']
    ]);
  });

  test.each([
    ['a relative link', '<a href="/sites/tracker">x</a>'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['a link with its own target', '<a href="ftp://example.org" target="_self" rel="opener">x</a>']
  ])('%s keeps its text but loses its href, target and rel', (_name, html) => {
    const { container } = render(<SafeText text={html} rich />);
    const link = container.querySelector('a') as HTMLAnchorElement;
    expect(link.textContent).toBe('x');
    expect(Array.from(link.attributes).map((attribute) => attribute.name)).toEqual([]);
  });

  test('plain mode shows the markup itself as text and keeps line breaks', () => {
    const { container } = render(<SafeText text={'<b>Done</b>\nOn time'} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelectorAll('br')).toHaveLength(1);
    expect(container.textContent).toBe('<b>Done</b>On time');
  });

  test('no text renders as nothing', () => {
    expect(render(<SafeText text={undefined} rich />).container.textContent).toBe('');
    expect(render(<SafeText text="" />).container.textContent).toBe('');
  });
});

describe('plainText', () => {
  test.each([
    ['paragraphs become lines', '<p>One</p><p>Two</p>', 'One\nTwo'],
    ['list items become lines', '<ul><li>A</li><li>B</li></ul>', 'A\nB'],
    ['a br is a line break', 'Line<br>next', 'Line\nnext'],
    ['source line breaks are spaces', 'one\n  two', 'one two'],
    ['table rows become lines', '<table><tr><td>Q4</td><td>96%</td></tr></table>', 'Q4 96%'],
    ['scripts and styles are not text', '<script>window.__xss=1</script><style>p{}</style>Safe', 'Safe'],
    ['entities are decoded', 'Fish &amp; chips &lt;3', 'Fish & chips <3'],
    ['nothing is nothing', '', '']
  ])('%s', (_name, html, expected) => {
    expect(plainText(html)).toBe(expected);
  });
});
