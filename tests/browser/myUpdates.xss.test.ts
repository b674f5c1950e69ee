/**
 * @jest-environment node
 */
import { Page } from 'playwright-core';
import { editableUpdateIndex } from '../../src/domain/quarterlyDuties';
import { XSS_PAYLOADS } from '../support/xssPayloads';
import {
  actionCard, chooseStatus, clickLabelOf, DELEGATE, FixtureAction, FixtureData, FixtureMeasure, LEAD, NEXT_PERIOD, OWNER, PERIOD, PLAN,
  reloadUpdates, updatesOf, updatesSuite
} from './support/updatesFixture';
import { DemoPerson } from '../../src/local/workbench/demoPeople';

/**
 * SPEC: HTML in people's text is never executed. The 50 payloads of tests/support/xssPayloads.ts go
 * in through both doors — typed into every free-text field of the update form and the measure's
 * "no data" reason, and imported as action titles and last quarter's progress — and are rendered
 * back wherever the web part shows them: action titles, the last-quarter panel, the previous
 * measure value, the plan lead's review queue (every field, and last quarter's update) and the
 * conflict view. The page's Content-Security-Policy is bypassed, so only the web part's own escaping
 * and sanitising stand between a payload and the page. A payload that ran would set
 * `window.__xss` (or `document.__xss`), or open a dialog through `alert`.
 */

jest.setTimeout(180_000);

/** Ten payloads per field per save: 5 batches cover all 50. */
const BATCHES: string[][] = [0, 1, 2, 3, 4].map((batch) => XSS_PAYLOADS.slice(batch * 10, batch * 10 + 10).map((payload) => payload.html));
/** Harmless formatting before each batch: shown as a real link only if the text went through the sanitiser. */
const MARKER = '<p>See <a href="https://example.org/report">the report</a>.</p>';
const joined = (batch: number, separator = ' '): string => [MARKER].concat(BATCHES[batch % BATCHES.length]).join(separator);
const ALL = XSS_PAYLOADS.map((payload) => payload.html).join(' ');

/** Imported through the actions CSV: a title and last quarter's progress made of payloads. */
const IMPORTED: FixtureAction[] = BATCHES.map((_batch, index) => ({
  ref: `X${index + 1}.`, objectiveRef: '1', title: `Imported ${index + 1}: ${joined(index)}`, q3: { status: 'Amber', progress: joined(index + 2) }
}));
const CONFLICTED: FixtureAction = { ref: 'C1.', objectiveRef: '2', title: 'Shared action for the conflict view', owner: `${OWNER.title} <${OWNER.email}>; ${DELEGATE.title} <${DELEGATE.email}>` };
const NO_DATA: FixtureMeasure = { ref: 'XM', objectiveRef: '2', title: 'Families supported', q1: '', q2: '', q3: '' };
const DATA: FixtureData = { actions: IMPORTED.concat([CONFLICTED]), measures: [NO_DATA], milestones: [] };

const FIELDS: Array<[string, string]> = [['progress', 'Progress'], ['issue', 'Issue'], ['remedialAction', 'Remedial action'], ['evidence', 'Evidence'], ['withdrawnReason', 'Reason for withdrawing']];

interface Verdict {
  canary: unknown;
  documentCanary: unknown;
  dialogs: string[];
  /** Elements and attributes in the web part that could run or load something. */
  dangerous: string[];
}

