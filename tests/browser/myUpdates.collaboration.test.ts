/**
 * @jest-environment node
 */
import { Locator, Page } from 'playwright-core';
import {
  actionCard, ATTENDANCE, chooseStatus, DELEGATE, describedByText, FixtureAction, FixtureData, LEAD, OWNER, PERIOD, PLAN,
  reloadUpdates, updatesOf, updatesSuite
} from './support/updatesFixture';

/**
 * The My updates web part between people (SPEC §5.1): a plan lead returns an update with a
 * comment the owner then sees; an owner and a delegate save the same update at once and the
 * second is shown both versions instead of overwriting the first; and a half-written update
 * survives a reload, from the list (autosaved draft) or from the device (before autosave).
 */

jest.setTimeout(90_000);

const REVIEWED: FixtureAction = { ref: '1.a.', objectiveRef: '1', title: 'Run the reading programme', q3: { status: 'Green', progress: 'Reading programme reached 40 schools.' } };
const SHARED: FixtureAction = { ref: '1.b.', objectiveRef: '1', title: 'Train teaching assistants', owner: `${OWNER.title} <${OWNER.email}>; ${DELEGATE.title} <${DELEGATE.email}>` };
const DRAFTED: FixtureAction = { ref: '2.a.', objectiveRef: '2', title: 'Open family hubs' };
const DATA: FixtureData = { actions: [REVIEWED, SHARED, DRAFTED], measures: [ATTENDANCE], milestones: [] };

