import { BadgeTone } from '../../../../components/StatusBadge';
import { ActionStatus, Rag } from '../../../../domain/model';

export function actionTone(status: ActionStatus): BadgeTone {
  return status === 'Blue' || status === 'Green' || status === 'Amber' || status === 'Red' ? status : 'Grey';
}

export function ragTone(rag: Rag): BadgeTone {
  return rag === 'Green' || rag === 'Amber' || rag === 'Red' ? rag : 'Grey';
}
