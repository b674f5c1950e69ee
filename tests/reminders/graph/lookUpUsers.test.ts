/**
 * @jest-environment node
 */
import { directoryFromPeople, GraphOutbox, startGraphOutbox } from '../../../src/local/graphOutbox';
import { graphFor, owners, startOutbox } from './graphHarness';

describe('ReminderGraph.lookUpUsers against the outbox', () => {
  let outbox: GraphOutbox;

  afterEach(() => outbox.close());

  test('1,000 people are found in at most 4 HTTP calls (15 per filter, 20 filters per $batch)', async () => {
    const people = owners(1000);
    outbox = await startOutbox(people);
    const graph = graphFor(outbox);
    const users = await graph.lookUpUsers(people.map((person) => person.email));
    expect(users.size).toBe(1000);
    expect(outbox.stats().httpCalls).toBeLessThanOrEqual(4);
    // 1,000 / 15 = 67 filters; 67 / 20 = 4 batches.
    expect(graph.stats()).toMatchObject({ httpCalls: 4, innerRequests: 67, throttled: 0 });
    expect(users.get('owner999@council.gov.uk')).toEqual({
      id: expect.any(String),
      userPrincipalName: 'owner999@council.gov.uk',
      mail: 'owner999@council.gov.uk',
      displayName: 'Owner 999',
      accountEnabled: true
    });
  });

  test('keys are lower-case e-mails; someone whose sign-in name differs is found by mail; apostrophes are escaped', async () => {
    const directory = directoryFromPeople([{ email: "siân.o'brien@council.gov.uk", title: "Siân O'Brien", language: 'cy-GB' }]);
    directory.push({ id: 'u-ada', userPrincipalName: 'ada@council.onmicrosoft.com', mail: 'Ada.Lovelace@council.gov.uk', displayName: 'Ada Lovelace', accountEnabled: false, installedApps: [] });
    outbox = await startGraphOutbox({ directory, quiet: true });
    const users = await graphFor(outbox).lookUpUsers(["SIÂN.O'BRIEN@council.gov.uk", 'ada.lovelace@COUNCIL.gov.uk', 'nobody@council.gov.uk']);
    expect(Array.from(users.keys()).sort()).toEqual(['ada.lovelace@council.gov.uk', "siân.o'brien@council.gov.uk"]);
    expect(users.get("siân.o'brien@council.gov.uk")?.preferredLanguage).toBe('cy-GB');
    expect(users.get('ada.lovelace@council.gov.uk')).toMatchObject({ id: 'u-ada', accountEnabled: false });
    // The first pass by sign-in name, then one more by mail for the two not found.
    expect(outbox.stats().innerRequests).toEqual({ 'GET /v1.0/users': 2 });
  });

  test('a directory lookup Graph keeps refusing is an error, not "nobody found"', async () => {
    outbox = await startOutbox(owners(3), { failureRate: 1, status: 503, scope: 'inner' });
    await expect(graphFor(outbox, { maxTries: 2 }).lookUpUsers(['owner1@council.gov.uk'])).rejects.toThrow(/directory failed/);
  });
});
