import { Action, ActionStatus, IsoDate, Update } from '../model';
import { actionStatusForPeriod, isOverdue } from '../status';
import { ReportInput } from './buildReport';
import { groupBy } from './groupBy';

/**
 * One row per action for the report's data export (SPEC §4.4 "CSV/Excel data"): its status for the
 * period, as status at a glance counts it, and whether it is overdue, as the overdue list says.
 * In the input's order, as the tracker lists them.
 */
export interface ReportActionRow {
  objectiveRef: string;
  ref: string;
  title: string;
  owner: string;
  status: ActionStatus;
  dueDate?: IsoDate;
  overdue: boolean;
}

export function reportActionRows(input: Pick<ReportInput, 'actions' | 'updates' | 'period' | 'updatesDue' | 'asOf'>): ReportActionRow[] {
  const context = { updatesDue: input.updatesDue, asOf: input.asOf };
  const updatesByAction = groupBy(input.updates, (update: Update) => update.actionRef);
  return input.actions.map((action: Action) => {
    const status = actionStatusForPeriod(action, updatesByAction.get(action.ref) || [], input.period, context);
    return {
      objectiveRef: action.objectiveRef,
      ref: action.ref,
      title: action.title,
      owner: action.owner.name,
      status,
      dueDate: action.endDate,
      overdue: isOverdue(action, status, input.asOf)
    };
  });
}
