/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { LISTS } from '../../src/data/schema';
import { dateToItem } from '../../src/data/mapping/fieldValues';
import { measureTrend } from '../../src/domain/measures';
import { Measure, MeasureValue, Quarter, ReportingPeriod } from '../../src/domain/model';
import { MeasureImportRow } from '../../src/domain/import';
import { SharePointStore } from '../../src/local/sharepointStore';
import { actionRow, actionsFile, LEAD, OWNER, spAs } from './repositoryHarness';
import { ownersUpdate, personOf, setPlan, startReviewSite } from './reviewHarness';

const PLAN = 'Corporate Improvement Plan';
const CLOSED_PLAN = 'Post-inspection Action Plan 2015';
const OTHER_PLAN = 'Strategic Equality Plan 2016-20';
const Q1_2018: ReportingPeriod = { financialYear: '2018-19', quarter: 'Q1' };

function measureRow(plan: string, ref: string, owner: typeof OWNER, financialYear: string, values: Array<[Quarter, number]>): MeasureImportRow {
  const measure: Measure = {
    ref, objectiveRef: '1', title: `Measure ${ref}`, financialYear, unit: '%', polarity: 'High', frequency: 'Quarterly',
    aggregation: 'InQuarter', target: { lower: 75, upper: 75 }, tolerance: { kind: 'percent', amount: 10 }, owner: personOf(owner)
  };
  return {
    rowNumber: 2, plan, objectiveRef: '1', measure,
    values: values.map(([period, value]) => ({ measureRef: ref, financialYear, period, value }))
  };
}

