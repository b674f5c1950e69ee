import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { formatDay } from '../../../../components/dates';
import { formatCount } from '../../../../components/formatCount';
import { formatString } from '../../../../components/formatString';
import { SafeText } from '../../../../components/SafeText';
import { StatusBadge } from '../../../../components/StatusBadge';
import { Stored } from '../../../../data/ITrackerRepository';
import { daysOverdue } from '../../../../domain/milestones';
import { DeadlineChangeRequest, IsoDate, Milestone } from '../../../../domain/model';
import { useDeadlineRequest } from '../../hooks/useDeadlineRequest';
import { ChangeRequestNote } from '../shared/ChangeRequestNote';
import { focusAfterRender } from '../shared/focusAfterRender';
import { DeadlineChangeForm, FormLoading, MilestoneDoneForm } from '../lazyForms';
import { MilestoneDoneNote } from './MilestoneDoneNote';
import { useMyUpdatesContext } from '../MyUpdatesContext';
import { useClasses } from '../shared/styles';

export interface IMilestoneRowProps {
  plan: string;
  actionRef: string;
  milestone: Stored<Milestone>;
  /** The plan allows deadline change requests: without it the row offers none. */
  allowChangeRequests: boolean;
  /** The plan's deadline change requests on the person's items, oldest first. */
  changeRequests: DeadlineChangeRequest[];
  /** The row's heading level: under a plan (h3) and an objective (h4) heading it is h5. */
  headingLevel?: 3 | 4 | 5 | 6;
}

type Panel = 'none' | 'done' | 'change';

/**
 * A milestone the person owns: due date, days overdue, "Mark done" with the date it was done,
 * and (when the plan allows it) a request for a new deadline.
 */
export function MilestoneRow({ plan, actionRef, milestone, allowChangeRequests, changeRequests, headingLevel = 5 }: IMilestoneRowProps): JSX.Element {
  const classes = useClasses();
  const { strings, today, reload, milestoneDone } = useMyUpdatesContext();
  const words = strings.Milestone;
  const { title, dueDate } = milestone.value;
  const [panel, setPanel] = React.useState<Panel>('none');
  const markDoneButton = React.useRef<HTMLButtonElement>(null);
  const askButton = React.useRef<HTMLButtonElement>(null);
  const doneMessage = React.useRef<HTMLDivElement>(null);
  const requestNote = React.useRef<HTMLDivElement>(null);
  const Heading = `h${headingLevel}` as 'h5';
  const overdueDays = daysOverdue(dueDate, today);
  const day = (date: IsoDate): string => formatDay(date, strings.Dates);
  const deadline = useDeadlineRequest(changeRequests, actionRef, title);
  const mayAsk = allowChangeRequests && deadline.mayAsk;

  const open = (next: Panel): void => setPanel(next);
  const close = (button: React.RefObject<HTMLButtonElement>): void => {
    setPanel('none');
    focusAfterRender(button, requestNote);
  };

  const done = (saved: Stored<Milestone>): void => {
    setPanel('none');
    milestoneDone({ plan, actionRef, milestone: saved });
    reload();
    focusAfterRender(doneMessage);
  };

  return (
    <div className={classes.card}>
      <Heading className={classes.cardHeading}>{actionRef} <SafeText text={title} /></Heading>
      {milestone.value.doneDate ? (
        <MilestoneDoneNote ref={doneMessage} milestone={milestone} onReopened={() => focusAfterRender(markDoneButton)} />
      ) : (
        <>
          <div className={classes.meta}>
            <span>{formatString(words.Due, day(dueDate))}</span>
            {overdueDays > 0 && <StatusBadge tone="Red" label={formatCount(strings.Locale, words.OverdueDays, overdueDays, overdueDays)} />}
          </div>
          {deadline.latest && panel === 'none' && <ChangeRequestNote ref={requestNote} request={deadline.latest} strings={strings} />}
          {panel === 'none' && (
            <div className={classes.buttons}>
              <DefaultButton elementRef={markDoneButton} text={words.MarkDone} aria-label={`${words.MarkDone}: ${title}`} onClick={() => open('done')} />
              {mayAsk && (
                <DefaultButton elementRef={askButton} text={strings.ChangeRequest.Ask} aria-label={`${strings.ChangeRequest.Ask}: ${title}`} onClick={() => open('change')} />
              )}
            </div>
          )}
          {panel === 'done' && (
            <FormLoading label={strings.General.Loading}>
              <MilestoneDoneForm plan={plan} actionRef={actionRef} milestone={milestone} onDone={done} onCancel={() => close(markDoneButton)} />
            </FormLoading>
          )}
          {panel === 'change' && allowChangeRequests && (
            <FormLoading label={strings.General.Loading}>
              <DeadlineChangeForm plan={plan} actionRef={actionRef} milestoneTitle={title} currentDate={dueDate} onSent={deadline.sent} onDone={() => close(askButton)} />
            </FormLoading>
          )}
        </>
      )}
    </div>
  );
}
