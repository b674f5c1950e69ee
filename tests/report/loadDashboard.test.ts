/**
 * @jest-environment node
 */
import { periodKey, quarterBounds } from '../../src/domain/periods';
import { planPeriods } from '../../src/domain/plans';
import { buildReport } from '../../src/domain/reporting';
import { reportInputOf } from '../../src/report/reportInput';
import { DemoSite, startDemoSite } from '../../src/local/demoSite';
import { loadDashboard } from '../../src/report/loadDashboard';
import { loadReport } from '../../src/report/loadReport';

jest.setTimeout(120_000);

/**
 * The dashboard's first render over the demo data, through the repository against the embedded
 * store: its report is the JSON report, and each quarter of its direction of travel is what that
 * quarter's own report says, judged on that quarter's report day.
 */

const SEP = 'Powys County Council Strategic Equality Plan 2016-20';
const ESTYN = 'Powys Education Services: Post Inspection Action Plan 2019';
const CABINET = 'cabinet.member@powys.example';
const Q4 = { financialYear: '2018-19', quarter: 'Q4' as const };

describe('the dashboard over the demo plans', () => {
  let site: DemoSite;

  beforeAll(async () => {
    site = await startDemoSite({});
  });

  afterAll(() => site.close());

  test('its report is loadReport’s document for the same plan, period and clock', async () => {
    const repo = site.repositoryAs(CABINET);
    const request = { plan: SEP, period: Q4, asOf: site.clock.today() };
    const dashboard = await loadDashboard(repo, request);
    expect(dashboard.report.document).toEqual((await loadReport(repo, request)).document);
  });

  test('eight quarters by default, oldest first, each judged on its report day: the day after its updates were due', async () => {
    const dashboard = await loadDashboard(site.repositoryAs(CABINET), { plan: SEP, period: Q4, asOf: site.clock.today() });
    expect(dashboard.directionOfTravel.map((glance) => [periodKey(glance.period), glance.asOf])).toEqual([
      ['2017-18 Q1', '2017-07-15'], // Q1 ends Fri 30 Jun 2017: due Fri 14 Jul
      ['2017-18 Q2', '2017-10-14'],
      ['2017-18 Q3', '2018-01-16'], // New Year's Day and the weekends: due Mon 15 Jan
      ['2017-18 Q4', '2018-04-17'],
      ['2018-19 Q1', '2018-07-14'],
      ['2018-19 Q2', '2018-10-13'],
      ['2018-19 Q3', '2019-01-16'],
      ['2018-19 Q4', site.clock.today()]
    ]);
  });

  test('each quarter is that quarter’s own report at that day: its glance, and the rows its counts drill into', async () => {
    const repo = site.repositoryAs(CABINET);
    const dashboard = await loadDashboard(repo, { plan: SEP, period: Q4, asOf: site.clock.today(), quarters: 6 });
    expect(dashboard.directionOfTravel).toHaveLength(6);
    for (const glance of dashboard.directionOfTravel) {
      const own = await loadReport(repo, { plan: SEP, period: glance.period, asOf: glance.asOf });
      expect({ period: periodKey(glance.period), document: glance.report.document, actionRows: glance.report.actionRows })
        .toEqual({ period: periodKey(glance.period), document: own.document, actionRows: own.actionRows });
    }
    const totals = new Set(dashboard.directionOfTravel.map((glance) => JSON.stringify(glance.report.document.atAGlance.total)));
    expect(totals.size).toBeGreaterThan(1);
  });

  test('a plan in its first quarters shows only those it has had', async () => {
    const dashboard = await loadDashboard(site.repositoryAs(CABINET), { plan: ESTYN, period: { financialYear: '2019-20', quarter: 'Q2' }, asOf: '2019-10-20' });
    expect(dashboard.directionOfTravel.map((glance) => periodKey(glance.period))).toEqual(['2019-20 Q1', '2019-20 Q2']);
  });

  test('every demo plan’s every quarter reads the same report through the narrow reads as from its whole tracker', async () => {
    const repo = site.repositoryAs(CABINET);
    const today = site.clock.today();
    let compared = 0;
    for (const stored of await repo.listPlans()) {
      for (const period of planPeriods(stored.value).filter((quarter) => quarterBounds(quarter).start <= today)) {
        const lean = await loadReport(repo, { plan: stored.value.title, period, asOf: today });
        const whole = buildReport(reportInputOf(await repo.loadTracker(stored.value.title, period), today));
        expect({ plan: stored.value.title, period: periodKey(period), document: lean.document }).toEqual({ plan: stored.value.title, period: periodKey(period), document: whole });
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  test('no responses saved: none shown', async () => {
    const dashboard = await loadDashboard(site.repositoryAs(CABINET), { plan: SEP, period: Q4, asOf: site.clock.today() });
    expect(dashboard.responses).toEqual({});
  });
});
