import { SPFI } from '@pnp/sp';
import { planPeriods } from '../../domain/plans';
import { Plan, ReportingPeriod } from '../../domain/model';
import { periodKey } from '../../domain/periods';
import { ItemJson, numberOf, textOf } from '../mapping/fieldValues';
import { and, anyOf, eq, idEq } from '../odata';
import { PlannedRead, readAllBatched } from './pagedReads';

/** Each period is only asked whether it has a counting update: ids, without metadata. */
const IDS_ONLY = { select: ['Id'], expand: [] };
/** A measure value's period and whether it holds a figure: nothing else is needed. */
const VALUE_PERIODS = { select: ['Id', 'FinancialYear', 'ValuePeriod', 'Value'], expand: [] };

/** The quarter a measure value with a figure reports: an annual outturn is the year's Q4 (SPEC §6). */
function reportedKey(value: ItemJson): string | undefined {
  if (numberOf(value.Value) === undefined) return undefined;
  const period = textOf(value.ValuePeriod);
  return `${textOf(value.FinancialYear)} ${period === 'Annual' ? 'Q4' : period}`;
}

/**
 * The latest of a plan's quarters with an update that counts (submitted or approved) or a measure
 * value with a figure (a no-data note reports nothing): where an ended plan opens (domain/plans
 * openingPeriod). One `$batch`: one read per quarter for updates, each led by the indexed
 * PeriodKey, so no read crosses the list view threshold however large the plan, and the plan's
 * values (hundreds over its life), led by the indexed Plan.
 */
export async function readLastReportedPeriod(sp: SPFI, planId: number, plan: Pick<Plan, 'firstYear' | 'lastYear'>): Promise<ReportingPeriod | undefined> {
  const periods = planPeriods(plan);
  const counting = anyOf([eq('ReviewState', 'Submitted'), eq('ReviewState', 'Approved')]);
  const reads: PlannedRead[] = periods.map((period) => ({
    query: 'updatesOfPeriod', filter: and(eq('PeriodKey', periodKey(period)), idEq('Plan', planId), counting), columns: IDS_ONLY
  }));
  reads.push({ query: 'valuesOfPlan', filter: idEq('Plan', planId), columns: VALUE_PERIODS });
  const found = await readAllBatched(sp, reads);
  const valueKeys = found[periods.length].map(reportedKey);
  for (let index = periods.length - 1; index >= 0; index -= 1) {
    if (found[index].length > 0 || valueKeys.indexOf(periodKey(periods[index])) >= 0) {
      return periods[index];
    }
  }
  return undefined;
}
