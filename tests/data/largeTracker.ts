import { ActionImportRow, MeasureImportRow, MilestoneImportRow } from '../../src/domain/import';
import { Quarter, QUARTERS, ReportedStatus } from '../../src/domain/model';
import { ITrackerRepository } from '../../src/data/ITrackerRepository';

/**
 * A generated tracker of about 30,000 items in one plan, written through the repository's own
 * import (batched): 2,800 actions with an update in each of 8 quarters (22,400 updates, far over
 * the 5,000-item list view threshold for the plan), 2,800 milestones, 250 measures a year for two
 * years with four quarterly values each.
 */

export const LARGE_PLAN = 'Large Improvement Plan';
export const LARGE_PERIOD = { financialYear: '2018-19', quarter: 'Q4' as Quarter };
export const ACTIONS = 2800;
export const MEASURES_PER_YEAR = 250;

/** How many actions (each with 8 updates and a milestone) and measures a year (each with 4 values) to generate. */
export interface TrackerSize {
  actions: number;
  measuresPerYear: number;
}

/** The 30,521-item tracker; smaller ones keep its shape (benchmarks show how reads grow). */
export const LARGE_SIZE: TrackerSize = { actions: ACTIONS, measuresPerYear: MEASURES_PER_YEAR };

/** Items a tracker of this size holds: the plan, 20 objectives, 10 per action, 5 per measure-year. */
export function itemsOf(size: TrackerSize): number {
  return 1 + OBJECTIVES + size.actions * 10 + size.measuresPerYear * YEARS.length * 5;
}
const YEARS = ['2017-18', '2018-19'];
const OBJECTIVES = 20;
const STATUSES: ReportedStatus[] = ['Blue', 'Green', 'Amber', 'Red', 'NotDue'];

export const EXPECTED = {
  objectives: OBJECTIVES,
  actions: ACTIONS,
  updates: ACTIONS * 8,
  milestones: ACTIONS,
  measures: MEASURES_PER_YEAR * 2,
  measureValues: MEASURES_PER_YEAR * 2 * 4
};

export const EXPECTED_TOTAL = 1 + Object.keys(EXPECTED).reduce((sum, key) => sum + EXPECTED[key as keyof typeof EXPECTED], 0);

function actionRows(year: string, quarter: Quarter, actions: number): ActionImportRow[] {
  return Array.from({ length: actions }, (_v, n) => {
    const objectiveRef = String(1 + (n % OBJECTIVES));
    const ref = `${objectiveRef}.${n}.`;
    const status = STATUSES[n % STATUSES.length];
    return {
      rowNumber: n + 2,
      plan: LARGE_PLAN,
      objectiveRef,
      objectiveTitle: `Priority ${objectiveRef}`,
      action: {
        ref, objectiveRef, title: `Action ${n}: improve the service`, owner: { name: `Officer ${n % 40}` }, delegates: [],
        startDate: '2017-04-01', endDate: n % 2 ? '2019-03-31' : '2018-06-30'
      },
      update: {
        actionRef: ref, financialYear: year, quarter, status, reviewState: 'Approved',
        progress: `Progress of action ${n} in ${year} ${quarter}`,
        remedialAction: status === 'Red' || status === 'Amber' ? 'Recovery plan agreed' : undefined
      }
    };
  });
}

function milestoneRows(actions: number): MilestoneImportRow[] {
  return Array.from({ length: actions }, (_v, n) => ({
    rowNumber: n + 2,
    plan: LARGE_PLAN,
    milestone: { actionRef: `${1 + (n % OBJECTIVES)}.${n}.`, title: `Milestone of ${n}`, dueDate: '2018-09-30' }
  }));
}

function measureRows(year: string, measures: number): MeasureImportRow[] {
  return Array.from({ length: measures }, (_v, n) => {
    const ref = `M${n}`;
    const values = QUARTERS.map((quarter) => ({ measureRef: ref, financialYear: year, period: quarter, value: 50 + (n % 50) }));
    return {
      rowNumber: n + 2,
      plan: LARGE_PLAN,
      objectiveRef: String(1 + (n % OBJECTIVES)),
      measure: {
        ref, objectiveRef: String(1 + (n % OBJECTIVES)), title: `Measure ${n}`, financialYear: year, unit: '%',
        polarity: 'High', frequency: 'Quarterly', aggregation: 'InQuarter', target: { lower: 75, upper: 75 },
        tolerance: { kind: 'percent', amount: 10 }
      },
      values
    };
  });
}

/** Writes the large tracker (or one of another size); returns the writes made. */
export async function generateLargeTracker(repository: ITrackerRepository, size: TrackerSize = LARGE_SIZE): Promise<number> {
  let writes = 0;
  for (const year of YEARS) {
    for (const quarter of QUARTERS) {
      writes += (await repository.importRows({ kind: 'actions', rows: actionRows(year, quarter, size.actions), errors: [], warnings: [] })).writes;
    }
  }
  writes += (await repository.importRows({ kind: 'milestones', rows: milestoneRows(size.actions), errors: [], warnings: [] })).writes;
  for (const year of YEARS) {
    writes += (await repository.importRows({ kind: 'measures', rows: measureRows(year, size.measuresPerYear), errors: [], warnings: [] })).writes;
  }
  return writes;
}
