import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { SaveState } from '../../hooks/useSave';
import { errorText } from './errorText';
import { useMyUpdatesContext } from '../MyUpdatesContext';
import { useClasses } from './styles';

export interface ISmallFormProps {
  /** Runs on Enter or the submit button; the browser's own validation and page load are skipped. */
  onSubmit: () => Promise<void>;
  submitText: string;
  save: SaveState;
  onCancel: () => void;
  children: React.ReactNode;
}

/**
 * A small form (mark done, ask for a new deadline): its fields, then submit and cancel buttons,
 * "Saving…" while it saves, and the failure if it fails.
 */
export function SmallForm({ onSubmit, submitText, save, onCancel, children }: ISmallFormProps): JSX.Element {
  const classes = useClasses();
  const { strings } = useMyUpdatesContext();
  return (
    <form
      className={classes.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit().catch(() => undefined);
      }}
    >
      {children}
      <div className={classes.buttons}>
        <PrimaryButton type="submit" text={submitText} disabled={save.phase === 'saving'} allowDisabledFocus />
        <DefaultButton text={strings.General.Cancel} onClick={onCancel} />
        {save.phase === 'saving' && <span>{strings.General.Saving}</span>}
      </div>
      {save.phase === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">{errorText(save.error, strings)}</MessageBar>
      )}
    </form>
  );
}
