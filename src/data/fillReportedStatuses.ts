import { SPFI } from '@pnp/sp';
import { textOf } from './mapping/fieldValues';
import { idEq } from './odata';
import { readAll } from './queries/pagedReads';
import { readPlans } from './queries/trackerReads';
import { ActionKey, refreshReportedStatuses } from './reportedStatuses';

/**
 * Brings a site from before the ReportedStatuses column up to date (`tracker provision` runs it
 * after adding the column): every action whose column was never worked out gets it from its
 * updates. Until then reports stay right but read those actions' updates in one more `$batch`
 * each time; after it they read the column alone. An action none of whose updates counts is
 * saved as `none`, so a second run finds nothing to do. Reads each plan's actions on the Plan
 * index, two columns only.
 * @returns how many actions' columns were filled.
 */
export async function fillReportedStatuses(sp: SPFI): Promise<number> {
  const unfilled: ActionKey[] = [];
  for (const plan of await readPlans(sp)) {
    const planId = plan.Id as number;
    const actions = await readAll(sp, { query: 'actionsOfPlan', filter: idEq('Plan', planId), columns: { select: ['Id', 'ReportedStatuses'], expand: [] } });
    actions.filter((action) => !textOf(action.ReportedStatuses)).forEach((action) => unfilled.push({ planId, actionId: action.Id as number }));
  }
  return unfilled.length === 0 ? 0 : refreshReportedStatuses(sp, unfilled);
}
