import * as React from 'react';

export type SaveState = { phase: 'idle' } | { phase: 'saving' } | { phase: 'saved' } | { phase: 'failed'; error: unknown };

/** One save at a time, with its outcome for a MessageBar; the returned promise never rejects. */
export function useSave(): [SaveState, <T>(work: () => Promise<T>) => Promise<T | undefined>, () => void] {
  const [state, setState] = React.useState<SaveState>({ phase: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);
  const run = React.useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setState({ phase: 'saving' });
    try {
      const result = await work();
      if (mounted.current) setState({ phase: 'saved' });
      return result;
    } catch (error) {
      if (mounted.current) setState({ phase: 'failed', error });
      return undefined;
    }
  }, []);
  const reset = React.useCallback(() => setState({ phase: 'idle' }), []);
  return [state, run, reset];
}
