import { SPFI } from '@pnp/sp';
import { planPeriods } from '../../domain/plans';
import { Plan, ReportingPeriod } from '../../domain/model';
import { periodKey } from '../../domain/periods';
import { and, anyOf, eq, idEq } from '../odata';
import { PlannedRead, readAllBatched } from './pagedReads';

/** Each period is only asked whether it has a counting update: ids, without metadata. */
const IDS_ONLY = { select: ['Id'], expand: [] };

/**
 * The latest of a plan's quarters with an update that counts (submitted or approved): where an
 * ended plan opens (domain/plans openingPeriod). One `$batch` of one read per quarter, each led
 * by the indexed PeriodKey, so no read crosses the list view threshold however large the plan.
 */
export async function readLastReportedPeriod(sp: SPFI, planId: number, plan: Pick<Plan, 'firstYear' | 'lastYear'>): Promise<ReportingPeriod | undefined> {
  const periods = planPeriods(plan);
  const counting = anyOf([eq('ReviewState', 'Submitted'), eq('ReviewState', 'Approved')]);
  const reads: PlannedRead[] = periods.map((period) => ({
    query: 'updatesOfPeriod', filter: and(eq('PeriodKey', periodKey(period)), idEq('Plan', planId), counting), columns: IDS_ONLY
  }));
  const found = await readAllBatched(sp, reads);
  for (let index = periods.length - 1; index >= 0; index -= 1) {
    if (found[index].length > 0) {
      return periods[index];
    }
  }
  return undefined;
}
