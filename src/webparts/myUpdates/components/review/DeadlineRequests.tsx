import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { formatDay } from '../../../../components/dates';
import { formatString } from '../../../../components/formatString';
import { SafeText } from '../../../../components/SafeText';
import { DeadlineChangeItem } from '../../../../data/ITrackerRepository';
import { DeadlineDecision } from '../../../../domain/deadlineChanges';
import { useSave } from '../../hooks/useSave';
import { useMyUpdatesContext } from '../MyUpdatesContext';
import { errorText } from '../shared/errorText';
import { useClasses } from '../shared/styles';

export interface IDeadlineRequestsProps {
  requests: DeadlineChangeItem[];
  onDecided: (message: string) => void;
}

/** A plan lead's requests to decide (SPEC §3): agreeing moves the deadline and keeps the original. */
export function DeadlineRequests({ requests, onDecided }: IDeadlineRequestsProps): JSX.Element {
  const classes = useClasses();
  const { strings } = useMyUpdatesContext();
  return (
    <section aria-labelledby="deadline-requests-title">
      <h3 id="deadline-requests-title" className={classes.planHeading}>{strings.Review.DeadlinesTitle}</h3>
      <p>{strings.Review.DeadlinesIntro}</p>
      <ul className={classes.list}>
        {requests.map((item) => <DeadlineRequestCard key={item.request.id} item={item} onDecided={onDecided} />)}
      </ul>
    </section>
  );
}

/** One request with Agree and Turn down; also the quick action on My milestones' request rows. */
export function DeadlineRequestCard({ item, onDecided }: { item: DeadlineChangeItem; onDecided: (message: string) => void }): JSX.Element {
  const classes = useClasses();
  const { repository, strings, user, today, reload } = useMyUpdatesContext();
  const [save, run] = useSave();
  const request = item.request.value;
  const day = (date: string): string => formatDay(date, strings.Dates);
  const headingId = `deadline-request-${item.request.id}`;
  const asked = request.milestoneTitle
    ? formatString(strings.Review.DeadlineMilestone, request.requester.name, request.milestoneTitle, request.actionRef, day(request.currentDate), day(request.requestedDate))
    : formatString(strings.Review.DeadlineAction, request.requester.name, request.actionRef, day(request.currentDate), day(request.requestedDate));

  const decide = async (decision: DeadlineDecision): Promise<void> => {
    const decided = await run(() => repository.decideDeadlineChange(item.plan, item.request, decision, { name: user.name, email: user.email }, today));
    if (decided) {
      onDecided(decision === 'Approved'
        ? formatString(strings.Review.AgreedMessage, request.actionRef, day(request.requestedDate))
        : formatString(strings.Review.TurnedDownMessage, request.actionRef));
      reload();
    }
  };

  return (
    <li className={classes.card} aria-labelledby={headingId}>
      <h4 id={headingId} className={classes.cardHeading}>{request.actionRef}{request.milestoneTitle ? <> · <SafeText text={request.milestoneTitle} /></> : null}</h4>
      <p className={classes.hint}><SafeText text={item.plan} /></p>
      <p><SafeText text={asked} /></p>
      <div className={classes.lastQuarter}>
        <strong>{strings.Review.DeadlineReason}: </strong><SafeText text={request.reason} />
      </div>
      <div className={classes.buttons} style={{ marginTop: 8 }}>
        <PrimaryButton text={strings.Review.Agree} aria-label={`${strings.Review.Agree}: ${request.actionRef}`} disabled={save.phase === 'saving'} onClick={() => { decide('Approved').catch(() => undefined); }} />
        <DefaultButton text={strings.Review.TurnDown} aria-label={`${strings.Review.TurnDown}: ${request.actionRef}`} disabled={save.phase === 'saving'} onClick={() => { decide('Rejected').catch(() => undefined); }} />
      </div>
      {save.phase === 'failed' && <MessageBar messageBarType={MessageBarType.error} role="alert">{errorText(save.error, strings)}</MessageBar>}
    </li>
  );
}
