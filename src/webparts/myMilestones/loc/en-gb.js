define([], function () {
  return {
    DueList: {
      Title: 'My milestones',
      Loading: 'Loading what you have due…',
      Retry: 'Try again',
      Overdue: 'Overdue',
      DueSoon: 'Due in the next 30 days',
      PlanHeading: 'Plan: {0}',
      Due: 'Due {0}',
      DaysOverdue: { one: '{0} day overdue', other: '{0} days overdue' },
      DueInDays: { one: 'Due in {0} day', other: 'Due in {0} days' },
      DueToday: 'Due today',
      Nothing: 'Nothing of yours is overdue or due in the next 30 days.',
      NextUpdates: 'Your next quarterly updates, for {0}, are due on {1}.'
    },
    DueKind: {
      Milestone: 'Milestone',
      ActionEnd: 'Action end date',
      UpdateOwed: 'Quarterly update for {0}',
      ChangeRequest: 'Deadline change asked for by {0}'
    },
    DueStatus: {
      NotDone: 'Not done',
      AwaitingDecision: 'Waiting for your decision'
    },
    QuickAction: {
      MarkDone: 'Mark done',
      WriteUpdate: 'Write the update',
      AskDeadline: 'Ask for a deadline change',
      Decide: 'Decide',
      UpdateSent: 'Your update for {0} is sent.',
      ActionGone: 'Action {0} is no longer yours to update.'
    },
    DeepLink: {
      Showing: { one: 'Showing the {0} item from your reminder.', other: 'Showing the {0} items from your reminder.' },
      Stale: 'The items in this reminder are no longer due: they may be done already.'
    }
  };
});
