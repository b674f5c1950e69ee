/**
 * @jest-environment node
 */
import { ForbiddenError } from '../../src/data/errors';
import { Plan, ReportingPeriod } from '../../src/domain/model';
import { periodKey, periodOpenForUpdatesOn, quarterBounds } from '../../src/domain/periods';
import { planPeriods } from '../../src/domain/plans';
import { DEMO_OVERLAY } from '../../src/local/demoData/demoOverlay';
import { DemoSite, startDemoSite } from '../../src/local/demoSite';
import { loadReport } from '../../src/report/loadReport';

jest.setTimeout(120_000);

/**
 * The story local mode tells (SPEC §5.6), on its one clock: the demo's day is the overlay's, the
 * default period is the one it makes open for updates, every demo person has their job to do in
 * it, and every quarter of every demo plan that has begun reports numbers that hold together.
 */

const ESTYN = 'Powys Education Services: Post Inspection Action Plan 2019';
const SEP = 'Powys County Council Strategic Equality Plan 2016-20';
const JAN = 'jan.coles@powys.example';
const ALEC = 'alec.clark@powys.example';
const CAROLINE = 'caroline.rees@powys.example';
const CHIEF = 'chief.education.officer@powys.example';
const SEP_LEAD = 'sep.coordinator@powys.example';
const CABINET = 'cabinet.member@powys.example';
const VISITOR = 'visitor@powys.example';

/** The overlay's staged updates, as "plan action" pairs, for a plan. */
const stagedIn = (plan: string): string[] => DEMO_OVERLAY.updates.filter((update) => update.plan === plan).map((update) => update.action).sort();

describe('the demo on its one clock', () => {
  let site: DemoSite;
  let period: ReportingPeriod;

  beforeAll(async () => {
    site = await startDemoSite({});
    period = periodOpenForUpdatesOn(site.clock.today());
  });

  afterAll(() => site.close());

  test('the clock starts on the overlay\'s day, Monday 6 April 2020, and the default period is 2019-20 Q4', () => {
    expect(site.clock.today()).toBe(DEMO_OVERLAY.today);
    expect(site.clock.today()).toBe('2020-04-06');
    expect(periodKey(period)).toBe('2019-20 Q4');
  });

  describe('every demo person has their job to do in the default period', () => {
    test.each([JAN, ALEC])('%s owes updates, and has milestones due and overdue', async (email) => {
      const items = await site.repositoryAs(email).myItems(email, period);
      expect(items.actions.length).toBeGreaterThan(0);
      const dues = items.milestones.map(({ milestone }) => milestone.value.dueDate);
      expect(dues.some((due) => due < site.clock.today())).toBe(true);
      expect(dues.some((due) => due >= site.clock.today())).toBe(true);
    });

    test('Jan Coles has measure values to enter for the quarter, in the restated 2019-20 SEP measures', async () => {
      const items = await site.repositoryAs(JAN).myItems(JAN, period);
      const measures = items.measures.filter(({ plan, measure }) => plan === SEP && measure.value.financialYear === '2019-20');
      expect(measures.length).toBeGreaterThan(0);
    });

    test('Jan Coles sees her two staged updates waiting for review, one in each Powys plan', async () => {
      const items = await site.repositoryAs(JAN).myItems(JAN, period);
      const submitted = items.actions
        .filter(({ updates }) => updates.some((update) => update.value.reviewState === 'Submitted' && update.value.quarter === period.quarter))
        .map(({ plan, action }) => `${plan} ${action.value.ref}`)
        .sort();
      expect(submitted).toEqual([`${SEP} 3.c.`, `${ESTYN} R2.c.1`]);
    });

    test('the Estyn plan lead has both of its staged updates and the deadline change request to decide', async () => {
      const queue = await site.repositoryAs(CHIEF).reviewQueue(CHIEF, period);
      expect(queue.updates.map((item) => item.action.value.ref).sort()).toEqual(stagedIn(ESTYN));
      expect(queue.deadlineChanges.map((item) => [item.request.value.actionRef, item.request.value.requestedDate])).toEqual([['R2.c.2', '2020-07-31']]);
    });

    test('the objective lead of R2.a to R2.d reviews R2.c.1 only: R1.a.1 is not under her objectives, and deadlines are the plan lead\'s', async () => {
      const queue = await site.repositoryAs(CAROLINE).reviewQueue(CAROLINE, period);
      expect(queue.updates.map((item) => item.action.value.ref)).toEqual(['R2.c.1']);
      expect(queue.deadlineChanges).toEqual([]);
      const own = await site.repositoryAs(CAROLINE).myItems(CAROLINE, period);
      expect(own.actions.length).toBeGreaterThan(0);
    });

    test('the SEP lead reviews the SEP\'s staged update', async () => {
      const queue = await site.repositoryAs(SEP_LEAD).reviewQueue(SEP_LEAD, period);
      expect(queue.updates.map((item) => item.action.value.ref)).toEqual(stagedIn(SEP));
    });

    test.each([CABINET, VISITOR])('%s reads every plan\'s report and can change nothing', async (email) => {
      const repository = site.repositoryAs(email);
      const plans = (await repository.listPlans()).map((stored) => stored.value);
      expect(plans.map((plan) => plan.title)).toContain(ESTYN);
      await expect(loadReport(repository, { plan: ESTYN, period, asOf: site.clock.today() })).resolves.toBeDefined();
      const estyn = plans.filter((plan) => plan.title === ESTYN)[0];
      await expect(repository.savePlan({ ...estyn, title: 'A plan of my own' })).rejects.toBeInstanceOf(ForbiddenError);
      expect((await repository.myItems(email, period)).actions).toEqual([]);
    });
  });

  describe('every quarter of every demo plan that has begun, as at the demo\'s day', () => {
    let quarters: Array<{ plan: Plan; period: ReportingPeriod }> = [];

    beforeAll(async () => {
      const plans = (await site.repositoryAs().listPlans()).map((stored) => stored.value);
      quarters = plans.flatMap((plan) => planPeriods(plan).filter((quarter) => quarterBounds(quarter).start <= site.clock.today()).map((quarter) => ({ plan, period: quarter })));
    });

    test('there are quarters of all three plans to check', () => {
      expect(new Set(quarters.map(({ plan }) => plan.title)).size).toBe(3);
    });

    test('nothing is overdue before its plan starts or after the demo\'s day, and each row\'s percentages add up to 100', async () => {
      const reader = site.repositoryAs(CABINET);
      const problems: string[] = [];
      for (const { plan, period: quarter } of quarters) {
        const { document } = await loadReport(reader, { plan: plan.title, period: quarter, asOf: site.clock.today() });
        const where = `${plan.title} ${periodKey(quarter)}`;
        const planStart = quarterBounds(planPeriods(plan)[0]).start;
        for (const item of document.overdue) {
          if (item.dueDate < planStart || item.dueDate >= site.clock.today()) problems.push(`${where}: ${item.itemRef} due ${item.dueDate}`);
        }
        for (const row of [...document.atAGlance.rows.map((each) => ({ name: each.objectiveRef, counts: each, percent: each.percent })), { name: 'total', counts: document.atAGlance.total, percent: document.atAGlance.percent }]) {
          for (const part of ['actions', 'measures'] as const) {
            const sum = Object.values(row.percent[part]).reduce((total, share) => total + share, 0);
            const expected = row.counts[part].total > 0 ? 100 : 0;
            if (sum !== expected) problems.push(`${where} ${row.name} ${part}: ${sum}%`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  });
});
