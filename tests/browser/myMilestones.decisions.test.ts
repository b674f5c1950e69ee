/**
 * @jest-environment node
 */
import { Page } from 'playwright-core';
import { localModeSession } from './support/localModeSession';
import { JAN, myMilestonesStrings, openMilestones, PLAN_LEAD } from './support/milestonesFixture';

/**
 * My milestones' other two quick actions, each My updates' own: the plan lead decides the demo's
 * deadline change request from its row (the review queue's card), and an owner asks to move an
 * overdue action's end date (My updates' request form). Both end in the store. And the empty
 * state, for someone with nothing due.
 */

jest.setTimeout(180_000);

const en = myMilestonesStrings('en-gb');
const fill = (template: string, ...values: Array<string | number>): string => values.reduce<string>((text, value, index) => text.split(`{${index}}`).join(String(value)), template);

interface StoredRequest { Id: number; Decision: string; RequestedDate: string; Action: { Ref: string } }

async function storedRequests(page: Page): Promise<StoredRequest[]> {
  const query = '$select=Id,Decision,RequestedDate,Action/Ref&$expand=Action';
  const answer = await page.request.get(`${new URL(page.url()).origin}/sites/tracker/_api/web/lists/getByTitle('Deadline Change Requests')/items?${query}`, {
    headers: { Accept: 'application/json;odata=nometadata' }
  });
  return ((await answer.json()) as { value: StoredRequest[] }).value;
}

describe('My milestones: deciding a request and asking for a new deadline', () => {
  const session = localModeSession();

  async function open(email: string): Promise<Page> {
    const opened = await openMilestones(session.browser(), session.local().url, { email });
    session.keep(opened.context);
    return opened.page;
  }

  test('someone with nothing due is told when their next quarterly updates are due: next quarter\'s, on the 10th working day after 30 June 2020', async () => {
    const page = await open('visitor@powys.example');
    const text = await page.locator('section[aria-labelledby="my-milestones-title"]').innerText();
    expect(text).toContain(`${en.DueList.Nothing} ${fill(en.DueList.NextUpdates, 'Q1 2020-21', '14 July 2020')}`);
    expect(await page.locator('li[data-kind]').count()).toBe(0);
  });

  test('the plan lead agrees the pending request from its row: the page says so, the row goes, and the store has it agreed', async () => {
    const page = await open(PLAN_LEAD);
    const pending = (await storedRequests(page)).filter((request) => request.Decision === 'Pending');
    expect(pending.length).toBe(1);
    const ref = pending[0].Action.Ref;
    const requestRow = page.locator('li[data-kind="changeRequest"]');
    expect(await requestRow.count()).toBe(1);
    await requestRow.getByRole('button', { name: `${en.QuickAction.Decide}: ${ref}` }).click();
    await requestRow.getByRole('button', { name: `${en.Review.Agree}: ${ref}` }).click();
    const newDate = new Date(pending[0].RequestedDate).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
    await page.getByRole('status').filter({ hasText: fill(en.Review.AgreedMessage, ref, newDate) }).waitFor();
    await requestRow.waitFor({ state: 'detached' });
    expect((await storedRequests(page)).filter((request) => request.Id === pending[0].Id)[0].Decision).toBe('Approved');
  });

  test('an owner asks to move an overdue action\'s end date from its row, and the request waits in the store', async () => {
    const page = await open(JAN);
    const before = (await storedRequests(page)).length;
    const row = page.locator('section[data-section$="-overdue"] li[data-kind="actionEnd"]').first();
    const ref = (await row.locator(':is(h4, h5)').innerText()).trim().split(' ')[0];
    await row.getByRole('button', { name: `${en.QuickAction.AskDeadline}: ${ref}` }).click();
    await row.getByRole('textbox', { name: new RegExp(`^${en.ChangeRequest.RequestedDate}`) }).fill('2020-07-31');
    await row.getByRole('textbox', { name: new RegExp(`^${en.ChangeRequest.Reason}`) }).fill('The schools closed in March; the visits move to the summer term.');
    await row.getByRole('button', { name: en.ChangeRequest.Send }).click();
    await row.getByText(en.ChangeRequest.Sent).waitFor();
    const after = await storedRequests(page);
    expect(after.length).toBe(before + 1);
    const sent = after.filter((request) => request.Action.Ref === ref && request.Decision === 'Pending');
    expect(sent.length).toBe(1);
  });
});
