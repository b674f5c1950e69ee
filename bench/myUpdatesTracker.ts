/**
 * A generated tracker for the My updates benchmark, written through the repository's own import:
 * three plans, each action with an approved update in every quarter of 2017-18 and a milestone,
 * a tenth as many measures as actions in each of 2017-18 and 2018-19 (four values last year, Q1
 * this year). Whatever the size, one owner has the same work: 20 actions and 5 measures (defined
 * in both years), 4 actions delegated to them by other owners, 20 milestones, and an update for
 * 2018-19 Q1 on each of their 7 actions in the first plan, submitted to that plan's lead, who owns
 * nothing.
 */
import { ITrackerRepository } from '../src/data/ITrackerRepository';
import { ActionImportRow, MeasureImportRow, MilestoneImportRow } from '../src/domain/import';
import { PersonRef, Quarter, QUARTERS, ReportingPeriod } from '../src/domain/model';

export const OWNER = { email: 'owner@council.gov.uk', title: 'Olwen Owen', role: 'member' as const };
export const LEAD = { email: 'lead@council.gov.uk', title: 'Pat Lead', role: 'member' as const };
export const PERIOD: ReportingPeriod = { financialYear: '2018-19', quarter: 'Q1' };
export const PLANS = ['County Improvement Plan', 'Strategic Equality Plan', 'Education Service Plan'];
/** What the owner has, at every size. */
export const OWNED = { actions: 20, delegated: 4, measures: 5 };

/** Items per action: itself, four updates, a milestone, and (a tenth of) two measures with five values. */
const ITEMS_PER_ACTION = 6.7;
const LAST_YEAR = '2017-18';
const OBJECTIVES = 10;
const owner: PersonRef = { name: OWNER.title, email: OWNER.email };

interface Shape {
  actionsPerPlan: number;
  measuresPerPlan: number;
}

export function shapeFor(items: number): Shape {
  const actionsPerPlan = Math.round(items / ITEMS_PER_ACTION / PLANS.length);
  return { actionsPerPlan, measuresPerPlan: Math.round(actionsPerPlan / 10) };
}

/** The lead's queue: the owner's actions in the first plan. */
export function queuedUpdates(): number {
  return ownedInPlan(OWNED.actions, 0);
}

/** Spreads `count` of the owner's items over the plans: 7, 7 and 6 of 20. */
function ownedInPlan(count: number, planIndex: number): number {
  return Math.floor(count / PLANS.length) + (planIndex < count % PLANS.length ? 1 : 0);
}

function actionRef(n: number): string {
  return `${1 + (n % OBJECTIVES)}.${n}.`;
}

function actionRow(plan: string, planIndex: number, n: number, quarter: Quarter): ActionImportRow {
  const ref = actionRef(n);
  const owned = n < ownedInPlan(OWNED.actions, planIndex);
  const delegated = !owned && n < ownedInPlan(OWNED.actions, planIndex) + ownedInPlan(OWNED.delegated, planIndex);
  return {
    rowNumber: n + 2, plan, objectiveRef: String(1 + (n % OBJECTIVES)), objectiveTitle: `Objective ${1 + (n % OBJECTIVES)}`,
    action: {
      ref, objectiveRef: String(1 + (n % OBJECTIVES)), title: `Action ${n}: improve the service`,
      owner: owned ? owner : { name: `Officer ${n % 40}` }, delegates: delegated ? [owner] : [],
      startDate: '2017-04-01', endDate: n % 2 ? '2019-03-31' : '2018-12-31'
    },
    update: { actionRef: ref, financialYear: LAST_YEAR, quarter, status: 'Green', progress: `Progress on action ${n} in ${quarter}`, reviewState: 'Approved' }
  };
}

function milestoneRow(plan: string, n: number): MilestoneImportRow {
  return { rowNumber: n + 2, plan, milestone: { actionRef: actionRef(n), title: `Milestone of action ${n}`, dueDate: '2018-09-30' } };
}

function measureRow(plan: string, planIndex: number, n: number, financialYear: string): MeasureImportRow {
  const ref = `M${n}`;
  const quarters: Quarter[] = financialYear === LAST_YEAR ? [...QUARTERS] : ['Q1'];
  return {
    rowNumber: n + 2, plan, objectiveRef: String(1 + (n % OBJECTIVES)),
    measure: {
      ref, objectiveRef: String(1 + (n % OBJECTIVES)), title: `Measure ${n}`, financialYear, unit: '%', polarity: 'High',
      frequency: 'Quarterly', aggregation: 'InQuarter', target: { lower: 80, upper: 80 }, tolerance: { kind: 'percent', amount: 10 },
      owner: n < ownedInPlan(OWNED.measures, planIndex) ? owner : { name: `Officer ${n % 40}` }
    },
    values: quarters.map((period) => ({ measureRef: ref, financialYear, period, value: 60 + (n % 30) }))
  };
}

function range<T>(count: number, row: (n: number) => T): T[] {
  return Array.from({ length: count }, (_v, n) => row(n));
}

async function importPlan(lead: ITrackerRepository, plan: string, planIndex: number, shape: Shape): Promise<number> {
  let writes = 0;
  for (const quarter of QUARTERS) {
    writes += (await lead.importRows({ kind: 'actions', errors: [], warnings: [], rows: range(shape.actionsPerPlan, (n) => actionRow(plan, planIndex, n, quarter)) })).writes;
  }
  writes += (await lead.importRows({ kind: 'milestones', errors: [], warnings: [], rows: range(shape.actionsPerPlan, (n) => milestoneRow(plan, n)) })).writes;
  for (const year of [LAST_YEAR, PERIOD.financialYear]) {
    writes += (await lead.importRows({ kind: 'measures', errors: [], warnings: [], rows: range(shape.measuresPerPlan, (n) => measureRow(plan, planIndex, n, year)) })).writes;
  }
  return writes;
}

/** Writes the tracker: `lead` imports and leads the first plan; `ownerRepository` submits the queue. Returns the writes made. */
export async function generateTracker(lead: ITrackerRepository, ownerRepository: ITrackerRepository, items: number): Promise<number> {
  const shape = shapeFor(items);
  let writes = 0;
  for (let index = 0; index < PLANS.length; index += 1) {
    writes += await importPlan(lead, PLANS[index], index, shape);
  }
  const first = (await lead.listPlans()).filter((plan) => plan.value.title === PLANS[0])[0];
  await lead.savePlan({ ...first.value, lead: { name: LEAD.title, email: LEAD.email } }, first);
  const queued = queuedUpdates();
  for (let n = 0; n < queued; n += 1) {
    await ownerRepository.saveUpdate(PLANS[0], {
      actionRef: actionRef(n), financialYear: PERIOD.financialYear, quarter: PERIOD.quarter, status: 'Green',
      progress: `Q1 progress on action ${n}`, reviewState: 'Submitted', submittedBy: owner, submittedOn: '2018-07-10T09:00:00Z'
    });
  }
  return writes + 1 + queued;
}
