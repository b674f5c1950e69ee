import * as React from 'react';
import { css } from '@fluentui/react/lib/Utilities';
import { formatDay } from '../../../components/dates';
import { formatString } from '../../../components/formatString';
import { SafeText } from '../../../components/SafeText';
import { StatusBadge } from '../../../components/StatusBadge';
import { useMyUpdatesContext } from '../../myUpdates/components/MyUpdatesContext';
import { useClasses } from '../../myUpdates/components/shared/styles';
import { dayCountText, DueRow, kindText, statusText, statusTone } from './dueText';
import { MyMilestonesStrings } from './IMyMilestonesProps';
import { QuickActions } from './QuickActions';
import { useMilestoneClasses } from './styles';

export type HeadingLevel = 4 | 5;

export interface IDueRowItemProps {
  /** The element id a deep link scrolls to. */
  id: string;
  item: DueRow;
  headingLevel: HeadingLevel;
  /** A reminder named it: marked, and focusable for the deep link to move focus to it. */
  highlighted: boolean;
  announce: (message: string) => void;
}

/** One row: its ref and title, plan and kind, due date, how late or how soon, status, and its quick action. */
export function DueRowItem({ id, item, headingLevel, highlighted, announce }: IDueRowItemProps): JSX.Element {
  const classes = useClasses();
  const own = useMilestoneClasses();
  const strings = useMyUpdatesContext().strings as MyMilestonesStrings;
  const Heading = `h${headingLevel}` as 'h4';
  const headingId = `${id}-heading`;
  return (
    <li id={id} className={css(classes.card, highlighted && own.highlighted)} aria-labelledby={headingId} tabIndex={highlighted ? -1 : undefined} data-kind={item.kind}>
      <Heading id={headingId} className={classes.cardHeading}>{item.ref} <SafeText text={item.title} /></Heading>
      <p className={own.kind}><SafeText text={item.plan} /> · {kindText(item, strings)}</p>
      <div className={classes.meta}>
        <span>{formatString(strings.DueList.Due, formatDay(item.dueDate, strings.Dates))}</span>
        {item.daysOverdue > 0 ? <StatusBadge tone="Red" label={dayCountText(item, strings)} /> : <strong>{dayCountText(item, strings)}</strong>}
        <StatusBadge tone={statusTone(item.status)} label={statusText(item.status, strings)} />
      </div>
      <QuickActions item={item} announce={announce} />
    </li>
  );
}
