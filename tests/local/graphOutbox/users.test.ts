/**
 * @jest-environment node
 */
import { GraphOutbox } from '../../../src/local/graphOutbox';
import { graph, startCouncilOutbox } from './outboxHarness';

const ADA = 'ada.lovelace@council.gov.uk';
const BRYN = 'bryn.terfel@council.gov.uk';
const CERYS = 'cerys.matthews@council.gov.uk';

function usersPath(filter: string, select = 'id,userPrincipalName,mail,displayName,preferredLanguage,accountEnabled'): string {
  return `/users?$filter=${encodeURIComponent(filter)}&$select=${select}`;
}

describe('the Graph outbox: users', () => {
  let outbox: GraphOutbox;

  beforeAll(async () => {
    outbox = await startCouncilOutbox();
  });
  afterAll(() => outbox.close());

  test.each([
    ['userPrincipalName in, any case', `userPrincipalName in ('${ADA.toUpperCase()}','${BRYN}','nobody@council.gov.uk')`, [ADA, BRYN]],
    ['mail in: Cerys has no mailbox', `mail in ('${ADA}','${CERYS}')`, [ADA]],
    ['mail eq', `mail eq '${BRYN}'`, [BRYN]],
    ["an address with an apostrophe, doubled", "userPrincipalName in ('o''brien@council.gov.uk')", []]
  ])('$filter %s', async (_, filter, expected) => {
    const answer = await graph(outbox, 'GET', usersPath(filter));
    expect(answer.status).toBe(200);
    expect(answer.body.value.map((user: any) => user.userPrincipalName).sort()).toEqual(expected);
  });

  test('$select shapes each user and the @odata.context; unset properties are null', async () => {
    const answer = await graph(outbox, 'GET', usersPath(`userPrincipalName eq '${CERYS}'`, 'id,mail,accountEnabled'));
    expect(answer.body['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#users(id,mail,accountEnabled)');
    expect(answer.body.value).toEqual([{ id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4/), mail: null, accountEnabled: true }]);
  });

  test('16 values in one filter is a 400: directory filters take 15', async () => {
    const values = Array.from({ length: 16 }, (_, n) => `'p${n}@council.gov.uk'`).join(',');
    const answer = await graph(outbox, 'GET', usersPath(`userPrincipalName in (${values})`));
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain('Max allowed: 15');
  });

  test('a filter on a property the outbox does not filter is a 400 naming it', async () => {
    const answer = await graph(outbox, 'GET', usersPath("city eq 'Cardiff'"));
    expect([answer.status, answer.body.error.message]).toEqual([400, expect.stringContaining("'city'")]);
  });

  test('GET /users/{upn} and /users/{id} find the same person', async () => {
    const byUpn = await graph(outbox, 'GET', `/users/${ADA}?$select=id,displayName`);
    const byId = await graph(outbox, 'GET', `/users/${byUpn.body.id}?$select=id,displayName`);
    expect(byId.body).toEqual(byUpn.body);
    expect(byUpn.body.displayName).toBe('Ada Lovelace');
    expect(byUpn.body['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#users(id,displayName)/$entity');
  });

  test('installedApps with $expand=teamsApp and an externalId filter lists the notifier app only where installed', async () => {
    const path = (upn: string) => `/users/${upn}/teamwork/installedApps?$expand=teamsApp&$filter=${encodeURIComponent("teamsApp/externalId eq '69722f61-6557-411f-a74d-e71797eadd8e'")}`;
    const ada = await graph(outbox, 'GET', path(ADA));
    const bryn = await graph(outbox, 'GET', path(BRYN));
    expect(ada.body.value).toEqual([{ id: expect.any(String), teamsApp: expect.objectContaining({ externalId: '69722f61-6557-411f-a74d-e71797eadd8e' }) }]);
    expect(bryn.body.value).toEqual([]);
  });
});
