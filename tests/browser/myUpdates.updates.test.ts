/**
 * @jest-environment node
 */
import { Locator, Page } from 'playwright-core';
import {
  actionCard, chooseStatus, milestoneCard, ATTENDANCE, describedByText, DUE_EN, FixtureAction, FixtureData, FixtureMilestone, fetchBytes, LEAD, milestonesOf, OBJECTIVES, OWNER,
  PERIOD, PLAN, reloadUpdates, setDate, updatesOf, updatesSuite
} from './support/updatesFixture';

/**
 * The My updates web part in Chromium, as an action owner uses it (SPEC §4.2, §4.3, §5.1): the
 * progress line, a Red update blocked until it says why and what will be done, a measure's RAG and
 * trend as it is typed, a milestone marked done, and an evidence file uploaded and linked. Every
 * save is checked again after a reload and in the list through the repository in Node.
 */

jest.setTimeout(90_000);

const READING: FixtureAction = { ref: '1.a.', objectiveRef: '1', title: 'Run the reading programme', q3: { status: 'Green', progress: 'Reading programme reached 40 schools.' } };
const ASSISTANTS: FixtureAction = { ref: '1.b.', objectiveRef: '1', title: 'Train teaching assistants' };
const HUBS: FixtureAction = { ref: '2.a.', objectiveRef: '2', title: 'Open family hubs' };
const CHAMPIONS: FixtureMilestone = { actionRef: '1.a.', title: 'Reading champions named', due: '2018-03-30' };

const DATA: FixtureData = { actions: [READING, ASSISTANTS, HUBS], measures: [ATTENDANCE], milestones: [CHAMPIONS] };
/** Every action started on 1 Apr 2017 and none was finished (Blue or Withdrawn) last quarter, so each owes an update; so does the quarterly measure. */
const OWED = DATA.actions.length + DATA.measures.length;

