import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { SafeText } from '../../../../components/SafeText';
import { looksLikeHtml } from '../../../../domain/richText';
import { Conflict } from '../../hooks/useUpdateDraft';
import { FORM_FIELDS, fieldsOf, UpdateFields } from '../../hooks/updateFields';
import { useClasses } from '../shared/styles';
import { MyUpdatesStrings } from '../IMyUpdatesProps';

export interface IConflictViewProps {
  /** Unique on the page (two actions can be in conflict at once). */
  id: string;
  conflict: Conflict;
  strings: MyUpdatesStrings;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

function labelOf(field: keyof UpdateFields, strings: MyUpdatesStrings): string {
  const labels: Record<keyof UpdateFields, string> = {
    status: strings.Form.StatusLegend, progress: strings.Form.Progress, issue: strings.Form.Issue,
    remedialAction: strings.Form.RemedialAction, evidence: strings.Form.Evidence,
    withdrawnReason: strings.Form.WithdrawnReason, revisedDate: strings.Form.RevisedDate
  };
  return labels[field];
}

function shown(field: keyof UpdateFields, value: string, strings: MyUpdatesStrings): JSX.Element | string {
  if (!value.trim()) return strings.Conflict.Empty;
  if (field === 'status') return strings.Status[value as 'Red'];
  return <SafeText text={value} rich={looksLikeHtml(value)} />;
}

/** Both versions side by side, only the fields that differ; the person chooses, nothing is lost. */
export function ConflictView({ id, conflict, strings, onKeepMine, onUseTheirs }: IConflictViewProps): JSX.Element {
  const classes = useClasses();
  const theirs = fieldsOf(conflict.theirs);
  const differing = FORM_FIELDS.filter((field) => !conflict.theirs || conflict.mine[field] !== theirs[field]);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => { if (heading.current) heading.current.focus(); }, []);
  return (
    <section aria-labelledby={`${id}-title`} className={classes.card}>
      <h6 id={`${id}-title`} ref={heading} tabIndex={-1} className={classes.cardHeading}>{strings.Conflict.Title}</h6>
      <MessageBar messageBarType={MessageBarType.warning}>{conflict.theirs ? strings.Conflict.Intro : strings.Conflict.Deleted}</MessageBar>
      {conflict.theirs && (
        <div className={classes.scroll} role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
          <table className={classes.table}>
            <thead>
              <tr><th scope="col">{strings.Conflict.Field}</th><th scope="col">{strings.Conflict.Yours}</th><th scope="col">{strings.Conflict.Theirs}</th></tr>
            </thead>
            <tbody>
              {differing.map((field) => (
                <tr key={field}>
                  <th scope="row">{labelOf(field, strings)}</th>
                  <td>{shown(field, conflict.mine[field], strings)}</td>
                  <td>{shown(field, theirs[field], strings)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className={classes.buttons} style={{ marginTop: 8 }}>
        <PrimaryButton text={strings.Conflict.KeepMine} onClick={onKeepMine} />
        {conflict.theirs && <DefaultButton text={strings.Conflict.UseTheirs} onClick={onUseTheirs} />}
      </div>
    </section>
  );
}
