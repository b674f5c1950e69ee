import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { SaveState } from '../hooks/useSave';
import { errorText } from './errorText';
import { useMyUpdatesContext } from './MyUpdatesContext';
import { classes } from './styles';

export interface IFormFooterProps {
  submitText: string;
  save: SaveState;
  onCancel: () => void;
}

/** A small form's submit and cancel buttons, "Saving…" while it saves, and the failure if it fails. */
export function FormFooter({ submitText, save, onCancel }: IFormFooterProps): JSX.Element {
  const { strings } = useMyUpdatesContext();
  return (
    <>
      <div className={classes.buttons}>
        <PrimaryButton type="submit" text={submitText} disabled={save.phase === 'saving'} allowDisabledFocus />
        <DefaultButton text={strings.General.Cancel} onClick={onCancel} />
        {save.phase === 'saving' && <span>{strings.General.Saving}</span>}
      </div>
      {save.phase === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">{errorText(save.error, strings.Errors)}</MessageBar>
      )}
    </>
  );
}
