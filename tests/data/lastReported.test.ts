/**
 * @jest-environment node
 */
import { NotFoundError } from '../../src/data/errors';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { MeasureImportRow } from '../../src/domain/import';
import { Frequency, MeasureValue, ReportingPeriod } from '../../src/domain/model';
import { SharePointStore } from '../../src/local/sharepointStore';
import { actionRow, actionsFile, LEAD, OWNER, repositoryAs } from './repositoryHarness';
import { ownersUpdate, personOf, setPlan, startReviewStore } from './reviewHarness';

/**
 * The latest quarter a plan has anything reported for (where an ended plan opens, SPEC §5.6):
 * an action update that counts (SPEC §4.4: submitted or approved; drafts and returned updates do
 * not) or a measure value (an annual measure's outturn is the year's Q4, SPEC §6). Each plan
 * below holds one case; every action plan covers 2017-18 to 2018-19, taken from its rows.
 */

const NOTHING = 'Plan with nothing reported';
const IMPORTED = 'Plan reported up to its import';
const SUBMITTED = 'Plan with a submitted update after its import';
const NOT_COUNTING = 'Plan with only a draft and a returned update since its import';
const VALUE_LATER = 'Plan whose measure values run ahead of its updates';
const MEASURES_ONLY = 'Measures-only plan';
const ANNUAL = 'Plan with an annual measure';
const LATEST_ELSEWHERE = 'Another plan, reported to the end of 2018-19';

const period = (financialYear: string, quarter: ReportingPeriod['quarter']): ReportingPeriod => ({ financialYear, quarter });

function measureRow(plan: string, financialYear: string, frequency: Frequency, values: MeasureValue[]): MeasureImportRow {
  return {
    rowNumber: 2, plan, objectiveRef: '1', values,
    measure: {
      ref: 'M1', objectiveRef: '1', title: 'Measure M1', financialYear, unit: '%', polarity: 'High', frequency, aggregation: 'InQuarter',
      target: { lower: 75, upper: 75 }, tolerance: { kind: 'percent', amount: 10 }
    }
  };
}

const value = (financialYear: string, valuePeriod: MeasureValue['period'], amount: number): MeasureValue => ({ measureRef: 'M1', financialYear, period: valuePeriod, value: amount });

describe('the last reported quarter of a plan, against the embedded SharePoint store', () => {
  let store: SharePointStore;
  let lead: TrackerRepository;

  beforeAll(async () => {
    store = await startReviewStore();
    lead = repositoryAs(store);
    const owner = repositoryAs(store, OWNER.email);
    const withoutUpdates = (plan: string): ReturnType<typeof actionRow>[] => [0, 1].map((n) => ({ ...actionRow(plan, n), update: undefined }));
    // Imported rows carry an approved 2017-18 Q4 update.
    const imported = (plan: string): ReturnType<typeof actionRow>[] => [0, 1].map((n) => actionRow(plan, n));
    await lead.importRows(actionsFile(withoutUpdates(NOTHING).concat(
      imported(IMPORTED), imported(SUBMITTED), imported(NOT_COUNTING), imported(VALUE_LATER), imported(LATEST_ELSEWHERE)
    )));

    await owner.saveUpdate(SUBMITTED, ownersUpdate('2.1.', '2018-19', 'Q1', 'Submitted', '2018-07-02T09:00:00Z'));

    await setPlan(lead, NOT_COUNTING, { lead: personOf(LEAD) });
    await owner.saveUpdate(NOT_COUNTING, ownersUpdate('2.1.', '2018-19', 'Q2', 'Draft'));
    const submitted = await owner.saveUpdate(NOT_COUNTING, ownersUpdate('1.0.', '2018-19', 'Q1', 'Submitted', '2018-07-02T09:00:00Z'));
    await lead.reviewUpdate(NOT_COUNTING, submitted, 'Returned', 'Add the consultation dates.', personOf(LEAD));

    await lead.importRows({ kind: 'measures', errors: [], warnings: [], rows: [measureRow(VALUE_LATER, '2018-19', 'Quarterly', [])] });
    await lead.saveMeasureValue(VALUE_LATER, { ...value('2018-19', 'Q2', 71), enteredBy: personOf(LEAD) });

    await lead.importRows({
      kind: 'measures', errors: [], warnings: [],
      rows: [measureRow(MEASURES_ONLY, '2017-18', 'Quarterly', []), measureRow(MEASURES_ONLY, '2018-19', 'Quarterly', [value('2018-19', 'Q1', 70), value('2018-19', 'Q2', 72)])]
    });
    await lead.importRows({
      kind: 'measures', errors: [], warnings: [],
      rows: [measureRow(ANNUAL, '2017-18', 'Annual', [value('2017-18', 'Annual', 80)]), measureRow(ANNUAL, '2018-19', 'Annual', [])]
    });

    await owner.saveUpdate(LATEST_ELSEWHERE, ownersUpdate('2.1.', '2018-19', 'Q4', 'Submitted', '2019-04-02T09:00:00Z'));
  }, 60000);

  afterAll(() => store.close());

  test.each<[string, string, ReportingPeriod | undefined]>([
    ['a plan with actions but no update or value: none', NOTHING, undefined],
    ['a plan whose import brought approved updates: their quarter, not the later quarters other plans reported', IMPORTED, period('2017-18', 'Q4')],
    ['a submitted update after the import: its quarter', SUBMITTED, period('2018-19', 'Q1')],
    ['a draft and a returned update do not count: the import’s quarter', NOT_COUNTING, period('2017-18', 'Q4')],
    ['the plan reported furthest, beside the others', LATEST_ELSEWHERE, period('2018-19', 'Q4')]
  ])('%s', async (_case, plan, expected) => {
    expect(await lead.lastReportedPeriod(plan)).toEqual(expected);
  });

  test.each<[string, string, ReportingPeriod]>([
    ['a measure value entered for a quarter after the last update: the value’s quarter', VALUE_LATER, period('2018-19', 'Q2')],
    ['a plan with measures and no actions: its latest value’s quarter', MEASURES_ONLY, period('2018-19', 'Q2')],
    ['an annual measure’s outturn is the year’s Q4', ANNUAL, period('2017-18', 'Q4')]
  ])('measure values are reported too: %s', async (_case, plan, expected) => {
    expect(await lead.lastReportedPeriod(plan)).toEqual(expected);
  });

  test('is read in two HTTP requests, the plan and one $batch, however many quarters the plan has', async () => {
    const fresh = repositoryAs(store);
    store.resetStats();
    await fresh.lastReportedPeriod(SUBMITTED);
    expect(store.stats().totalRequests).toBe(2);
  });

  test('an unknown plan is NotFoundError with a sentence naming it', async () => {
    const error = await lead.lastReportedPeriod('No such plan').catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe('Plan "No such plan" could not be found. It may have been deleted, or the tracker\'s lists are not set up on this site.');
  });
});
