import { Action, ActionStatus, IsoDate, ReportingPeriod, Update } from '../../domain/model';
import { actionStatusForPeriod } from '../../domain/status';

/** One action with its status for the period, for the CSV export. */
export interface ActionLine {
  objectiveRef: string;
  ref: string;
  title: string;
  owner: string;
  status: ActionStatus;
  dueDate?: IsoDate;
}

export function actionLines(
  actions: readonly Action[],
  updates: readonly Update[],
  period: ReportingPeriod,
  context: { updatesDue: IsoDate; asOf: IsoDate }
): ActionLine[] {
  return actions.map((action) => ({
    objectiveRef: action.objectiveRef,
    ref: action.ref,
    title: action.title,
    owner: action.owner.name,
    status: actionStatusForPeriod(action, updates.filter((u) => u.actionRef === action.ref), period, context),
    dueDate: action.endDate
  }));
}
