import { choosePlan, findPlan, isPlanOpen, isPlanTitleTaken, planCoversYear } from '../../src/domain/plans';
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
