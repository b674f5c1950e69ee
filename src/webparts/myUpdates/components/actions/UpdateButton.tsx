import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { UpdateStage } from '../../../../domain/reviewStates';
import { useMyUpdatesContext } from '../MyUpdatesContext';
import { useClasses } from '../shared/styles';

export interface IUpdateButtonProps {
  stage: UpdateStage;
  actionRef: string;
  buttonRef: React.RefObject<HTMLButtonElement>;
  onOpen: () => void;
}

/**
 * What the owner can do with the period's update: write it, carry on with a draft or a returned
 * update (the main thing to do, so the primary button), change one waiting for review, or, only
 * deliberately, change an approved one.
 */
export function UpdateButton({ stage, actionRef, buttonRef, onOpen }: IUpdateButtonProps): JSX.Element {
  const { strings } = useMyUpdatesContext();
  const words = strings.Action;
  const text = stage === 'none' ? words.WriteUpdate : stage === 'approved' ? words.ChangeApproved : words.EditUpdate;
  const Button = stage === 'none' || stage === 'draft' || stage === 'returned' ? PrimaryButton : DefaultButton;
  return <Button elementRef={buttonRef} text={text} aria-label={`${text}: ${actionRef}`} onClick={onOpen} />;
}

/** Before an approved update is changed: what changing it means, and the choice. Focus moves here. */
export function ChangeApprovedPrompt({ actionRef, onChange, onKeep }: { actionRef: string; onChange: () => void; onKeep: () => void }): JSX.Element {
  const classes = useClasses();
  const { strings } = useMyUpdatesContext();
  const words = strings.Action;
  const prompt = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (prompt.current) prompt.current.focus();
  }, []);
  return (
    <div ref={prompt} tabIndex={-1}>
      <MessageBar messageBarType={MessageBarType.warning}>{words.ChangeApprovedWarning}</MessageBar>
      <div className={classes.buttons} style={{ marginTop: 8 }}>
        <PrimaryButton text={words.ChangeApprovedConfirm} aria-label={`${words.ChangeApprovedConfirm}: ${actionRef}`} onClick={onChange} />
        <DefaultButton text={words.ChangeApprovedCancel} onClick={onKeep} />
      </div>
    </div>
  );
}
