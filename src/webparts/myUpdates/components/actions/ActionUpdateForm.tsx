import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { IChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { TextField } from '@fluentui/react/lib/TextField';
import { formatTime } from '../../../../components/dates';
import { formatCount } from '../../../../components/formatCount';
import { formatString } from '../../../../components/formatString';
import { Stored } from '../../../../data/ITrackerRepository';
import { Action, Update } from '../../../../domain/model';
import { submissionAdvice } from '../../../../domain/updateValidation';
import { UpdateFields, updateOf } from '../../hooks/updateFields';
import { useUpdateDraft } from '../../hooks/useUpdateDraft';
import { ConflictView } from './ConflictView';
import { EvidenceField } from './EvidenceField';
import { useMyUpdatesContext } from '../MyUpdatesContext';
import { errorText } from '../shared/errorText';
import { problemText } from '../shared/problemText';
import { StatusChoice } from './StatusChoice';
import { useClasses } from '../shared/styles';

export interface IActionUpdateFormProps {
  plan: string;
  action: Stored<Action>;
  updates: Stored<Update>[];
  onClose: () => void;
}

type TextFieldName = Exclude<keyof UpdateFields, 'status' | 'evidence' | 'revisedDate'>;

/** The quarterly update for one action: SPEC §4.2 checked field by field before it is submitted. */
export function ActionUpdateForm({ plan, action, updates, onClose }: IActionUpdateFormProps): JSX.Element {
  const classes = useClasses();
  const { strings, period } = useMyUpdatesContext();
  const draft = useUpdateDraft(plan, action.value.ref, updates);
  const { fields } = draft;
  const id = `update-${action.id}`;
  const asUpdate = updateOf(fields, action.value.ref, period, { reviewState: 'Submitted' });
  const problemFor = (field: keyof Update): string | undefined => {
    const problem = draft.problems.filter((candidate) => candidate.field === field)[0];
    return problem && problemText(problem, strings);
  };
  const needsRemedy = fields.status === 'Red' || fields.status === 'Amber';
  const advice = fields.status ? submissionAdvice(asUpdate)[0] : undefined;
  const summary = React.useRef<HTMLDivElement>(null);
  const statusGroup = React.useRef<IChoiceGroup>(null);

  // The form replaces the button that opened it: focus moves into it instead of falling to the page.
  React.useEffect(() => {
    if (statusGroup.current) statusGroup.current.focus();
  }, []);

  const text = (name: TextFieldName, label: string, hint: string | undefined, required: boolean): JSX.Element => (
    <TextField
      id={`${id}-${name}`}
      label={label}
      description={hint}
      required={required}
      multiline
      autoAdjustHeight
      value={fields[name]}
      onChange={(_event, value) => draft.setField(name, value || '')}
      errorMessage={problemFor(name)}
    />
  );

  const submit = async (): Promise<void> => {
    const done = await draft.submit();
    if (!done && summary.current) summary.current.focus();
  };

  if (draft.conflict) {
    return <ConflictView id={`${id}-conflict`} conflict={draft.conflict} strings={strings} onKeepMine={() => { draft.keepMine().catch(() => undefined); }} onUseTheirs={draft.useTheirs} />;
  }
  return (
    <form className={classes.form} aria-labelledby={`${id}-heading`} noValidate onSubmit={(event) => { event.preventDefault(); submit().catch(() => undefined); }}>
      <h6 id={`${id}-heading`} className={classes.visuallyHidden}>{formatString(strings.Form.Heading, action.value.ref, action.value.title)}</h6>
      <div ref={summary} tabIndex={-1}>
        {draft.problems.length > 0 && (
          <MessageBar messageBarType={MessageBarType.error} role="alert">{formatCount(strings.Locale, strings.Form.FixBeforeSubmit, draft.problems.length, draft.problems.length)}</MessageBar>
        )}
      </div>
      {draft.restoredFromDevice && <MessageBar messageBarType={MessageBarType.info}>{strings.Action.DraftRestored}</MessageBar>}
      <StatusChoice componentRef={statusGroup} id={`${id}-status`} label={strings.Form.StatusLegend} strings={strings.Status} value={fields.status}
        onChange={(status) => draft.setField('status', status)} errorMessage={problemFor('status')} />
      {fields.status === 'Withdrawn' && text('withdrawnReason', strings.Form.WithdrawnReason, undefined, true)}
      {text('progress', strings.Form.Progress, strings.Form.ProgressHint, needsRemedy)}
      {text('issue', strings.Form.Issue, strings.Form.IssueHint, false)}
      {text('remedialAction', strings.Form.RemedialAction, strings.Form.RemedialActionHint, needsRemedy)}
      <EvidenceField id={`${id}-evidence`} plan={plan} actionRef={action.value.ref} value={fields.evidence}
        onChange={(value) => draft.setField('evidence', value)} errorMessage={problemFor('evidence')}
        advice={advice && problemText(advice, strings)} />
      <TextField id={`${id}-revisedDate`} type="date" label={strings.Form.RevisedDate} description={strings.Form.RevisedDateHint}
        value={fields.revisedDate} onChange={(_event, value) => draft.setField('revisedDate', value || '')} errorMessage={problemFor('revisedDate')} />
      <div className={classes.buttons}>
        <PrimaryButton type="submit" text={draft.editing && draft.editing.value.reviewState !== 'Draft' ? strings.Form.Resubmit : strings.Form.Submit} disabled={draft.save.phase === 'saving'} />
        <DefaultButton text={strings.Form.SaveDraft} onClick={() => { draft.saveDraft().catch(() => undefined); }} disabled={!fields.status || draft.save.phase === 'saving'} />
        <DefaultButton text={strings.Action.CloseForm} onClick={onClose} />
        <span role="status" aria-live="polite" className={classes.hint}>
          {draft.save.phase === 'saving' && strings.General.Saving}
          {draft.save.phase !== 'saving' && draft.lastSavedAt && formatString(strings.Action.DraftSavedAt, formatTime(draft.lastSavedAt))}
        </span>
      </div>
      {draft.save.phase === 'failed' && <MessageBar messageBarType={MessageBarType.error} role="alert">{errorText(draft.save.error, strings)}</MessageBar>}
    </form>
  );
}
