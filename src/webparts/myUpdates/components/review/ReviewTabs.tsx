import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { formatString } from '../../../../components/formatString';
import { ReviewQueue as Queue } from '../../../../data/ITrackerRepository';
import { ReviewQueue } from './ReviewQueue';
import { MyUpdatesStrings } from '../IMyUpdatesProps';

export interface IReviewTabsProps {
  /** The person's own items, the first tab. */
  mine: JSX.Element;
  queue: Queue;
  strings: MyUpdatesStrings;
}

/** For plan and objective leads: "My items" and "Review queue (n)" as tabs. */
export function ReviewTabs({ mine, queue, strings }: IReviewTabsProps): JSX.Element {
  return (
    <Pivot aria-label={strings.General.Title} overflowBehavior="none">
      <PivotItem headerText={strings.General.TabMyItems} itemKey="mine">{mine}</PivotItem>
      <PivotItem headerText={formatString(strings.General.TabReviewCount, queue.updates.length + queue.deadlineChanges.length)} itemKey="review">
        <ReviewQueue queue={queue} />
      </PivotItem>
    </Pivot>
  );
}
