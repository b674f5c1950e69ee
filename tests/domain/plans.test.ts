import {
  choosePlan, findPlan, hasPlanEnded, isPlanCollecting, isPlanOpen, isPlanTitleTaken, openingPeriod, periodProblem, planCoversYear,
  planPeriods
} from '../../src/domain/plans';
import { Plan, PlanStatus } from '../../src/domain/model';

function plan(title: string, firstYear: string, lastYear: string, status: PlanStatus = 'Active'): Plan {
  return { title, type: 'Other', firstYear, lastYear, status, allowChangeRequests: true };
}

const SEP = plan('Strategic Equality Plan 2016-20', '2016-17', '2019-20');
const ESTYN = plan('Post Inspection Action Plan 2019', '2019-20', '2022-23');
const CUMBRIA = plan('Equality Action Plan 2012/13', '2012-13', '2012-13', 'Closed');
const PLANS = [SEP, ESTYN, CUMBRIA];

describe('which years a plan covers', () => {
  test.each<[string, Plan, string, boolean]>([
    ['its first year', SEP, '2016-17', true],
    ['a middle year', SEP, '2017-18', true],
    ['its last year', SEP, '2019-20', true],
    ['the year before it starts', SEP, '2015-16', false],
    ['the year after it ends', SEP, '2020-21', false],
    ['a one-year plan, its year', CUMBRIA, '2012-13', true],
    ['a one-year plan, the next year', CUMBRIA, '2013-14', false],
    ['a year written with a slash', ESTYN, '2020/21', true]
  ])('%s → %s', (_case, candidate, year, expected) => {
    expect(planCoversYear(candidate, year)).toBe(expected);
  });
});

describe('plan titles are unique whatever their case', () => {
  test.each<[string, string, boolean]>([
    ['the same title', 'Strategic Equality Plan 2016-20', true],
    ['another case', 'strategic EQUALITY plan 2016-20', true],
    ['spaces around it', '  Strategic Equality Plan 2016-20 ', true],
    ['a different title', 'Strategic Equality Plan 2020-24', false],
    ['an empty title is nobody’s', '', false]
  ])('%s → taken: %s', (_case, title, taken) => {
    expect(isPlanTitleTaken(PLANS, title)).toBe(taken);
    expect(findPlan(PLANS, title)).toBe(taken ? SEP : undefined);
  });
});

describe('open plans', () => {
  test.each<[PlanStatus, boolean]>([
    ['Draft', true],
    ['Active', true],
    ['Closed', false]
  ])('a %s plan is open: %s', (status, open) => {
    expect(isPlanOpen({ status })).toBe(open);
  });
});

describe('the plan a report is for', () => {
  const two = [SEP, plan('Corporate Improvement Plan 2017-22', '2017-18', '2021-22')];

  test.each<[string, Plan[], string | undefined, string, ReturnType<typeof choosePlan>]>([
    ['named, whatever its case', PLANS, 'post inspection action plan 2019', '2012-13', { kind: 'found', plan: ESTYN }],
    ['named, though it does not cover the year', PLANS, CUMBRIA.title, '2019-20', { kind: 'found', plan: CUMBRIA }],
    ['named but unknown', PLANS, 'Service Plan', '2017-18', { kind: 'unknown', wanted: 'Service Plan' }],
    ['not named: the one plan covering the year', PLANS, undefined, '2017-18', { kind: 'found', plan: SEP }],
    ['not named: none covers the year', PLANS, undefined, '2014-15', { kind: 'none' }],
    ['not named: two cover the year', two, undefined, '2018-19', { kind: 'several', candidates: two }],
    ['not named: two plans, one covering the year', two, undefined, '2016-17', { kind: 'found', plan: SEP }]
  ])('%s', (_case, plans, wanted, year, expected) => {
    expect(choosePlan(plans, wanted, year)).toEqual(expected);
  });
});

