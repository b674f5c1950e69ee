/**
 * @jest-environment node
 */
import { GraphOutbox } from '../../../src/local/graphOutbox';
import { activityBody, batch, graph, mimeBase64, SENDER, startCouncilOutbox } from './outboxHarness';

const ADA = 'ada.lovelace@council.gov.uk';
const BRYN = 'bryn.terfel@council.gov.uk';
const CERYS = 'cerys.matthews@council.gov.uk';
const notify = (upn: string) => `/users/${upn}/teamwork/sendActivityNotification`;

describe('the Graph outbox: activity notifications and mail', () => {
  let outbox: GraphOutbox;

  beforeEach(async () => {
    outbox = await startCouncilOutbox();
  });
  afterEach(() => outbox.close());

  test('an activity to a person with the notifier app is a 204 and is recorded as they would see it', async () => {
    const answer = await graph(outbox, 'POST', notify(ADA), activityBody());
    expect([answer.status, answer.body]).toEqual([204, undefined]);
    expect(outbox.messages()).toEqual([
      {
        seq: 1,
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        kind: 'activity',
        to: ADA,
        userId: expect.any(String),
        activityType: 'updateDueSoon',
        topic: { source: 'text', value: 'Quarterly updates', webUrl: 'https://teams.microsoft.com/l/entity/app/myMilestones' },
        previewText: 'Two updates are due on 14 April',
        templateParameters: [{ name: 'count', value: '2' }]
      }
    ]);
  });

  test.each([
    ['without the notifier app', BRYN, activityBody(), 403, 'Forbidden'],
    ['to nobody in the directory', 'nobody@council.gov.uk', activityBody(), 404, 'Request_ResourceNotFound'],
    ['with an activity type the app does not declare', ADA, activityBody('birthday'), 400, 'BadRequest'],
    ['without previewText', ADA, { ...activityBody(), previewText: undefined }, 400, 'invalidRequest'],
    ['with a text topic and no webUrl', ADA, { ...activityBody(), topic: { source: 'text', value: 'x' } }, 400, 'invalidRequest']
  ])('an activity %s is refused (%s) and nothing is recorded', async (_, upn, body, status, code) => {
    const answer = await graph(outbox, 'POST', notify(upn), body);
    expect([answer.status, answer.body.error.code]).toEqual([status, code]);
    expect(outbox.messages()).toEqual([]);
  });

  test('a MIME mail (base64, text/plain) inside a batch is a 202, read back with its subject, HTML and text', async () => {
    const answer = await batch(outbox, [
      { id: '1', method: 'POST', url: `/users/${SENDER}/sendMail`, headers: { 'Content-Type': 'text/plain' }, body: await mimeBase64(BRYN) }
    ]);
    expect(answer.byId.get('1').status).toBe(202);
    const [mail] = outbox.messages();
    expect(mail).toMatchObject({ kind: 'mail', to: BRYN, subject: 'Updates due on 14 April', from: SENDER, text: 'Updates due. Two updates.' });
    expect(mail.html).toContain('<h1>Updates due</h1>');
  });

  test('a JSON mail outside a batch is a 202 and recorded', async () => {
    const message = { subject: 'Overdue', body: { contentType: 'HTML', content: '<p>Overdue</p>' }, toRecipients: [{ emailAddress: { address: ADA } }] };
    const answer = await graph(outbox, 'POST', `/users/${SENDER}/sendMail`, { message });
    expect(answer.status).toBe(202);
    expect(outbox.messages()).toEqual([expect.objectContaining({ kind: 'mail', to: ADA, subject: 'Overdue', html: '<p>Overdue</p>' })]);
  });

  test.each([
    ['to a person without a mailbox', SENDER, async () => mimeBase64(CERYS), 400, 'ErrorInvalidRecipients'],
    ['from a sender mailbox that does not exist', 'nobody@council.gov.uk', async () => mimeBase64(ADA), 404, 'ErrorInvalidUser'],
    ['whose body is not base64', SENDER, async () => 'this is not base64!', 400, 'ErrorMimeContentInvalidBase64String']
  ])('a mail %s is refused (%s) and nothing is recorded', async (_, sender, body, status, code) => {
    const answer = await graph(outbox, 'POST', `/users/${sender}/sendMail`, await body());
    expect([answer.status, answer.body.error.code]).toEqual([status, code]);
    expect(outbox.messages()).toEqual([]);
  });

  test('the admin API lists and clears messages and replaces the directory', async () => {
    await graph(outbox, 'POST', notify(ADA), activityBody());
    const json = { 'Content-Type': 'application/json' };
    expect(await (await fetch(`${outbox.url}/_admin/messages`)).json()).toHaveLength(1);
    await fetch(`${outbox.url}/_admin/messages`, { method: 'DELETE' });
    expect(outbox.messages()).toEqual([]);
    const put = await fetch(`${outbox.url}/_admin/directory`, { method: 'PUT', headers: json, body: JSON.stringify([{ id: 'u1', userPrincipalName: 'dai@council.gov.uk', displayName: 'Dai', accountEnabled: true, installedApps: [] }]) });
    expect(put.status).toBe(200);
    expect((await graph(outbox, 'POST', notify(ADA), activityBody())).status).toBe(404);
    const refused = await fetch(`${outbox.url}/_admin/directory`, { method: 'PUT', headers: json, body: JSON.stringify([{ id: 'u2' }]) });
    expect((await refused.json()).error).toContain('directory[0].userPrincipalName');
  });
});
