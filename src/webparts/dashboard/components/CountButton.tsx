import * as React from 'react';
import { DrillTarget } from './drill';
import { useClasses } from './styles';

export interface ICountButtonProps {
  count: number;
  /** What a screen reader hears: the count, its column and its row, and that it shows the items. */
  label: string;
  target: DrillTarget;
  onDrill(target: DrillTarget, origin: HTMLElement): void;
}

/** A count that opens the items behind it; a zero has no items to show, so it is plain text. */
export function CountButton({ count, label, target, onDrill }: ICountButtonProps): JSX.Element {
  const classes = useClasses();
  if (count === 0) {
    return <span className={classes.zero}>0</span>;
  }
  return (
    <button type="button" className={classes.countButton} aria-label={label} onClick={(event) => onDrill(target, event.currentTarget)}>{count}</button>
  );
}
