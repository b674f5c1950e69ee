import * as React from 'react';

export interface Announcer {
  message: string;
  /** Says `message` politely, and moves focus to it: the row whose button was pressed may have left the list. */
  announce: (message: string) => void;
  ref: React.RefObject<HTMLDivElement>;
}

export function useAnnouncer(): Announcer {
  const [message, setMessage] = React.useState('');
  const ref = React.useRef<HTMLDivElement>(null);
  const announce = React.useCallback((next: string) => {
    setMessage(next);
    window.setTimeout(() => { if (ref.current) ref.current.focus(); }, 0);
  }, []);
  return { message, announce, ref };
}
