import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ITextField, TextField } from '@fluentui/react/lib/TextField';
import { formatDay } from '../../../../components/dates';
import { formatString } from '../../../../components/formatString';
import { deadlineRequestProblems, DeadlineRequestFieldProblem } from '../../../../domain/deadlineChanges';
import { DeadlineChangeRequest, IsoDate } from '../../../../domain/model';
import { useSave } from '../../hooks/useSave';
import { SmallForm } from './SmallForm';
import { useMyUpdatesContext } from '../MyUpdatesContext';

export interface IDeadlineChangeFormProps {
  plan: string;
  actionRef: string;
  /** The milestone whose date should move; `undefined` asks to move the action's end date. */
  milestoneTitle?: string;
  /** The deadline as it stands. */
  currentDate: IsoDate;
  /** Called with the request once it is stored. */
  onSent(request: DeadlineChangeRequest): void;
  /** Called on Cancel, and when the person closes the "request sent" message. */
  onDone(): void;
}

const FIELD_TEXT: Record<DeadlineRequestFieldProblem, keyof IMyUpdatesChangeRequestStrings> = {
  dateMissing: 'DateRequired',
  dateSame: 'DateSame',
  reasonMissing: 'ReasonRequired'
};

/**
 * Asks the plan lead to move a deadline (a milestone's date or the action's end date): the new
 * date and the reason, checked before sending. Focus goes to the first field when it opens, to
 * the first field to fix when sending fails validation, and to the confirmation once sent.
 */
export function DeadlineChangeForm({ plan, actionRef, milestoneTitle, currentDate, onSent, onDone }: IDeadlineChangeFormProps): JSX.Element {
  const { repository, user, strings, reload } = useMyUpdatesContext();
  const words = strings.ChangeRequest;
  const [requestedDate, setRequestedDate] = React.useState('');
  const [reason, setReason] = React.useState('');
  const [showErrors, setShowErrors] = React.useState(false);
  const [save, run] = useSave();
  const dateField = React.useRef<ITextField>(null);
  const reasonField = React.useRef<ITextField>(null);
  const sent = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    if (dateField.current) dateField.current.focus();
  }, []);
  React.useEffect(() => {
    if (save.phase === 'saved' && sent.current) sent.current.focus();
  }, [save.phase]);

  const problems = deadlineRequestProblems(requestedDate, reason, currentDate);
  const problemText = (problem: DeadlineRequestFieldProblem | undefined): string | undefined => (problem ? words[FIELD_TEXT[problem]] : undefined);

  const submit = async (): Promise<void> => {
    if (save.phase === 'saving') return;
    setShowErrors(true);
    if (problems.date || problems.reason) {
      const field = problems.date ? dateField.current : reasonField.current;
      if (field) field.focus();
      return;
    }
    const sentRequest = await run(() =>
      repository.requestDeadlineChange(plan, {
        actionRef,
        milestoneTitle,
        currentDate,
        requestedDate,
        reason: reason.trim(),
        requester: { name: user.name, email: user.email },
        decision: 'Pending'
      })
    );
    if (sentRequest) {
      onSent(sentRequest.value);
      reload();
    }
  };

  if (save.phase === 'saved') {
    return (
      <div ref={sent} tabIndex={-1}>
        <MessageBar messageBarType={MessageBarType.success} onDismiss={onDone} dismissButtonAriaLabel={strings.Action.CloseForm}>
          {words.Sent}
        </MessageBar>
      </div>
    );
  }

  return (
    <SmallForm onSubmit={submit} submitText={words.Send} save={save} onCancel={onDone}>
      <p style={{ margin: 0 }}>{formatString(words.Current, formatDay(currentDate, strings.Dates))}</p>
      <TextField
        componentRef={dateField}
        type="date"
        label={words.RequestedDate}
        required
        value={requestedDate}
        onChange={(_event, value) => setRequestedDate(value || '')}
        errorMessage={showErrors ? problemText(problems.date) : undefined}
      />
      <TextField
        componentRef={reasonField}
        label={words.Reason}
        description={words.ReasonHint}
        required
        multiline
        autoAdjustHeight
        value={reason}
        onChange={(_event, value) => setReason(value || '')}
        errorMessage={showErrors ? problemText(problems.reason) : undefined}
      />
    </SmallForm>
  );
}