describe('My updates: no text a person types or imports ever runs', () => {
  const suite = updatesSuite(DATA);
  const dialogs: string[] = [];

  /**
   * A page with the CSP bypassed, the canaries set before any script of the page runs, and every
   * dialog recorded (and dismissed) from the first load on.
   */
  const open = (who: DemoPerson, path = '/updates'): Promise<Page> =>
    suite.open(who, {
      bypassCSP: true, path, width: 1280,
      prepare: async (context) => {
        await context.addInitScript(() => {
          (window as unknown as { __xss?: unknown }).__xss = undefined;
          (document as unknown as { __xss?: unknown }).__xss = undefined;
        });
        context.on('dialog', (dialog) => {
          dialogs.push(`${dialog.type()}: ${dialog.message()}`);
          dialog.dismiss().catch(() => undefined);
        });
      }
    });

  async function verdict(page: Page): Promise<Verdict> {
    // Let failed image loads, animations and autofocus fire their handlers, if any survived.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const found = await page.evaluate(() => {
      const scheme = /^(?:javascript|vbscript|data):/i;
      const forbidden = ['SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'BASE', 'META', 'LINK', 'STYLE', 'SVG', 'MATH', 'IMG', 'VIDEO', 'AUDIO', 'SOURCE', 'DETAILS', 'XSS', 'NOSCRIPT', 'TEMPLATE', 'MGLYPH', 'MACTION'];
      const dangerous: string[] = [];
      const root = document.getElementById('web-part') as HTMLElement;
      root.querySelectorAll('*').forEach((element) => {
        if (forbidden.indexOf(element.tagName.toUpperCase()) >= 0) dangerous.push(`<${element.tagName.toLowerCase()}>`);
        Array.from(element.attributes).forEach((attribute) => {
          const name = attribute.name.toLowerCase();
          // Browsers ignore control characters and spaces inside a URL's scheme.
          const value = attribute.value.replace(/[\u0000-\u0020]/g, '');
          if (name.indexOf('on') === 0) dangerous.push(`${element.tagName.toLowerCase()}[${name}]`);
          if (['href', 'src', 'action', 'formaction', 'background', 'data', 'xlink:href', 'srcdoc', 'poster'].indexOf(name) >= 0 && (scheme.test(value) || name === 'srcdoc')) {
            dangerous.push(`${element.tagName.toLowerCase()}[${name}=${attribute.value.slice(0, 40)}]`);
          }
          if (name === 'style' && /url\(|expression\(/i.test(attribute.value)) dangerous.push(`${element.tagName.toLowerCase()}[style=${attribute.value.slice(0, 40)}]`);
        });
      });
      return {
        canary: (window as unknown as { __xss?: unknown }).__xss,
        documentCanary: (document as unknown as { __xss?: unknown }).__xss,
        dangerous
      };
    });
    return { ...found, dialogs: dialogs.slice() };
  }

  /**
   * Markup in people's text is shown through the sanitiser, not merely stripped: each batch's
   * leading `<a href="https://example.org/report">` comes out as a working link to the web page,
   * opening in a new tab, in every card that shows the action's text.
   */
  async function expectSanitisedLinks(page: Page, actions: FixtureAction[]): Promise<void> {
    for (const action of actions) {
      const links = await page.getByRole('listitem', { name: `${action.ref} ${action.title}` }).getByRole('link', { name: 'the report', exact: true })
        .evaluateAll((elements) => elements.map((element) => Array.from(element.attributes).map((attribute) => `${attribute.name}=${attribute.value}`).sort().join(' ')));
      expect(links.length).toBeGreaterThan(0);
      links.forEach((link) => expect(link).toBe('href=https://example.org/report rel=noopener noreferrer target=_blank'));
    }
  }

  const SAFE: Verdict = { canary: undefined, documentCanary: undefined, dialogs: [], dangerous: [] };

  test('imported titles and last quarter\'s progress full of payloads are shown as text, and nothing runs', async () => {
    const page = await open(OWNER);
    for (const action of IMPORTED) {
      // A title is plain text: shown exactly as imported, markup and all.
      expect(await page.getByRole('heading', { level: 5, name: `${action.ref} ${action.title}` }).count()).toBe(1);
      // Last quarter's progress holds markup, so it is shown sanitised: the words stay, the code goes.
      expect(await actionCard(page, action).innerText()).toContain('Last quarter (Q3 2017-18)');
    }
    await expectSanitisedLinks(page, IMPORTED);
    expect(await verdict(page)).toEqual(SAFE);
  });

  test('every free-text field of the update form, saved full of payloads, is rendered back without running (last quarter, review queue)', async () => {
    const page = await open(OWNER);
    for (const [index, action] of IMPORTED.entries()) {
      const card = actionCard(page, action);
      await card.getByRole('button', { name: `Write update: ${action.ref}` }).click();
      await chooseStatus(card, 'Withdrawn');
      for (const [, label] of FIELDS) {
        await card.getByRole('textbox', { name: new RegExp(`^${label}\\b`) }).fill(label === 'Evidence' ? joined(index, '\n') : joined(index));
      }
      await card.getByRole('button', { name: 'Submit update' }).click();
      await card.getByText('Submitted — waiting for review').waitFor();
    }
    // Stored exactly as typed: the defence is in how text is shown, not in changing what people wrote.
    for (const [index, action] of IMPORTED.entries()) {
      const [stored] = await updatesOf(suite.fixture, OWNER, action.ref);
      expect(stored).toMatchObject({
        status: 'Withdrawn', reviewState: 'Submitted', progress: joined(index), issue: joined(index), remedialAction: joined(index),
        evidence: joined(index, '\n'), withdrawnReason: joined(index)
      });
    }
    await reloadUpdates(page);
    expect(await verdict(page)).toEqual(SAFE);

    // Next quarter, this quarter's update is "last quarter": its progress is shown beside each action.
    const next = await open(OWNER, `/updates?year=${NEXT_PERIOD.financialYear}&quarter=${NEXT_PERIOD.quarter}`);
    for (const action of IMPORTED) {
      expect(await actionCard(next, action).innerText()).toContain('Last quarter (Q4 2017-18)\n\nWithdrawn');
    }
    await expectSanitisedLinks(next, IMPORTED);
    expect(await verdict(next)).toEqual(SAFE);

    // The plan lead's review queue shows every field, and last quarter's imported progress beside it.
    const lead = await open(LEAD);
    await lead.getByRole('tab', { name: `Review queue (${IMPORTED.length})` }).click();
    for (const action of IMPORTED) {
      const review = lead.getByRole('listitem', { name: `${action.ref} ${action.title}` });
      await review.waitFor();
      const text = await review.innerText();
      // Each field, labelled, and last quarter's update beside them.
      ['Last quarter', 'Withdrawn', 'Progress:', 'Issue:', 'Remedial action:', 'Reason for withdrawing:', 'Evidence:'].forEach((label) => expect(text).toContain(label));
    }
    await expectSanitisedLinks(lead, IMPORTED);
    expect(await verdict(lead)).toEqual(SAFE);
  });

  test('the measure\'s "no data" reason, full of payloads, is saved and shown back as text', async () => {
    // Q3's value is entered on the Q3 page; the Q4 page shows it as the previous value.
    const q3 = await open(OWNER, '/updates?year=2017-18&quarter=Q3');
    await clickLabelOf(q3.getByRole('checkbox', { name: 'No data this period' }));
    await q3.getByRole('textbox', { name: /^Why there is no value\b/ }).fill(ALL);
    await q3.getByRole('button', { name: `Save value: ${NO_DATA.ref}` }).click();
    await q3.getByText('Value saved.').waitFor();
    expect(await verdict(q3)).toEqual(SAFE);

    const q4 = await open(OWNER);
    const previous = q4.getByText(/^Q3 2017-18: No data \(/);
    // Plain text, exactly as typed (textContent: innerText would fold the payloads' runs of spaces, as HTML shows them).
    expect(await previous.evaluate((element) => element.textContent)).toBe(`Q3 2017-18: No data (${ALL})`);
    expect(await verdict(q4)).toEqual(SAFE);
  });

  test('the conflict view shows both versions full of payloads without running them', async () => {
    const page = await open(OWNER);
    const card = actionCard(page, CONFLICTED);
    await card.getByRole('button', { name: `Write update: ${CONFLICTED.ref}` }).click();
    await card.getByRole('radiogroup').waitFor();
    // The delegate saves first, every field full of payloads.
    const delegate = suite.fixture.repositoryAs(DELEGATE);
    const entry = (await delegate.myItems(DELEGATE.email, PERIOD)).actions.filter((candidate) => candidate.action.value.ref === CONFLICTED.ref)[0];
    expect(editableUpdateIndex(entry.updates.map((stored) => stored.value), PERIOD)).toBe(-1);
    await delegate.saveUpdate(PLAN, {
      actionRef: CONFLICTED.ref, financialYear: PERIOD.financialYear, quarter: PERIOD.quarter, status: 'Withdrawn',
      progress: joined(0), issue: joined(1), remedialAction: joined(2), evidence: joined(3, '\n'), withdrawnReason: joined(4),
      reviewState: 'Draft', submittedBy: { name: DELEGATE.title, email: DELEGATE.email }
    });
    // The owner's version: the same payloads in other fields.
    await chooseStatus(card, 'Withdrawn');
    for (const [index, [, label]] of FIELDS.entries()) {
      await card.getByRole('textbox', { name: new RegExp(`^${label}\\b`) }).fill(joined(index + 1));
    }
    await card.getByRole('button', { name: 'Save draft' }).click();
    // The view's own table (sanitised payloads keep their harmless tables inside its cells).
    const view = card.getByRole('table').first();
    await view.waitFor();
    expect(await view.locator(':scope > tbody > tr > th').allInnerTexts()).toEqual(FIELDS.map(([, label]) => label));
    await expectSanitisedLinks(page, [CONFLICTED]);
    expect(await verdict(page)).toEqual(SAFE);
  });

  test('control: the traps catch a payload that does get into the page unescaped', async () => {
    const page = await open(OWNER);
    // What a broken SafeText would do: put people's HTML into the page as it is.
    await page.evaluate(() => {
      (document.getElementById('web-part') as HTMLElement).insertAdjacentHTML('beforeend',
        '<img src="x" onerror="window.__xss=1"><img src="y" onerror="alert(1)"><a href="javascript:void 0">x</a>');
    });
    const caught = await verdict(page);
    dialogs.splice(0);
    expect(caught).toEqual({ canary: 1, documentCanary: undefined, dialogs: ['alert: 1'], dangerous: ['<img>', 'img[onerror]', '<img>', 'img[onerror]', 'a[href=javascript:void 0]'] });
  });
});
