import * as React from 'react';
import { SafeText } from '../../../components/SafeText';
import { ConflictError } from '../../../data/errors';
import { Stored } from '../../../data/ITrackerRepository';
import { PersonRef } from '../../../domain/model';
import { ChallengeResponse as Response } from '../../../report/dashboardTypes';
import { DashboardStrings, IDashboardServices } from './IDashboardProps';
import { format } from './labels';
import { ReportChallenge } from './reportParts';
import { Button, Message } from './Controls';
import { useClasses } from './styles';

export interface IChallengeResponseProps {
  plan: string;
  challenge: ReportChallenge;
  period: Response['period'];
  saved: Stored<Response> | undefined;
  /** The plan's lead may write it; others read it. */
  editable: boolean;
  editor: PersonRef;
  save: IDashboardServices['saveResponse'];
  strings: DashboardStrings;
}

type Phase =
  | { kind: 'reading' }
  | { kind: 'editing'; text: string; problem?: string }
  | { kind: 'saving'; text: string }
  | { kind: 'conflict'; mine: string; theirs: Response; revision: { id: number; etag: string } };

/**
 * A challenge's management response, written in place by the plan lead. A save passes the ETag
 * read; when someone saved first, both versions are shown side by side and the lead chooses, as
 * My updates does for updates (ConflictView): nothing is overwritten unseen.
 */
export function ChallengeResponseEditor(props: IChallengeResponseProps): JSX.Element {
  const { challenge, editable, strings } = props;
  const classes = useClasses();
  const [stored, setStored] = React.useState(props.saved);
  const [phase, setPhase] = React.useState<Phase>({ kind: 'reading' });
  const [announcement, setAnnouncement] = React.useState('');
  const field = React.useRef<HTMLTextAreaElement>(null);
  const conflictHeading = React.useRef<HTMLHeadingElement>(null);
  const editButton = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => setStored(props.saved), [props.saved]);
  React.useEffect(() => {
    if (phase.kind === 'editing' && field.current && document.activeElement !== field.current) field.current.focus();
    if (phase.kind === 'conflict' && conflictHeading.current) conflictHeading.current.focus();
  }, [phase.kind]);
  const id = `dashboard-response-${challenge.ref}`;

  const save = (text: string, revision: { id: number; etag: string } | undefined): void => {
    if (!text.trim()) {
      setPhase({ kind: 'editing', text, problem: strings.Response.Empty });
      return;
    }
    setPhase({ kind: 'saving', text });
    const response: Response = { ref: challenge.ref, period: props.period, itemType: challenge.itemType, itemRef: challenge.itemRef, severity: challenge.severity, response: text };
    props.save({ plan: props.plan, response, revision }, props.editor).then(
      (saved) => {
        setStored(saved);
        setPhase({ kind: 'reading' });
        setAnnouncement(strings.Response.Saved);
        window.setTimeout(() => { if (editButton.current) editButton.current.focus(); }, 0);
      },
      (error: unknown) => {
        if (error instanceof ConflictError && error.current && error.currentEtag) {
          const theirs = error.current as Response;
          setPhase({ kind: 'conflict', mine: text, theirs, revision: { id: error.currentId || (revision ? revision.id : 0), etag: error.currentEtag } });
        } else {
          setPhase({ kind: 'editing', text, problem: format(strings.Response.Failed, error instanceof Error ? error.message : String(error)) });
        }
      });
  };

  const current = stored ? stored.value.response : '';
  return (
    <div className={classes.meta} style={{ display: 'block' }} data-response={challenge.ref}>
      {(phase.kind === 'reading' || !editable) && (
        <p style={{ margin: '4px 0' }}>
          <strong>{strings.Section.Response}:</strong> {current ? <SafeText text={current} /> : strings.Section.NoResponse}
        </p>
      )}
      {editable && phase.kind === 'reading' && (
        <Button elementRef={editButton} text={strings.Response.Edit} ariaLabel={format(strings.Response.EditNamed, challenge.ref)}
          onClick={() => setPhase({ kind: 'editing', text: current })} />
      )}
      {editable && (phase.kind === 'editing' || phase.kind === 'saving') && (
        <form onSubmit={(event) => { event.preventDefault(); save(phase.text, stored ? { id: stored.id, etag: stored.etag } : undefined); }}>
          <label htmlFor={`${id}-text`} style={{ display: 'block', fontWeight: 600 }}>{format(strings.Response.Label, challenge.ref)}</label>
          <textarea id={`${id}-text`} ref={field} className={classes.select} style={{ width: '100%', minHeight: 72, boxSizing: 'border-box' }}
            value={phase.text} readOnly={phase.kind === 'saving'} aria-invalid={phase.kind === 'editing' && !!phase.problem}
            aria-describedby={phase.kind === 'editing' && phase.problem ? `${id}-problem` : undefined}
            onChange={(event) => setPhase({ kind: 'editing', text: event.target.value })} />
          {phase.kind === 'editing' && phase.problem && <p id={`${id}-problem`} role="alert" className={classes.problem}>{phase.problem}</p>}
          <div className={classes.buttons} style={{ marginTop: 4 }}>
            <Button primary type="submit" text={phase.kind === 'saving' ? strings.Response.Saving : strings.Response.Save} disabled={phase.kind === 'saving'} />
            <Button text={strings.Response.Cancel} onClick={() => setPhase({ kind: 'reading' })} disabled={phase.kind === 'saving'} />
          </div>
        </form>
      )}
      {editable && phase.kind === 'conflict' && (
        <section aria-labelledby={`${id}-conflict`} className={classes.card} data-testid="response-conflict">
          <h4 id={`${id}-conflict`} ref={conflictHeading} tabIndex={-1} className={classes.subheading}>{strings.Response.ConflictTitle}</h4>
          <Message kind="warning">{strings.Response.ConflictIntro}</Message>
          <dl>
            <dt style={{ fontWeight: 600 }}>{strings.Response.Yours}</dt><dd data-version="mine"><SafeText text={phase.mine} /></dd>
            <dt style={{ fontWeight: 600 }}>{strings.Response.Theirs}</dt><dd data-version="theirs"><SafeText text={phase.theirs.response} /></dd>
          </dl>
          <div className={classes.buttons}>
            <Button primary text={strings.Response.KeepMine} onClick={() => save(phase.mine, phase.revision)} />
            <Button text={strings.Response.UseTheirs} onClick={() => {
              setStored({ id: phase.revision.id, etag: phase.revision.etag, value: phase.theirs });
              setPhase({ kind: 'reading' });
            }} />
          </div>
        </section>
      )}
      <span role="status" className={classes.visuallyHidden}>{announcement}</span>
    </div>
  );
}