describe('My updates: reviews, simultaneous edits and drafts', () => {
  const suite = updatesSuite(DATA);
  const open = (who = OWNER): Promise<Page> => suite.open(who);

  const textbox = (scope: Locator | Page, label: string): Locator => scope.getByRole('textbox', { name: new RegExp(`^${label}\\b`) });

  test('a plan lead returns a submitted update with a comment (not without one); the owner then sees it returned, with the comment', async () => {
    const owner = await open(OWNER);
    const card = actionCard(owner, REVIEWED);
    await card.getByRole('button', { name: `Write update: ${REVIEWED.ref}` }).click();
    await chooseStatus(card, 'Green — on track');
    await textbox(card, 'Progress').fill('Forty-two schools now run the programme.');
    await card.getByRole('button', { name: 'Submit update' }).click();
    await card.getByText('Submitted — waiting for review').waitFor();

    const lead = await open(LEAD);
    // The lead owns nothing this quarter, and has one update to review. The tabs' code loads
    // after the items show, so wait for them before reading them.
    await lead.getByRole('tab', { name: 'Review queue (1)' }).waitFor();
    expect(await lead.getByRole('tab').allInnerTexts()).toEqual(['My items', 'Review queue (1)']);
    await lead.getByRole('tab', { name: 'Review queue (1)' }).click();
    const review = lead.getByRole('listitem', { name: `${REVIEWED.ref} ${REVIEWED.title}` });
    await review.waitFor();
    expect(await review.innerText()).toContain('Forty-two schools now run the programme.');
    // Last quarter's update beside it, for comparison.
    expect(await review.innerText()).toContain(REVIEWED.q3!.progress);
    expect(await review.innerText()).toContain(`Submitted by ${OWNER.title} on`);

    const comment = textbox(review, 'Comment for the owner');
    await review.getByRole('button', { name: `Return to owner: ${REVIEWED.ref}` }).click();
    expect(await describedByText(comment)).toContain('Say what needs changing, so the owner knows what to do.');
    expect(await comment.getAttribute('aria-invalid')).toBe('true');
    expect((await updatesOf(suite.fixture, OWNER, REVIEWED.ref)).map((update) => update.reviewState)).toEqual(['Submitted']);

    const words = 'Please add how many pupils the programme reached, not only schools.';
    await comment.fill(words);
    expect(await comment.getAttribute('aria-invalid')).toBe('false');
    await review.getByRole('button', { name: `Return to owner: ${REVIEWED.ref}` }).click();
    await lead.getByText(`Update for ${REVIEWED.ref} returned to its owner.`).waitFor();
    await lead.getByText('There are no updates waiting for your review.').waitFor();

    await reloadUpdates(owner);
    const returned = actionCard(owner, REVIEWED);
    const text = await returned.innerText();
    expect(text).toContain('Returned to you');
    expect(text).toContain(`Returned to you: ${words}`);
    // A returned update does not count as done.
    expect(await owner.getByRole('status').filter({ hasText: 'updates done' }).innerText()).toMatch(/^0 of 4 updates done/);
    // The owner edits the same update again and can submit it again.
    await returned.getByRole('button', { name: `Edit update: ${REVIEWED.ref}` }).click();
    expect(await textbox(returned, 'Progress').inputValue()).toBe('Forty-two schools now run the programme.');
    expect(await returned.getByRole('button', { name: 'Submit again' }).count()).toBe(1);

    const stored = await updatesOf(suite.fixture, OWNER, REVIEWED.ref);
    expect(stored).toEqual([expect.objectContaining({ reviewState: 'Returned', reviewComment: words, progress: 'Forty-two schools now run the programme.' })]);
  });

  test('owner and delegate save the same update at once: the second sees both versions side by side and chooses; nothing is lost unseen', async () => {
    const delegate = await open(DELEGATE);
    const owner = await open(OWNER);
    const theirs = actionCard(owner, SHARED);
    const mine = actionCard(delegate, SHARED);
    expect(await mine.innerText()).toContain('You are a delegate for this action');

    // Both open the empty form; the delegate starts typing first (no status yet, so nothing is saved).
    await mine.getByRole('button', { name: `Write update: ${SHARED.ref}` }).click();
    await theirs.getByRole('button', { name: `Write update: ${SHARED.ref}` }).click();
    const delegateWords = 'Twelve assistants booked on the March course; six finished it.';
    const ownerWords = 'Course booked for twelve assistants.';
    await textbox(mine, 'Progress').fill(delegateWords);

    // The owner saves first.
    await chooseStatus(theirs, 'Green — on track');
    await textbox(theirs, 'Progress').fill(ownerWords);
    await theirs.getByRole('button', { name: 'Save draft' }).click();
    await theirs.getByText(/^Draft saved at \d\d:\d\d$/).waitFor();

    // Then the delegate saves, over a form that knew nothing of the owner's draft.
    await chooseStatus(mine, 'Green — on track');
    await mine.getByRole('button', { name: 'Save draft' }).click();
    const conflict = mine.getByRole('region', { name: 'Someone else saved this update while you were writing' }).first();
    await conflict.waitFor();
    expect(await delegate.evaluate(() => (document.activeElement as HTMLElement).textContent)).toBe('Someone else saved this update while you were writing');
    expect(await mine.getByText('Nothing has been overwritten. Compare the two versions and choose which to keep.').count()).toBe(1);
    const table = await mine.getByRole('table').evaluate((element) =>
      Array.from((element as HTMLTableElement).rows).map((row) => Array.from(row.cells).map((cell) => (cell as HTMLElement).innerText.trim())));
    // Only the field that differs; the status is the same in both.
    expect(table).toEqual([
      ['Field', 'Your version', 'Saved by someone else'],
      ['Progress', delegateWords, ownerWords]
    ]);
    // Nothing was overwritten while the delegate decides.
    expect((await updatesOf(suite.fixture, DELEGATE, SHARED.ref)).map((update) => update.progress)).toEqual([ownerWords]);

    await mine.getByRole('button', { name: 'Keep mine' }).click();
    await mine.getByText(/^Draft saved at \d\d:\d\d$/).waitFor();
    expect(await textbox(mine, 'Progress').inputValue()).toBe(delegateWords);

    const stored = await updatesOf(suite.fixture, DELEGATE, SHARED.ref);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ reviewState: 'Draft', status: 'Green', progress: delegateWords, submittedBy: { email: DELEGATE.email } });

    // The owner's form is now the stale one: saving again shows the delegate's words, it does not overwrite them.
    await textbox(theirs, 'Progress').fill(`${ownerWords} Dates confirmed.`);
    await theirs.getByRole('button', { name: 'Save draft' }).click();
    await theirs.getByRole('region', { name: 'Someone else saved this update while you were writing' }).first().waitFor();
    expect(await theirs.getByRole('table').innerText()).toContain(delegateWords);
    expect((await updatesOf(suite.fixture, OWNER, SHARED.ref)).map((update) => update.progress)).toEqual([delegateWords]);
  });

  test('a half-written update survives a reload: from the list once autosaved, and from the device before that', async () => {
    const page = await open(OWNER);
    const card = actionCard(page, DRAFTED);
    await card.getByRole('button', { name: `Write update: ${DRAFTED.ref}` }).click();
    await chooseStatus(card, 'Amber — some slippage');
    const autosaved = 'Two hubs open; the third waits for its lease.';
    await textbox(card, 'Progress').fill(autosaved);
    // Saved to the list as a draft after a 2 s pause in typing, with no button pressed.
    await card.getByText(/^Draft saved at \d\d:\d\d$/).waitFor({ timeout: 10_000 });
    expect(await updatesOf(suite.fixture, OWNER, DRAFTED.ref)).toEqual([expect.objectContaining({ reviewState: 'Draft', status: 'Amber', progress: autosaved })]);

    await reloadUpdates(page);
    let reloaded = actionCard(page, DRAFTED);
    expect(await reloaded.innerText()).toContain('Draft — not yet submitted');
    await reloaded.getByRole('button', { name: `Edit update: ${DRAFTED.ref}` }).click();
    expect(await textbox(reloaded, 'Progress').inputValue()).toBe(autosaved);
    expect(await reloaded.getByRole('radio', { name: /^Amber — some slippage\./ }).isChecked()).toBe(true);
    // Read back from the list, not the device: nothing to say about restoring.
    expect(await reloaded.getByText('Your unsaved changes were restored.').count()).toBe(0);

    // Typed, then reloaded at once: the list still has the old words, the device the new ones.
    const unsaved = `${autosaved} The lease is signed in May.`;
    await textbox(reloaded, 'Progress').fill(unsaved);
    await textbox(reloaded, 'Remedial action').fill('Use the library as a temporary hub.');
    await reloadUpdates(page);
    expect((await updatesOf(suite.fixture, OWNER, DRAFTED.ref)).map((update) => update.progress)).toEqual([autosaved]);
    reloaded = actionCard(page, DRAFTED);
    await reloaded.getByRole('button', { name: `Edit update: ${DRAFTED.ref}` }).click();
    await reloaded.getByText('Your unsaved changes were restored.').waitFor();
    expect(await textbox(reloaded, 'Progress').inputValue()).toBe(unsaved);
    expect(await textbox(reloaded, 'Remedial action').inputValue()).toBe('Use the library as a temporary hub.');
  });

  test('the same measure value entered in two tabs: the second save shows both figures and keeps the one chosen, never two values', async () => {
    const valuesNow = async (): Promise<Array<number | undefined>> =>
      (await suite.fixture.repositoryAs(LEAD).loadTracker(PLAN, PERIOD)).measureValues.map((stored) => stored.value)
        .filter((value) => value.measureRef === ATTENDANCE.ref && value.financialYear === PERIOD.financialYear && value.period === PERIOD.quarter)
        .map((value) => value.value);
    const first = await open(OWNER);
    const second = await open(OWNER);
    const valueIn = (page: Page): Locator => page.getByRole('textbox', { name: /^Value for Q4 2017-18\b/ });
    const saveIn = (page: Page): Locator => page.getByRole('button', { name: `Save value: ${ATTENDANCE.ref}` });

    await valueIn(first).fill('82');
    await valueIn(second).fill('78');
    await saveIn(first).click();
    await first.getByText('Value saved.').waitFor();

    // The second tab never read the first one's value: its save meets it instead of adding another.
    await saveIn(second).click();
    await second.getByText('Someone else saved a value for this period while you were entering yours').waitFor();
    // Focus moves to it, so a screen reader hears it.
    expect(await second.evaluate(() => (document.activeElement as HTMLElement).textContent)).toBe('Someone else saved a value for this period while you were entering yours');
    const facts = await second.locator('dl').filter({ hasText: 'Saved by someone else' }).evaluate((list) =>
      Array.from(list.querySelectorAll('dt')).map((term) => [term.textContent, term.nextElementSibling && term.nextElementSibling.textContent]));
    expect(facts).toEqual([['Saved by someone else', '82%'], ['Your version', '78%']]);
    expect(await valuesNow()).toEqual([82]);

    await second.getByRole('button', { name: 'Keep mine' }).click();
    await second.getByText('Value saved.').waitFor();
    expect(await valuesNow()).toEqual([78]);
  });
});
