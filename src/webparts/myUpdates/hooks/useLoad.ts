import * as React from 'react';

export type LoadState<T> =
  | { phase: 'loading' }
  | { phase: 'failed'; error: unknown }
  | { phase: 'ready'; value: T };

/**
 * Runs `load` when its inputs change and on `reload()`, keeping the last value while reloading so
 * a save never blanks the page. A stale answer (inputs changed meanwhile) is ignored.
 */
export function useLoad<T>(load: () => Promise<T>, inputs: readonly unknown[]): [LoadState<T>, () => void] {
  const [state, setState] = React.useState<LoadState<T>>({ phase: 'loading' });
  const [generation, setGeneration] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    load().then(
      (value) => { if (current) setState({ phase: 'ready', value }); },
      (error: unknown) => { if (current) setState({ phase: 'failed', error }); }
    );
    return () => { current = false; };
  }, [generation, ...inputs]);
  const reload = React.useCallback(() => setGeneration((value) => value + 1), []);
  return [state, reload];
}