describe('a plan’s quarters on the clock', () => {
  const p = (financialYear: string, quarter: 'Q1' | 'Q2' | 'Q3' | 'Q4') => ({ financialYear, quarter });

  test.each<[string, Plan, string, ReturnType<typeof p> | undefined, ReturnType<typeof p>]>([
    ['a live plan opens on the quarter just ended', SEP, '2018-07-02', undefined, p('2018-19', 'Q1')],
    ['in early April, the year end just past', SEP, '2020-04-06', undefined, p('2019-20', 'Q4')],
    ['on 1 April, the quarter that ended the day before', ESTYN, '2020-04-01', undefined, p('2019-20', 'Q4')],
    ['an ended plan opens on its last reported quarter', CUMBRIA, '2020-04-06', p('2012-13', 'Q3'), p('2012-13', 'Q3')],
    ['an ended plan with nothing reported opens on its last quarter', CUMBRIA, '2020-04-06', undefined, p('2012-13', 'Q4')],
    ['a last report from outside the plan is not where it opens', CUMBRIA, '2020-04-06', p('2013-14', 'Q1'), p('2012-13', 'Q4')],
    ['a plan not started yet opens on its first quarter', ESTYN, '2018-07-02', undefined, p('2019-20', 'Q1')],
    ['in its first weeks, the quarter just ended is before it: its first quarter', ESTYN, '2019-05-01', undefined, p('2019-20', 'Q1')]
  ])('%s', (_case, plan, today, lastReported, expected) => {
    expect(openingPeriod(plan, today, lastReported)).toEqual(expected);
  });

  test.each<[string, Plan, ReturnType<typeof p>, string, string | undefined]>([
    ['a quarter of the plan, ended', SEP, p('2017-18', 'Q4'), '2020-04-06', undefined],
    ['the quarter in progress', SEP, p('2020-21', 'Q1'), '2020-04-06', 'periodOutsidePlan'],
    ['a quarter in progress within the plan', ESTYN, p('2020-21', 'Q1'), '2020-04-06', undefined],
    ['a quarter not started', ESTYN, p('2020-21', 'Q2'), '2020-04-06', 'periodNotStarted'],
    ['a year before the plan', SEP, p('2015-16', 'Q4'), '2020-04-06', 'periodOutsidePlan'],
    ['1999-00, a real year but not the plan’s', SEP, p('1999-00', 'Q1'), '2020-04-06', 'periodOutsidePlan']
  ])('%s → %s', (_case, plan, period, today, code) => {
    const problem = periodProblem(plan, period, today);
    expect(problem && problem.code).toBe(code);
  });

  test('the sentences say what is wrong', () => {
    expect(periodProblem(SEP, p('2020-21', 'Q1'), '2020-04-06')!.message).toBe('Strategic Equality Plan 2016-20 runs from 2016-17 to 2019-20: Q1 2020-21 is not one of its quarters.');
    expect(periodProblem(ESTYN, p('2020-21', 'Q2'), '2020-04-06')!.message).toBe('Q2 2020-21 has not started yet (today is 6 April 2020): there is nothing to report.');
  });

  test.each<[string, Plan, ReturnType<typeof p>, boolean]>([
    ['an active plan in one of its years', SEP, p('2018-19', 'Q1'), true],
    ['an active plan after its last year', SEP, p('2020-21', 'Q1'), false],
    ['a closed plan in its own year', CUMBRIA, p('2012-13', 'Q3'), false],
    ['a draft plan in its years', { ...ESTYN, status: 'Draft' }, p('2019-20', 'Q4'), true]
  ])('%s collects updates: %s', (_case, plan, period, expected) => {
    expect(isPlanCollecting(plan, period)).toBe(expected);
  });

  test('every quarter of a plan, in order', () => {
    expect(planPeriods(CUMBRIA).map((period) => period.quarter)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(planPeriods(SEP)).toHaveLength(16);
    expect(planPeriods(SEP)[15]).toEqual(p('2019-20', 'Q4'));
  });
});

describe('has a plan ended', () => {
  test.each<[string, Plan, string, boolean]>([
    ['in its last quarter’s reporting weeks', SEP, '2020-04-06', false],
    ['a quarter later', SEP, '2020-07-06', true],
    ['long ago', CUMBRIA, '2020-04-06', true],
    ['not yet started', ESTYN, '2018-07-02', false],
    ['in its first year', ESTYN, '2019-10-01', false]
  ])('%s → %s', (_case, plan, today, ended) => {
    expect(hasPlanEnded(plan, today)).toBe(ended);
  });
});
