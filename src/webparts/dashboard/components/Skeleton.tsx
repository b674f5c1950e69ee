import * as React from 'react';
import { useClasses } from './styles';

/**
 * Grey blocks where the figures will be, the size of what replaces them, so the page does not
 * jump when they arrive; the words say what is happening.
 */
export function Skeleton({ label }: { label: string }): JSX.Element {
  const classes = useClasses();
  return (
    <div role="status" data-testid="dashboard-skeleton">
      <span className={classes.visuallyHidden}>{label}</span>
      <div aria-hidden="true">
        <div className={classes.skeleton} style={{ height: 22, width: '60%' }} />
        <div className={classes.skeleton} style={{ height: 56, width: '100%' }} />
        <div className={classes.skeleton} style={{ height: 18, width: '40%' }} />
        <div className={classes.skeleton} style={{ height: 80, width: '100%' }} />
        <div className={classes.skeleton} style={{ height: 240, width: '100%' }} />
      </div>
    </div>
  );
}
