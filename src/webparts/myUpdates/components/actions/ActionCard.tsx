import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { formatDay } from '../../../../components/dates';
import { formatString } from '../../../../components/formatString';
import { SafeText } from '../../../../components/SafeText';
import { StatusBadge } from '../../../../components/StatusBadge';
import { Stored } from '../../../../data/ITrackerRepository';
import { Action, DeadlineChangeRequest, IsoDate, Update } from '../../../../domain/model';
import { previousPeriod } from '../../../../domain/periods';
import { isSamePerson } from '../../../../domain/reviewers';
import { UpdateStage, updateStage } from '../../../../domain/reviewStates';
import { actionIsOverdue, countingUpdate, latestCountingUpdateBefore } from '../../../../domain/status';
import { useDeadlineRequest } from '../../hooks/useDeadlineRequest';
import { ChangeRequestNote } from '../shared/ChangeRequestNote';
import { LastQuarter } from './LastQuarter';
import { ChangeApprovedPrompt, UpdateButton } from './UpdateButton';
import { periodLabel } from '../shared/periodLabel';
import { focusAfterRender } from '../shared/focusAfterRender';
import { ActionUpdateForm, DeadlineChangeForm, FormLoading } from '../lazyForms';
import { useMyUpdatesContext } from '../MyUpdatesContext';
import { actionTone } from '../shared/statusTone';
import { useClasses } from '../shared/styles';
import { MyUpdatesStrings } from '../IMyUpdatesProps';

export interface IActionCardProps {
  plan: string;
  action: Stored<Action>;
  updates: Stored<Update>[];
  /** The plan lets owners ask for a new end date (SPEC §3: some plans allow no change requests). */
  allowChangeRequests: boolean;
  /** The plan's deadline change requests on the person's items, oldest first. */
  changeRequests: DeadlineChangeRequest[];
  /** When the period's updates are due: with today, it decides the action's status, and so whether it is overdue. */
  updatesDue: IsoDate;
}

/** One action: where it stands this quarter, last quarter's update beside the form. */
export function ActionCard({ plan, action, updates, allowChangeRequests, changeRequests, updatesDue }: IActionCardProps): JSX.Element {
  const classes = useClasses();
  const { strings, period, user, today } = useMyUpdatesContext();
  const [open, setOpen] = React.useState(false);
  const [confirmingChange, setConfirmingChange] = React.useState(false);
  const [askingDeadline, setAskingDeadline] = React.useState(false);
  const toggle = React.useRef<HTMLButtonElement>(null);
  const askButton = React.useRef<HTMLButtonElement>(null);
  const requestNote = React.useRef<HTMLDivElement>(null);
  const values = updates.map((stored) => stored.value);
  const current = countingUpdate(values, period);
  const { stage, update: latest } = updateStage(values, period);
  const last = latestCountingUpdateBefore(values, period);
  const { ref, title, endDate, owner } = action.value;
  const isDelegate = !!owner.email && !isSamePerson(owner, user.email);
  const headingId = `action-${action.id}-title`;
  const deadline = useDeadlineRequest(changeRequests, ref);
  const mayAsk = allowChangeRequests && !!endDate && deadline.mayAsk;

  const close = (): void => {
    setOpen(false);
    focusAfterRender(toggle);
  };
  const closeDeadline = (): void => {
    setAskingDeadline(false);
    focusAfterRender(askButton, requestNote);
  };

  return (
    <li className={classes.card} aria-labelledby={headingId}>
      <h5 id={headingId} className={classes.cardHeading}>{ref} <SafeText text={title} /></h5>
      <div className={classes.meta}>
        {current && <StatusBadge tone={actionTone(current.status)} label={strings.Status[current.status]} />}
        {stage !== 'none' && <span>{stageText(stage, strings)}</span>}
        {endDate && <span>{formatString(strings.Action.DueOn, formatDay(endDate, strings.Dates))}</span>}
        {actionIsOverdue(action.value, values, period, { updatesDue, asOf: today }) && <StatusBadge tone="Red" label={strings.Action.Overdue} />}
        {isDelegate && <span>{strings.Action.YouAreDelegate}</span>}
      </div>
      {stage === 'returned' && latest && latest.reviewComment && (
        <MessageBar messageBarType={MessageBarType.warning}>
          {strings.Action.StateReturned}: <SafeText text={latest.reviewComment} />
        </MessageBar>
      )}
      <div className={classes.sideBySide}>
        <LastQuarter update={last} strings={strings} previousLabel={periodLabel(last ? last : previousPeriod(period), strings)} />
        <div>
          {open && <FormLoading label={strings.General.Loading}><ActionUpdateForm plan={plan} action={action} updates={updates} onClose={close} /></FormLoading>}
          {!open && confirmingChange && (
            <ChangeApprovedPrompt actionRef={ref} onChange={() => { setConfirmingChange(false); setOpen(true); }} onKeep={() => { setConfirmingChange(false); focusAfterRender(toggle); }} />
          )}
          {!open && !confirmingChange && <UpdateButton stage={stage} actionRef={ref} buttonRef={toggle} onOpen={() => (stage === 'approved' ? setConfirmingChange(true) : setOpen(true))} />}
        </div>
      </div>
      {deadline.latest && !askingDeadline && <ChangeRequestNote ref={requestNote} request={deadline.latest} strings={strings} />}
      {mayAsk && !askingDeadline && (
        <DefaultButton elementRef={askButton} style={{ marginTop: 8 }} text={strings.ChangeRequest.Ask} aria-label={`${strings.ChangeRequest.Ask}: ${ref}`} onClick={() => setAskingDeadline(true)} />
      )}
      {allowChangeRequests && endDate && askingDeadline && (
        <FormLoading label={strings.General.Loading}>
          <DeadlineChangeForm plan={plan} actionRef={ref} currentDate={endDate} onSent={deadline.sent} onDone={closeDeadline} />
        </FormLoading>
      )}
    </li>
  );
}

function stageText(stage: UpdateStage, strings: MyUpdatesStrings): string {
  switch (stage) {
    case 'draft': return strings.Action.StateDraft;
    case 'submitted': return strings.Action.StateSubmitted;
    case 'returned': return strings.Action.StateReturned;
    default: return strings.Action.StateApproved;
  }
}
