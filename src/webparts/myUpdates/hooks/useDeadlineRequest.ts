import * as React from 'react';
import { hasPendingChange, latestChangeRequest } from '../../../domain/deadlineChanges';
import { DeadlineChangeRequest } from '../../../domain/model';

export interface DeadlineRequestState {
  /** The deadline's latest request, to show where it stands. */
  latest: DeadlineChangeRequest | undefined;
  /** One request at a time: false while one waits for the plan lead. */
  mayAsk: boolean;
  /** Records a request just sent, so the card shows it before the list is read again. */
  sent(request: DeadlineChangeRequest): void;
}

/** Where one deadline's change requests stand, for an action's end date or a milestone's date. */
export function useDeadlineRequest(requests: readonly DeadlineChangeRequest[], actionRef: string, milestoneTitle?: string): DeadlineRequestState {
  const [justSent, setJustSent] = React.useState<DeadlineChangeRequest>();
  // Until the reload brings it back, the request just sent is the latest; after, it is there twice, which changes nothing.
  const known = justSent ? requests.concat([justSent]) : requests;
  return {
    latest: latestChangeRequest(known, actionRef, milestoneTitle),
    mayAsk: !hasPendingChange(known, actionRef, milestoneTitle),
    sent: setJustSent
  };
}
