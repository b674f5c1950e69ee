import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { formatDay } from '../../../../components/dates';
import { formatString } from '../../../../components/formatString';
import { ChangeDecision, DeadlineChangeRequest } from '../../../../domain/model';
import { MyUpdatesStrings } from '../IMyUpdatesProps';

const LOOK: Record<ChangeDecision, MessageBarType> = {
  Pending: MessageBarType.info,
  Approved: MessageBarType.success,
  Rejected: MessageBarType.warning
};

export interface IChangeRequestNoteProps {
  /** The deadline's latest request. */
  request: DeadlineChangeRequest;
  strings: MyUpdatesStrings;
}

/** Where the deadline's latest change request stands: waiting for the plan lead, agreed or not agreed. */
export const ChangeRequestNote = React.forwardRef<HTMLDivElement, IChangeRequestNoteProps>(function ChangeRequestNote({ request, strings }, ref) {
  const words = strings.ChangeRequest;
  const requested = formatDay(request.requestedDate, strings.Dates);
  return (
    <div ref={ref} tabIndex={-1} style={{ marginTop: 8 }}>
      <MessageBar messageBarType={LOOK[request.decision]}>{formatString(words[request.decision], requested)}</MessageBar>
    </div>
  );
});