describe('myItems: what an owner needs for the update form', () => {
  let store: SharePointStore;
  let lead: TrackerRepository;
  let owner: TrackerRepository;

  beforeAll(async () => {
    ({ store, lead, owner } = await startReviewSite());
    // Odd rows are owned by Jan Coles: 2.1., 1.3., 3.5.; row 6 (1.6.) names her as a delegate.
    const delegated = actionRow(PLAN, 6);
    delegated.action = { ...delegated.action, owner: { name: 'IB' }, delegates: [personOf(OWNER)] };
    await lead.importRows(actionsFile(Array.from({ length: 6 }, (_v, n) => actionRow(PLAN, n)).concat([delegated])));
    await lead.importRows(actionsFile([actionRow(CLOSED_PLAN, 0), actionRow(CLOSED_PLAN, 1)]));
    await lead.importRows(actionsFile([actionRow(OTHER_PLAN, 0)]));
    await setPlan(lead, CLOSED_PLAN, { status: 'Closed' });
    await setPlan(lead, PLAN, { lead: personOf(LEAD) });
    await lead.importRows({
      kind: 'measures', errors: [], warnings: [], rows: [
        measureRow(PLAN, 'M1', OWNER, '2017-18', [['Q1', 60], ['Q2', 62], ['Q3', 64], ['Q4', 70]]),
        measureRow(PLAN, 'M2', LEAD, '2017-18', [['Q4', 50]]),
        measureRow(OTHER_PLAN, 'M1', LEAD, '2017-18', [['Q4', 10]])
      ]
    });
    await lead.importRows({
      kind: 'measures', errors: [], warnings: [], rows: [
        measureRow(PLAN, 'M1', OWNER, '2018-19', [['Q1', 72]]),
        measureRow(PLAN, 'M2', LEAD, '2018-19', [['Q1', 40]]),
        measureRow(OTHER_PLAN, 'M1', LEAD, '2018-19', [['Q1', 11]])
      ]
    });
    const calendar = spAs(store).web.lists.getByTitle(LISTS.calendar.title).items;
    await calendar.add({ FinancialYear: '2018-19', Quarter: 'Q1', UpdatesDue: dateToItem('2018-07-20') });
    await calendar.add({ FinancialYear: '2018-19', Quarter: 'Q4', UpdatesDue: dateToItem('2019-04-26') });
    await owner.saveUpdate(PLAN, ownersUpdate('2.1.', '2018-19', 'Q1', 'Draft'));
    const submitted = await owner.saveUpdate(PLAN, ownersUpdate('1.3.', '2018-19', 'Q1', 'Submitted', '2018-07-02T09:00:00Z'));
    await lead.reviewUpdate(PLAN, submitted, 'Returned', 'Add the consultation dates.', personOf(LEAD));
    await lead.saveUpdate(PLAN, { ...ownersUpdate('1.0.', '2018-19', 'Q1', 'Submitted', '2018-07-02T10:00:00Z'), submittedBy: personOf(LEAD) });
    const asked = { currentDate: '2018-12-31', reason: 'Consultation extended', decision: 'Pending' as const };
    await owner.requestDeadlineChange(PLAN, { ...asked, actionRef: '2.1.', requestedDate: '2019-03-31', requester: personOf(OWNER) });
    await lead.requestDeadlineChange(PLAN, { ...asked, actionRef: '1.0.', requestedDate: '2019-06-30', requester: personOf(LEAD) });
  }, 60000);

  afterAll(() => store.close());

  // Default: the 10th working day after the quarter ends, skipping weekends and England and Wales bank holidays.
  test.each([
    ['2017-18', 'Q4', '2018-04-16', 'default: Q4 ends Sat 31 Mar; Easter Monday 2 Apr is skipped, so Tue 3 Apr is day 1'],
    ['2017-18', 'Q3', '2018-01-15', "default: Q3 ends Sun 31 Dec; New Year's Day (Mon 1 Jan) is skipped"],
    ['2018-19', 'Q1', '2018-07-20', "the reporting calendar's date for 2018-19 Q1"],
    ['2018-19', 'Q4', '2019-04-26', "the reporting calendar's date for 2018-19 Q4"]
  ])('updates for %s %s are due on %s (%s)', async (financialYear, quarter, expected) => {
    const period: ReportingPeriod = { financialYear, quarter: quarter as Quarter };
    expect((await owner.myItems(OWNER.email, period)).updatesDue).toBe(expected);
    expect((await owner.myItems('nobody@council.gov.uk', period)).updatesDue).toBe(expected);
  });

  test('lists the owned and delegated actions of open plans, with those plans and their objectives in order', async () => {
    const mine = await owner.myItems('Jan.Coles@Council.gov.uk', Q1_2018);
    expect(mine.person).toEqual({ name: OWNER.email, email: OWNER.email });
    expect(mine.actions.map((item) => `${item.plan} ${item.action.value.ref}`).sort()).toEqual([
      `${PLAN} 1.3.`, `${PLAN} 1.6.`, `${PLAN} 2.1.`, `${PLAN} 3.5.`
    ]);
    expect(mine.plans.map((plan) => plan.value)).toEqual([
      { title: PLAN, type: 'Other', firstYear: '2017-18', lastYear: '2018-19', lead: personOf(LEAD), status: 'Active', allowChangeRequests: true }
    ]);
    expect(mine.plans[0].etag).toMatch(/^"\d+"$/);
    expect(mine.objectives.map((item) => [item.plan, item.objective.ref, item.objective.title])).toEqual([
      [PLAN, '1', 'Objective 1'], [PLAN, '2', 'Objective 2'], [PLAN, '3', 'Objective 3']
    ]);
  });

  test("brings back the owner's draft and the returned update with the lead's comment, beside last quarter's", async () => {
    const mine = await owner.myItems(OWNER.email, Q1_2018);
    const updatesOf = (ref: string): string[] => mine.actions.filter((item) => item.action.value.ref === ref)[0].updates
      .map((update) => `${update.value.financialYear} ${update.value.quarter} ${update.value.reviewState}`).sort();
    expect(updatesOf('2.1.')).toEqual(['2017-18 Q4 Approved', '2018-19 Q1 Draft']);
    expect(updatesOf('1.3.')).toEqual(['2017-18 Q4 Approved', '2018-19 Q1 Returned']);
    const returned = mine.actions.filter((item) => item.action.value.ref === '1.3.')[0].updates
      .filter((update) => update.value.reviewState === 'Returned')[0];
    expect(returned.value).toEqual({ ...ownersUpdate('1.3.', '2018-19', 'Q1', 'Returned', '2018-07-02T09:00:00Z'), reviewComment: 'Add the consultation dates.' });
    expect(updatesOf('3.5.')).toEqual(['2017-18 Q4 Approved']);
  });

  test("gives each measure this year's and last year's values, so Q1 has a trend against last year's outturn", async () => {
    const mine = await owner.myItems(OWNER.email, Q1_2018);
    expect(mine.measures.map((item) => `${item.plan} ${item.measure.value.ref} ${item.measure.value.financialYear}`)).toEqual([`${PLAN} M1 2018-19`]);
    const values: MeasureValue[] = mine.measures[0].values.map((value) => value.value);
    expect(values.map((value) => `${value.financialYear} ${value.period} ${value.value}`).sort()).toEqual([
      '2017-18 Q1 60', '2017-18 Q2 62', '2017-18 Q3 64', '2017-18 Q4 70', '2018-19 Q1 72'
    ]);
    // 72 against last year's outturn of 70, higher being better.
    expect(measureTrend(mine.measures[0].measure.value, 'Q1', values)).toBe('improving');
  });

  test('brings back the deadline change requests on the owner’s actions, and not those on other people’s', async () => {
    const mine = await owner.myItems(OWNER.email, Q1_2018);
    expect(mine.changeRequests.map((entry) => [entry.plan, entry.request.value.actionRef, entry.request.value.requestedDate, entry.request.value.decision]))
      .toEqual([[PLAN, '2.1.', '2019-03-31', 'Pending']]);
  });

  test('reads in three round trips: the user beside one $batch, then two more $batch requests', async () => {
    store.resetStats();
    await owner.myItems(OWNER.email, Q1_2018);
    const stats = store.stats();
    expect(stats.routes).toEqual({ 'GET /_api/web/siteUsers': 1, 'POST /_api/$batch': 3 });
    expect(stats.totalRequests).toBe(4);
    store.resetStats();
    const nobody = await owner.myItems('nobody@council.gov.uk', Q1_2018);
    expect(store.stats().totalRequests).toBe(2);
    expect(nobody).toEqual({
      person: { name: 'nobody@council.gov.uk', email: 'nobody@council.gov.uk' }, period: Q1_2018, updatesDue: '2018-07-20',
      plans: [], objectives: [], actions: [], measures: [], milestones: [], changeRequests: []
    });
  });
});
