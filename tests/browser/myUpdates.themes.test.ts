/**
 * @jest-environment node
 */
import { Page } from 'playwright-core';
import { HostThemeName } from '../../src/components/theme/hostThemes';
import { checkAccessibility } from './support/axe';
import { screenshot } from './support/browser';
import { actionCard, ATTENDANCE, FixtureAction, FixtureData, LEAD, OWNER, submitForReview, updatesSuite } from './support/updatesFixture';

/**
 * My updates follows the theme it is shown in (the manifest declares supportsThemeVariants, and a
 * Teams tab may be dark or high contrast): its own box takes the theme's background and text, and
 * every state stays free of WCAG 2.2 AA violations, contrast included.
 */

jest.setTimeout(120_000);

const ACTION: FixtureAction = { ref: '1.a.', objectiveRef: '1', title: 'Run the reading programme', q3: { status: 'Amber', progress: 'Two schools slipped.' } };
const QUEUED: FixtureAction = { ref: '1.b.', objectiveRef: '1', title: 'Train teaching assistants' };
const DATA: FixtureData = { actions: [ACTION, QUEUED], measures: [ATTENDANCE], milestones: [] };

/** The background and text colour the web part's own box is drawn in. */
async function colours(page: Page): Promise<{ background: string; text: string }> {
  return page.locator('#web-part > div').first().evaluate((element) => {
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, text: style.color };
  });
}

describe('My updates in Teams’ dark and high-contrast themes', () => {
  const suite = updatesSuite(DATA, (fixture) => submitForReview(fixture, QUEUED, { status: 'Red', progress: 'Trainer left.', remedialAction: 'New trainer starts in May.' }));

  test.each<[HostThemeName, string, string]>([
    ['dark', 'rgb(31, 31, 31)', 'rgb(255, 255, 255)'],
    ['contrast', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)'],
    ['default', 'rgb(255, 255, 255)', 'rgb(50, 49, 48)']
  ])('%s: drawn in the theme’s colours', async (theme, background, text) => {
    const page = await suite.open(OWNER, { theme });
    expect(await colours(page)).toEqual({ background, text });
  });

  test.each<[HostThemeName, number]>([
    ['dark', 1280],
    ['dark', 320],
    ['contrast', 1280],
    ['contrast', 320]
  ])('%s at %i px: no WCAG 2.2 AA violations in the list, the form, its errors and the review queue', async (theme, width) => {
    const results: string[] = [];
    const check = async (page: Page, state: string): Promise<void> => {
      results.push(`${state}: ${(await checkAccessibility(page)).summary}`);
      if (width === 320) await screenshot(page, `my-updates-${theme}-320-${state}`);
    };
    const page = await suite.open(OWNER, { theme, width });
    await check(page, 'list');
    const card = actionCard(page, ACTION);
    await card.getByRole('button', { name: `Write update: ${ACTION.ref}` }).click();
    await card.getByRole('radiogroup').waitFor();
    await card.getByRole('button', { name: 'Submit update' }).click();
    await card.getByRole('alert').first().waitFor();
    await check(page, 'form-errors');
    await page.getByRole('textbox', { name: /^Value for Q4 2017-18/ }).fill('73');
    await page.getByText('Amber — missed, within tolerance').waitFor();
    await check(page, 'measure-rag');

    const lead = await suite.open(LEAD, { theme, width });
    await lead.getByRole('tab', { name: 'Review queue (1)' }).click();
    await lead.getByRole('listitem', { name: `${QUEUED.ref} ${QUEUED.title}` }).waitFor();
    await check(lead, 'review-queue');

    expect(results).toEqual(['list', 'form-errors', 'measure-rag', 'review-queue'].map((state) => `${state}: no accessibility violations`));
  });
});
