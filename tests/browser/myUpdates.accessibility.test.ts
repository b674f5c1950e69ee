/**
 * @jest-environment node
 */
import { Locator, Page } from 'playwright-core';
import { editableUpdateIndex } from '../../src/domain/quarterlyDuties';
import { myUpdatesStrings } from '../support/loadStrings';
import { checkAccessibility } from './support/axe';
import { screenshot } from './support/browser';
import {
  actionCard, chooseStatus, milestoneCard, ATTENDANCE, DELEGATE, DUE_CY, FixtureAction, FixtureData, FixtureMilestone, LEAD, OWNER, PERIOD, PLAN,
  submitForReview, updatesOf, updatesSuite
} from './support/updatesFixture';

/**
 * The My updates web part for everyone (SPEC §5: WCAG 2.2 AA, English and Welsh, 320 px up):
 * axe finds no WCAG 2.2 A/AA violation in any state the web part can be in, at desktop and phone
 * widths; at 320 px nothing scrolls sideways; the page is fully in Welsh when the page is; and an
 * update can be written and submitted with the keyboard alone.
 */

jest.setTimeout(120_000);

const FORM: FixtureAction = { ref: '1.a.', objectiveRef: '1', title: 'Run the reading programme', q3: { status: 'Green', progress: 'Reading programme reached 40 schools.' } };
const SHARED: FixtureAction = { ref: '1.b.', objectiveRef: '1', title: 'Train teaching assistants', owner: `${OWNER.title} <${OWNER.email}>; ${DELEGATE.title} <${DELEGATE.email}>` };
const QUEUED: FixtureAction = { ref: '1.c.', objectiveRef: '1', title: 'Mentor newly qualified teachers' };
const KEYBOARD: FixtureAction = { ref: '2.a.', objectiveRef: '2', title: 'Open family hubs' };
const MILESTONE: FixtureMilestone = { actionRef: '1.a.', title: 'Reading champions named', due: '2018-03-30' };
const DATA: FixtureData = { actions: [FORM, SHARED, QUEUED, KEYBOARD], measures: [ATTENDANCE], milestones: [MILESTONE] };
const OWED = DATA.actions.length + DATA.measures.length;

const WIDTHS = [1280, 320];
const CLEAN = 'no accessibility violations';

/** `{0}`, `{1}` … filled, to build the Welsh sentences the page should show from the string file. */
const fill = (template: string, ...values: Array<string | number>): string => values.reduce<string>((text, value, index) => text.split(`{${index}}`).join(String(value)), template);

