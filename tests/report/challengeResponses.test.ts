/**
 * @jest-environment node
 */
import { ConflictError, NotPlanLeadError, ValidationError } from '../../src/data/errors';
import { SharePointStore } from '../../src/local/sharepointStore';
import { saveChallengeResponse } from '../../src/report/challengeResponses';
import { ChallengeResponse } from '../../src/report/dashboardTypes';
import { loadDashboard } from '../../src/report/loadDashboard';
import { actionRow, actionsFile, LEAD, OWNER, repositoryAs } from '../data/repositoryHarness';
import { personOf, setPlan, startReviewStore } from '../data/reviewHarness';

jest.setTimeout(60_000);

const PLAN = 'Responses Plan';
const PERIOD = { financialYear: '2017-18', quarter: 'Q4' as const };

function response(ref: string, text: string): ChallengeResponse {
  return { ref, period: PERIOD, itemType: 'action', itemRef: '1.0.', severity: 'critical', response: text };
}

describe('a plan lead answers a performance challenge', () => {
  let store: SharePointStore;

  beforeAll(async () => {
    store = await startReviewStore();
    const lead = repositoryAs(store);
    await lead.importRows(actionsFile([0, 1, 2].map((n) => actionRow(PLAN, n))));
    await setPlan(lead, PLAN, { lead: personOf(LEAD) });
  });

  afterAll(() => store.close());

  test('a first save adds the response; the dashboard then shows it by its challenge reference', async () => {
    const lead = repositoryAs(store);
    const saved = await saveChallengeResponse(lead, { plan: PLAN, response: response('Q4A01', 'Recovery plan agreed') }, personOf(LEAD));
    expect(saved.etag).not.toBe('');
    const dashboard = await loadDashboard(lead, { plan: PLAN, period: PERIOD, asOf: '2018-05-01' });
    expect(dashboard.responses.Q4A01).toEqual({ id: saved.id, etag: saved.etag, value: response('Q4A01', 'Recovery plan agreed') });
  });

  test('a later save over the revision read replaces the text; a save over the old revision meets the newer one', async () => {
    const lead = repositoryAs(store);
    const first = await saveChallengeResponse(lead, { plan: PLAN, response: response('Q4A02', 'We will look at it') }, personOf(LEAD));
    const second = await saveChallengeResponse(lead, { plan: PLAN, response: response('Q4A02', 'Two extra officers from June'), revision: first }, personOf(LEAD));
    expect(second.etag).not.toBe(first.etag);

    const stale = saveChallengeResponse(lead, { plan: PLAN, response: response('Q4A02', 'Overwrite attempt'), revision: first }, personOf(LEAD));
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ current: response('Q4A02', 'Two extra officers from June'), currentEtag: second.etag });
    const dashboard = await loadDashboard(lead, { plan: PLAN, period: PERIOD, asOf: '2018-05-01' });
    expect(dashboard.responses.Q4A02.value.response).toBe('Two extra officers from June');
  });

  test('a second first save of the same challenge (another tab) meets the first instead of adding a twin', async () => {
    const lead = repositoryAs(store);
    const first = await saveChallengeResponse(lead, { plan: PLAN, response: response('Q4A03', 'From tab one') }, personOf(LEAD));
    const twin = saveChallengeResponse(lead, { plan: PLAN, response: response('Q4A03', 'From tab two') }, personOf(LEAD));
    await expect(twin).rejects.toMatchObject({ currentId: first.id, currentEtag: first.etag, current: response('Q4A03', 'From tab one') });
    expect((await lead.challengeResponses(PLAN, PERIOD)).filter((stored) => stored.value.ref === 'Q4A03')).toHaveLength(1);
  });

  test('only the plan’s lead may save, whoever else can write to the site', async () => {
    const owner = repositoryAs(store, OWNER.email);
    const attempt = saveChallengeResponse(owner, { plan: PLAN, response: response('Q4A04', 'Not mine to say') }, personOf(OWNER));
    await expect(attempt).rejects.toBeInstanceOf(NotPlanLeadError);
    await expect(attempt).rejects.toThrow(`Only the lead of ${PLAN} can respond to its performance challenges.`);
    expect((await owner.challengeResponses(PLAN, PERIOD)).map((stored) => stored.value.ref)).not.toContain('Q4A04');
  });

  test('an empty response is refused, not saved as answered', async () => {
    const attempt = saveChallengeResponse(repositoryAs(store), { plan: PLAN, response: response('Q4A05', '  ') }, personOf(LEAD));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ problems: [expect.objectContaining({ code: 'responseEmpty' })] });
  });

  test('responses belong to their period: another quarter’s are not this one’s', async () => {
    const lead = repositoryAs(store);
    const q3 = { financialYear: '2017-18', quarter: 'Q3' as const };
    await saveChallengeResponse(lead, { plan: PLAN, response: { ...response('Q3A01', 'Last quarter'), period: q3 } }, personOf(LEAD));
    expect((await lead.challengeResponses(PLAN, q3)).map((stored) => stored.value.ref)).toEqual(['Q3A01']);
    expect((await lead.challengeResponses(PLAN, PERIOD)).map((stored) => stored.value.ref)).not.toContain('Q3A01');
  });
});
