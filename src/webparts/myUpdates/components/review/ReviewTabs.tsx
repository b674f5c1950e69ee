import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { formatString } from '../../../../components/formatString';
import { ReviewItem } from '../../../../data/ITrackerRepository';
import { ReviewQueue } from './ReviewQueue';

export interface IReviewTabsProps {
  /** The person's own items, the first tab. */
  mine: JSX.Element;
  queue: ReviewItem[];
  strings: IMyUpdatesWebPartStrings;
}

/** For plan and objective leads: "My items" and "Review queue (n)" as tabs. */
export function ReviewTabs({ mine, queue, strings }: IReviewTabsProps): JSX.Element {
  return (
    <Pivot aria-label={strings.General.Title} overflowBehavior="none">
      <PivotItem headerText={strings.General.TabMyItems} itemKey="mine">{mine}</PivotItem>
      <PivotItem headerText={formatString(strings.General.TabReviewCount, queue.length)} itemKey="review">
        <ReviewQueue queue={queue} />
      </PivotItem>
    </Pivot>
  );
}