describe('My updates: accessible in every state, in Welsh, and by keyboard', () => {
  const suite = updatesSuite(DATA, async (fixture) => {
    // One update waiting for the plan lead's review, submitted as the owner's form would.
    await submitForReview(fixture, QUEUED, { status: 'Amber', progress: 'Eight of ten mentors trained.', remedialAction: 'Two more trained in May.' });
    // A deadline change waiting for the plan lead: its note is part of every list state.
    await fixture.repositoryAs(OWNER).requestDeadlineChange(PLAN, {
      actionRef: FORM.ref, currentDate: '2019-03-31', requestedDate: '2019-06-30', reason: 'Two schools join in the summer term.',
      requester: { name: OWNER.title, email: OWNER.email }, decision: 'Pending'
    });
  });

  const textbox = (scope: Locator | Page, label: string): Locator => scope.getByRole('textbox', { name: new RegExp(`^${label}\\b`) });

  test('in Welsh the page is marked Welsh and its title, progress line, dates and buttons are Welsh', async () => {
    const cy = myUpdatesStrings('cy-gb');
    const page = await suite.open(OWNER, { language: 'cy-gb' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(`${cy.General.Title}: ${fill(cy.General.Period, cy.Quarters[3], '2017-18')}`);
    // One update (1.c.) was submitted in set-up.
    expect(await page.getByRole('status').first().innerText()).toBe(fill(cy.Progress.Summary.other, 1, OWED, DUE_CY));
    const card = actionCard(page, FORM);
    const text = await card.innerText();
    expect(text).toContain(fill(cy.Action.DueOn, '31 Mawrth 2019'));
    expect(text).toContain(fill(cy.Action.LastQuarter, `${cy.Quarters[2]} 2017-18`));
    expect(text).toContain(cy.Status.Green);
    expect(await page.getByText(fill(cy.Milestone.OverdueDays.other, 11)).count()).toBe(1);
    expect(text).toContain(fill(cy.ChangeRequest.Pending, '30 Mehefin 2019'));
    await card.getByRole('button', { name: `${cy.Action.WriteUpdate}: ${FORM.ref}` }).click();
    expect(await card.getByRole('radiogroup').getAttribute('aria-labelledby')).toBeTruthy();
    expect(await card.getByRole('button', { name: cy.Form.Submit }).count()).toBe(1);
    expect(await card.getByRole('radio', { name: new RegExp(`^${cy.Status.Red}\\.`) }).count()).toBe(1);
    // Not one English sentence from the web part's own strings on the page.
    const en = myUpdatesStrings('en-gb');
    const webPart = await page.locator('#web-part').innerText();
    const english = [en.General.Title, en.Action.LastQuarter.split(' (')[0], en.Form.Progress, en.Form.SaveDraft, en.Measure.Target, en.Milestone.MarkDone]
      .filter((words) => webPart.indexOf(words) >= 0);
    expect(english).toEqual([]);
  });

  test.each(WIDTHS)('at %i px every state has no WCAG 2.2 AA violations and nothing scrolls sideways', async (width) => {
    const results: string[] = [];
    const fits: string[] = [];
    const states: string[] = [];
    const check = async (page: Page, state: string): Promise<void> => {
      states.push(state);
      const { summary } = await checkAccessibility(page);
      results.push(`${state}: ${summary}`);
      const scrollWidth = await page.evaluate(() => (document.scrollingElement as Element).scrollWidth);
      fits.push(`${state}: ${scrollWidth <= width ? 'fits' : `${scrollWidth} px wide`}`);
      if (width === 320) await screenshot(page, `my-updates-320-${state}`);
    };

    const page = await suite.open(OWNER, { width });
    await check(page, 'list');

    const card = actionCard(page, FORM);
    await card.getByRole('button', { name: new RegExp(`^(Write|Edit) update: ${FORM.ref.replace(/\./g, '\\.')}$`) }).click();
    await card.getByRole('radiogroup').waitFor();
    await check(page, 'form-open');

    await chooseStatus(card, 'Red — off track');
    await textbox(card, 'Progress').fill('');
    await card.getByRole('button', { name: 'Submit update' }).click();
    await card.getByRole('alert').filter({ hasText: 'need fixing' }).waitFor();
    await check(page, 'form-errors');

    await textbox(page, 'Value for Q4 2017-18').fill('73');
    await page.getByText('Amber — missed, within tolerance').waitFor();
    await check(page, 'measure-rag');

    await openValueConflict(page);
    await check(page, 'measure-conflict');

    const milestone = milestoneCard(page, MILESTONE);
    await milestone.getByRole('button', { name: `Mark done: ${MILESTONE.title}` }).click();
    await textbox(milestone, 'Date done').waitFor();
    await check(page, 'milestone-done-form');
    await milestone.getByRole('button', { name: 'Cancel' }).click();

    await milestone.getByRole('button', { name: `Ask for a new deadline: ${MILESTONE.title}` }).click();
    await textbox(milestone, 'New deadline').waitFor();
    await check(page, 'deadline-change-form');
    await milestone.getByRole('button', { name: 'Send request' }).click();
    await milestone.getByText('Choose the new deadline.').waitFor();
    await check(page, 'deadline-change-errors');
    await milestone.getByRole('button', { name: 'Cancel' }).click();

    await openConflict(page, `Progress typed at ${width} px.`);
    await check(page, 'conflict');

    const lead = await suite.open(LEAD, { width });
    // One update and one deadline change wait for the plan lead.
    await lead.getByRole('tab', { name: 'Review queue (2)' }).click();
    const review = lead.getByRole('listitem', { name: `${QUEUED.ref} ${QUEUED.title}` });
    await review.waitFor();
    await check(lead, 'review-queue');
    await review.getByRole('button', { name: `Return to owner: ${QUEUED.ref}` }).click();
    await review.getByText('Say what needs changing, so the owner knows what to do.').waitFor();
    await check(lead, 'review-comment-error');

    const welsh = await suite.open(OWNER, { width, language: 'cy-gb' });
    await check(welsh, 'welsh-list');

    expect(results).toEqual(states.map((state) => `${state}: ${CLEAN}`));
    expect(fits).toEqual(states.map((state) => `${state}: fits`));
  });

  /**
   * The conflict view: the form is opened, then the delegate saves the same update (in Node, as
   * their browser would), then this form saves over what it read and is shown both versions.
   */
  async function openConflict(page: Page, mine: string): Promise<void> {
    const card = actionCard(page, SHARED);
    await card.getByRole('button', { name: new RegExp(`^(Write|Edit) update: ${SHARED.ref.replace(/\./g, '\\.')}$`) }).click();
    await card.getByRole('radiogroup').waitFor();
    const delegate = suite.fixture.repositoryAs(DELEGATE);
    const entry = (await delegate.myItems(DELEGATE.email, PERIOD)).actions.filter((candidate) => candidate.action.value.ref === SHARED.ref)[0];
    const index = editableUpdateIndex(entry.updates.map((stored) => stored.value), PERIOD);
    const current = index >= 0 ? entry.updates[index] : undefined;
    await delegate.saveUpdate(PLAN, {
      actionRef: SHARED.ref, financialYear: PERIOD.financialYear, quarter: PERIOD.quarter, status: 'Amber',
      progress: `The delegate's words, saved at ${Date.now()}.`, remedialAction: 'Book a second course.', reviewState: 'Draft',
      submittedBy: { name: DELEGATE.title, email: DELEGATE.email }
    }, current && { id: current.id, etag: current.etag });
    await chooseStatus(card, 'Green — on track');
    await textbox(card, 'Progress').fill(mine);
    await card.getByRole('button', { name: 'Save draft' }).click();
    await card.getByRole('table').waitFor();
  }

  /** The measure's value conflict: the lead saves this period's value in Node while the page has another typed. */
  async function openValueConflict(page: Page): Promise<void> {
    const lead = suite.fixture.repositoryAs(LEAD);
    const current = (await lead.loadTracker(PLAN, PERIOD)).measureValues.filter((stored) =>
      stored.value.measureRef === ATTENDANCE.ref && stored.value.financialYear === PERIOD.financialYear && stored.value.period === PERIOD.quarter)[0];
    await lead.saveMeasureValue(PLAN, {
      measureRef: ATTENDANCE.ref, financialYear: PERIOD.financialYear, period: PERIOD.quarter, value: 81, enteredBy: { name: LEAD.title, email: LEAD.email }
    }, current && { id: current.id, etag: current.etag });
    await page.getByRole('button', { name: `Save value: ${ATTENDANCE.ref}` }).click();
    await page.getByText('Someone else saved a value for this period while you were entering yours').waitFor();
  }

  test('an update can be written and submitted with the keyboard alone', async () => {
    const page = await suite.open(OWNER);
    const active = (): Promise<{ tag: string; id: string; label: string; text: string; checked: string }> => page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement;
      const checked = document.querySelector(`input[type="radio"][name="${element.name}"]:checked`);
      return {
        tag: element.tagName, id: element.id, label: element.getAttribute('aria-label') || '', text: (element.textContent || '').trim(),
        checked: element.type === 'radio' && checked ? checked.getAttribute('aria-label') || '' : ''
      };
    });
    const tabTo = async (found: (element: { tag: string; id: string; label: string; text: string }) => boolean, what: string): Promise<void> => {
      for (let presses = 0; presses < 60; presses++) {
        if (found(await active())) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${what}; focus is on ${JSON.stringify(await active())}`);
    };

    await tabTo((element) => element.label === `Write update: ${KEYBOARD.ref}`, `"Write update: ${KEYBOARD.ref}"`);
    await page.keyboard.press('Enter');
    // Focus moves into the form it opened: the status choice.
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement).type === 'radio');
    for (let presses = 0; presses < 6 && !/^Green/.test((await active()).checked); presses++) {
      await page.keyboard.press('ArrowDown');
    }
    expect((await active()).checked).toMatch(/^Green — on track\./);

    await page.keyboard.press('Tab');
    expect((await active()).id).toMatch(/-progress$/);
    const words = 'Two hubs opened in March, on time; the third opens in June as planned.';
    await page.keyboard.type(words);

    await tabTo((element) => element.tag === 'BUTTON' && element.text === 'Submit update', '"Submit update"');
    await page.keyboard.press('Enter');
    await actionCard(page, KEYBOARD).getByText('Submitted — waiting for review').waitFor();

    const stored = await updatesOf(suite.fixture, OWNER, KEYBOARD.ref);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: 'Green', reviewState: 'Submitted', progress: words });
  });
});
