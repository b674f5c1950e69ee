import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { formatDay } from '../../../../components/dates';
import { formatString } from '../../../../components/formatString';
import { SafeText } from '../../../../components/SafeText';
import { StatusBadge } from '../../../../components/StatusBadge';
import { ReviewDecision, ReviewItem, ReviewQueue as Queue } from '../../../../data/ITrackerRepository';
import { DeadlineRequests } from './DeadlineRequests';
import { londonDateOf } from '../../../../domain/calendarDate';
import { Update } from '../../../../domain/model';
import { looksLikeHtml } from '../../../../domain/richText';
import { useSave } from '../../hooks/useSave';
import { useMyUpdatesContext } from '../MyUpdatesContext';
import { errorText } from '../shared/errorText';
import { actionTone } from '../shared/statusTone';
import { useClasses } from '../shared/styles';
import { MyUpdatesStrings } from '../IMyUpdatesProps';

/**
 * Leads' queue (SPEC §5.1): approve a submitted update, or return it with a comment; and, for a
 * plan's lead, the requests to move a deadline waiting for their decision.
 */
export function ReviewQueue({ queue }: { queue: Queue }): JSX.Element {
  const classes = useClasses();
  const { strings } = useMyUpdatesContext();
  // Kept here, not in the card: the decided item leaves the queue when it is read again.
  const [lastDecision, setLastDecision] = React.useState('');
  return (
    <>
      <div role="status">{lastDecision && <MessageBar messageBarType={MessageBarType.success}>{lastDecision}</MessageBar>}</div>
      <section aria-labelledby="review-title">
        <h3 id="review-title" className={classes.planHeading}>{strings.Review.Title}</h3>
        <p>{queue.updates.length ? strings.Review.Intro : strings.Review.Empty}</p>
        <ul className={classes.list}>
          {queue.updates.map((item) => <ReviewCard key={item.update.id} item={item} onDecided={setLastDecision} />)}
        </ul>
      </section>
      {queue.deadlineChanges.length > 0 && <DeadlineRequests requests={queue.deadlineChanges} onDecided={setLastDecision} />}
    </>
  );
}

function ReviewCard({ item, onDecided }: { item: ReviewItem; onDecided: (message: string) => void }): JSX.Element {
  const classes = useClasses();
  const { repository, strings, user, reload } = useMyUpdatesContext();
  const [comment, setComment] = React.useState('');
  const [commentMissing, setCommentMissing] = React.useState(false);
  const [save, run] = useSave();
  const { update, action, plan } = item;
  const headingId = `review-${update.id}`;

  const decide = async (decision: ReviewDecision): Promise<void> => {
    if (decision === 'Returned' && !comment.trim()) {
      setCommentMissing(true);
      return;
    }
    const result = await run(() => repository.reviewUpdate(plan, update, decision, comment.trim() || undefined, { name: user.name, email: user.email }));
    if (result) {
      onDecided(formatString(decision === 'Approved' ? strings.Review.ApprovedMessage : strings.Review.ReturnedMessage, action.value.ref));
      reload();
    }
  };

  return (
    <li className={classes.card} aria-labelledby={headingId}>
      <h4 id={headingId} className={classes.cardHeading}>{action.value.ref} <SafeText text={action.value.title} /></h4>
      <p className={classes.hint}><SafeText text={plan} /></p>
      <p className={classes.meta}>
        {formatString(strings.Review.SubmittedBy, update.value.submittedBy ? update.value.submittedBy.name : action.value.owner.name,
          update.value.submittedOn ? formatDay(londonDateOf(update.value.submittedOn), strings.Dates) : '')}
      </p>
      <div className={classes.sideBySide}>
        <div className={classes.lastQuarter}>
          <p style={{ margin: '0 0 4px', fontWeight: 600 }}>{strings.Review.PreviousQuarter}</p>
          {item.previous ? <UpdateText update={item.previous} strings={strings} /> : <p>{strings.Action.NoLastUpdate}</p>}
        </div>
        <div><UpdateText update={update.value} strings={strings} /></div>
      </div>
      <TextField label={strings.Review.Comment} description={strings.Review.CommentHint} multiline autoAdjustHeight value={comment}
        onChange={(_event, value) => { setComment(value || ''); setCommentMissing(false); }}
        errorMessage={commentMissing ? strings.Review.CommentRequired : undefined} />
      <div className={classes.buttons} style={{ marginTop: 8 }}>
        <PrimaryButton text={strings.Review.Approve} aria-label={`${strings.Review.Approve}: ${action.value.ref}`} disabled={save.phase === 'saving'} onClick={() => { decide('Approved').catch(() => undefined); }} />
        <DefaultButton text={strings.Review.Return} aria-label={`${strings.Review.Return}: ${action.value.ref}`} disabled={save.phase === 'saving'} onClick={() => { decide('Returned').catch(() => undefined); }} />
      </div>
      {save.phase === 'failed' && <MessageBar messageBarType={MessageBarType.error} role="alert">{errorText(save.error, strings)}</MessageBar>}
    </li>
  );
}

function UpdateText({ update, strings }: { update: Update; strings: MyUpdatesStrings }): JSX.Element {
  const rows: Array<[string, string | undefined]> = [
    [strings.Form.Progress, update.progress], [strings.Form.Issue, update.issue], [strings.Form.RemedialAction, update.remedialAction],
    [strings.Form.WithdrawnReason, update.withdrawnReason], [strings.Form.Evidence, update.evidence]
  ];
  return (
    <div>
      <StatusBadge tone={actionTone(update.status)} label={strings.Status[update.status]} />
      {rows.filter(([, text]) => !!text).map(([label, text]) => (
        <div key={label} style={{ marginTop: 4 }}><strong>{label}: </strong><SafeText text={text} rich={looksLikeHtml(text)} /></div>
      ))}
    </div>
  );
}