describe('My updates: an owner writes their quarterly updates', () => {
  const suite = updatesSuite(DATA);

  const progressLine = (page: Page): Locator => page.getByRole('status').filter({ hasText: 'updates done' });

  test('the page says how many updates are done of those owed, and when they are due; last quarter sits beside each action', async () => {
    const page = await suite.open(OWNER);
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe('My tracker updates: Q4 2017-18');
    expect(await progressLine(page).innerText()).toBe(`0 of ${OWED} updates done — due ${DUE_EN}`);
    expect(OWED).toBe(4);

    // Grouped by plan, then objective, in the plan's order.
    const headings = await page.getByRole('heading', { level: 4 }).allInnerTexts();
    expect(headings).toEqual([`1 ${OBJECTIVES['1']}`, `2 ${OBJECTIVES['2']}`]);

    const reading = actionCard(page, READING);
    expect(await reading.innerText()).toContain(`Last quarter (Q3 2017-18)\n\nGreen — on track\n${READING.q3!.progress}`);
    expect(await actionCard(page, HUBS).innerText()).toContain('Last quarter (Q3 2017-18)\n\nNo update last quarter.');
  });

  test('a Red update cannot be submitted without progress and a remedial action; once given, it is submitted and stays so after a reload', async () => {
    const page = await suite.open(OWNER);
    const card = actionCard(page, READING);
    await card.getByRole('button', { name: `Write update: ${READING.ref}` }).click();
    await chooseStatus(card, 'Red — off track');
    await card.getByRole('button', { name: 'Submit update' }).click();

    const summary = card.getByRole('alert').filter({ hasText: 'need fixing' });
    expect(await summary.innerText()).toBe('2 things need fixing before you can submit. They are marked below.');
    // Focus goes to the summary, so a screen reader hears it.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).innerText)).toContain('2 things need fixing');

    // Required fields are named with Fluent's asterisk ("Progress *").
    const progress = card.getByRole('textbox', { name: /^Progress\b/ });
    const remedy = card.getByRole('textbox', { name: /^Remedial action\b/ });
    const issue = card.getByRole('textbox', { name: /^Issue\b/ });
    expect(await progress.getAttribute('aria-invalid')).toBe('true');
    expect(await remedy.getAttribute('aria-invalid')).toBe('true');
    expect(await issue.getAttribute('aria-invalid')).toBe('false');
    expect(await describedByText(progress)).toContain('A Red update needs progress commentary: say what has happened and why it has slipped.');
    expect(await describedByText(remedy)).toContain('A Red update needs a remedial action: say what will be done to get back on track.');
    expect(await progress.evaluate((element) => (element as HTMLTextAreaElement).required)).toBe(true);
    // Nothing was submitted.
    expect((await updatesOf(suite.fixture, OWNER, READING.ref)).filter((update) => update.reviewState === 'Submitted')).toEqual([]);

    const words = { progress: 'Two schools left the programme when their leads went on long-term leave.', remedy: 'The literacy team covers both schools from May; the head of service checks monthly.' };
    await progress.fill(words.progress);
    expect(await progress.getAttribute('aria-invalid')).toBe('false');
    await remedy.fill(words.remedy);
    await card.getByRole('button', { name: 'Submit update' }).click();
    await card.getByText('Submitted — waiting for review').waitFor();
    expect(await card.getByRole('alert').count()).toBe(0);
    expect(await progressLine(page).innerText()).toBe(`1 of ${OWED} updates done — due ${DUE_EN}`);

    await reloadUpdates(page);
    const reloaded = actionCard(page, READING);
    expect(await reloaded.innerText()).toContain('Red — off track');
    expect(await reloaded.innerText()).toContain('Submitted — waiting for review');
    expect(await progressLine(page).innerText()).toBe(`1 of ${OWED} updates done — due ${DUE_EN}`);

    const stored = await updatesOf(suite.fixture, OWNER, READING.ref);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: 'Red', reviewState: 'Submitted', progress: words.progress, remedialAction: words.remedy, submittedBy: { email: OWNER.email } });
    expect(stored[0].issue).toBeUndefined();
  });

  test('a measure value shows its RAG against the target and its trend from last quarter as it is typed, and is saved', async () => {
    const page = await suite.open(OWNER);
    const value = page.getByRole('textbox', { name: /^Value for Q4 2017-18\b/ });
    // The measure's result line: its RAG badge and trend.
    const result = page.locator('dt', { hasText: 'Against target' }).locator('xpath=following-sibling::dd[1]');
    expect(await result.innerText()).toBe('No data no trend yet');

    // Higher is better, target 80, default tolerance 10% of 80 = 8 (amber down to 72); Q3 was 75.
    const cases: Array<[string, string]> = [
      ['85', 'Green — met target ↑ improving'],
      ['80', 'Green — met target ↑ improving'],
      ['75', 'Amber — missed, within tolerance ↔ unchanged'],
      ['73', 'Amber — missed, within tolerance ↓ worsening'],
      ['72', 'Amber — missed, within tolerance ↓ worsening'],
      ['71.9', 'Red — missed by more than the tolerance ↓ worsening'],
      ['60', 'Red — missed by more than the tolerance ↓ worsening'],
      ['85%', 'Green — met target ↑ improving']
    ];
    const seen: Array<[string, string]> = [];
    for (const [typed] of cases) {
      await value.fill(typed);
      seen.push([typed, await result.innerText()]);
    }
    expect(seen).toEqual(cases);

    const doneBefore = Number((/^(\d+) of/.exec(await progressLine(page).innerText()) as RegExpExecArray)[1]);
    await page.getByRole('button', { name: `Save value: ${ATTENDANCE.ref}` }).click();
    await page.getByText('Value saved.').waitFor();
    // The value counts as done at once.
    await progressLine(page).getByText(`${doneBefore + 1} of ${OWED} updates done — due ${DUE_EN}`).waitFor();

    await reloadUpdates(page);
    expect(await page.getByRole('textbox', { name: /^Value for Q4 2017-18\b/ }).inputValue()).toBe('85');
    expect(await result.innerText()).toBe('Green — met target ↑ improving');

    const items = await suite.fixture.repositoryAs(OWNER).myItems(OWNER.email, PERIOD);
    const values = items.measures[0].values.map((stored) => stored.value).filter((stored) => stored.period === 'Q4');
    expect(values).toEqual([expect.objectContaining({ measureRef: ATTENDANCE.ref, financialYear: '2017-18', period: 'Q4', value: 85, enteredBy: expect.objectContaining({ email: OWNER.email }) })]);
  });

  test('a milestone is marked done with the day it was done (not a future day) and leaves the list', async () => {
    const page = await suite.open(OWNER);
    const milestone = page.getByRole('heading', { name: `${CHAMPIONS.actionRef} ${CHAMPIONS.title}` });
    // Due Fri 30 Mar 2018, today Tue 10 Apr 2018: 11 days.
    expect(await page.getByText('11 days overdue').count()).toBe(1);
    const card = milestoneCard(page, CHAMPIONS);
    await card.getByRole('button', { name: `Mark done: ${CHAMPIONS.title}` }).click();
    const doneDate = card.getByRole('textbox', { name: /^Date done\b/ });
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('date');
    expect(await doneDate.inputValue()).toBe('2018-04-10');

    await setDate(doneDate, '2018-04-11');
    await card.getByRole('button', { name: 'Confirm done' }).click();
    expect(await describedByText(doneDate)).toContain('The date done cannot be in the future.');
    expect((await milestonesOf(suite.fixture))[0].value.doneDate).toBeUndefined();

    await setDate(doneDate, '2018-04-09');
    await card.getByRole('button', { name: 'Confirm done' }).click();
    await card.getByText('Done on 9 April 2018').waitFor();

    await reloadUpdates(page);
    expect(await milestone.count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Mark done/ }).count()).toBe(0);
    const stored = await milestonesOf(suite.fixture);
    expect(stored.map((entry) => [entry.value.title, entry.value.doneDate])).toEqual([[CHAMPIONS.title, '2018-04-09']]);
  });

  test('an evidence file is uploaded, its link added to the evidence, and the link downloads the same bytes', async () => {
    const page = await suite.open(OWNER);
    const card = actionCard(page, HUBS);
    await card.getByRole('button', { name: `Write update: ${HUBS.ref}` }).click();
    await chooseStatus(card, 'Green — on track');
    const evidence = card.getByRole('textbox', { name: 'Evidence', exact: true });
    await evidence.fill('Opening report to cabinet, March 2018.');

    // Every byte value, so any text decoding on the way would show.
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_v, index) => (index * 7 + 3) % 256));
    await card.getByLabel('Upload evidence file').setInputFiles({ name: 'hub opening report.pdf', mimeType: 'application/pdf', buffer: bytes });
    await card.getByText(/uploaded and linked in the evidence\.$/).waitFor();

    const lines = (await evidence.inputValue()).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Opening report to cabinet, March 2018.');
    const link = lines[1];
    expect(link.indexOf(`${suite.fixture.url}/sites/tracker/`)).toBe(0);
    expect(decodeURIComponent(link)).toMatch(/hub opening report\.pdf$/);

    const downloaded = await fetchBytes(suite.fixture, link, OWNER);
    expect(downloaded.status).toBe(200);
    expect(downloaded.bytes.equals(bytes)).toBe(true);

    await card.getByRole('button', { name: 'Submit update' }).click();
    await card.getByText('Submitted — waiting for review').waitFor();
    const stored = await updatesOf(suite.fixture, OWNER, HUBS.ref);
    expect(stored.map((update) => [update.status, update.reviewState, update.evidence])).toEqual([['Green', 'Submitted', `Opening report to cabinet, March 2018.\n${link}`]]);
  });

  test('a file over 10 MB goes up in chunks, the share sent shown as it goes, and downloads byte for byte', async () => {
    const page = await suite.open(OWNER);
    const card = actionCard(page, ASSISTANTS);
    await card.getByRole('button', { name: `Write update: ${ASSISTANTS.ref}` }).click();
    // Every text the upload's live region shows, kept as it changes.
    await card.locator('input[type="file"] ~ [role="status"]').evaluate((region) => {
      const seen: string[] = [];
      (window as unknown as { uploadTexts: string[] }).uploadTexts = seen;
      new MutationObserver(() => seen.push(region.textContent || '')).observe(region, { childList: true, subtree: true, characterData: true });
    });

    const bytes = Buffer.alloc(21 * 1048576);
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = (index * 13 + (index >>> 16)) & 0xff;
    await card.getByLabel('Upload evidence file').setInputFiles({ name: 'training pack.pdf', mimeType: 'application/pdf', buffer: bytes });
    await card.getByText(/uploaded and linked in the evidence\.$/).waitFor({ timeout: 60_000 });

    const texts = await page.evaluate(() => (window as unknown as { uploadTexts: string[] }).uploadTexts);
    expect(texts.filter((text) => /^Uploading training pack\.pdf: \d+% sent…$/.exec(text) !== null).map((text) => /\d+/.exec(text)![0]))
      .toEqual(['0', '47', '95', '100']);
    const link = (await card.getByRole('textbox', { name: 'Evidence', exact: true }).inputValue()).trim();
    const downloaded = await fetchBytes(suite.fixture, link, OWNER);
    expect(downloaded.bytes.equals(bytes)).toBe(true);
  });

  test('a deadline change request is sent, then shown waiting for the plan lead, with no second request offered', async () => {
    const page = await suite.open(OWNER);
    const card = actionCard(page, HUBS);
    const ask = card.getByRole('button', { name: `Ask for a new deadline: ${HUBS.ref}` });
    await ask.click();
    await setDate(card.getByRole('textbox', { name: /^New deadline\b/ }), '2019-06-30');
    const reason = 'The third hub’s lease is signed in May.';
    await card.getByRole('textbox', { name: /^Reason\b/ }).fill(reason);
    await card.getByRole('button', { name: 'Send request' }).click();
    await card.getByText('Request sent to the plan lead.').waitFor();
    await card.getByRole('button', { name: 'Close' }).click();

    const waiting = "New deadline of 30 June 2019 asked for: waiting for the plan lead's decision.";
    await card.getByText(waiting).waitFor();
    expect(await ask.count()).toBe(0);
    // Focus lands on the note, where the button was: it reads the sentence (its icon is hidden from screen readers).
    expect(await page.evaluate(() => {
      const note = (document.activeElement as HTMLElement).cloneNode(true) as HTMLElement;
      note.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return (note.textContent || '').trim();
    })).toBe(waiting);

    await reloadUpdates(page);
    await actionCard(page, HUBS).getByText(waiting).waitFor();
    expect(await actionCard(page, HUBS).getByRole('button', { name: `Ask for a new deadline: ${HUBS.ref}` }).count()).toBe(0);
    const stored = (await suite.fixture.repositoryAs(LEAD).loadTracker(PLAN, PERIOD)).changeRequests.map((item) => item.value);
    expect(stored).toEqual([expect.objectContaining({
      actionRef: HUBS.ref, currentDate: '2019-03-31', requestedDate: '2019-06-30', reason, decision: 'Pending', requester: expect.objectContaining({ email: OWNER.email })
    })]);
  });
});
