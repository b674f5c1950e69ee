import * as React from 'react';
import { useClasses } from './styles';

/**
 * The dashboard's buttons and messages: native elements styled from the theme's button and
 * message colours, so they look like Fluent's while the dashboard's first download carries no
 * Fluent Button or MessageBar (with their menus, callouts and layers: about 40 KB gzip that an
 * executive reading figures never uses).
 */

export interface IButtonProps {
  text: string;
  onClick?: () => void;
  primary?: boolean;
  type?: 'button' | 'submit';
  disabled?: boolean;
  ariaLabel?: string;
  elementRef?: React.Ref<HTMLButtonElement>;
}

export function Button({ text, onClick, primary, type = 'button', disabled, ariaLabel, elementRef }: IButtonProps): JSX.Element {
  const classes = useClasses();
  return (
    // eslint-disable-next-line react/button-has-type -- the type is one of the two allowed, given by the caller
    <button type={type} data-control="" className={primary ? classes.primaryButton : classes.button} onClick={onClick} disabled={disabled} aria-label={ariaLabel} ref={elementRef}>
      {text}
    </button>
  );
}

export interface IMessageProps {
  kind: 'error' | 'warning';
  children: React.ReactNode;
  /** A button beside the words (Try again). */
  action?: React.ReactNode;
}

/** An error is announced as it appears (role alert); a warning is read where it stands. */
export function Message({ kind, children, action }: IMessageProps): JSX.Element {
  const classes = useClasses();
  return (
    <div className={kind === 'error' ? classes.errorMessage : classes.warningMessage} role={kind === 'error' ? 'alert' : undefined}>
      <span>{children}</span>
      {action}
    </div>
  );
}
