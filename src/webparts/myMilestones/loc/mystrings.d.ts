/**
 * My milestones' own words. The web part also shows My updates' words (statuses, the forms it
 * reuses): both web parts are in one bundle, so the class merges MyUpdatesWebPartStrings, these
 * and TrackerCommonStrings into one object; the group names here differ from My updates' so
 * none hides another. Placeholders `{0}`, `{1}` are filled with formatString.
 */
declare interface IMyMilestonesDueListStrings {
  Title: string;
  Loading: string;
  Retry: string;
  Overdue: string;
  DueSoon: string;
  /** {0}: the plan's title */
  PlanHeading: string;
  /** {0}: date */
  Due: string;
  /** {0}: whole days past the due date */
  DaysOverdue: ITrackerCountedString;
  /** {0}: whole days until the due date */
  DueInDays: ITrackerCountedString;
  DueToday: string;
  Nothing: string;
  /** {0}: the quarter (Q1 2020-21), {1}: its due date */
  NextUpdates: string;
}

declare interface IMyMilestonesKindStrings {
  Milestone: string;
  ActionEnd: string;
  /** {0}: the quarter the update is for */
  UpdateOwed: string;
  /** {0}: who asked */
  ChangeRequest: string;
}

declare interface IMyMilestonesRowStatusStrings {
  NotDone: string;
  AwaitingDecision: string;
}

declare interface IMyMilestonesQuickActionStrings {
  MarkDone: string;
  WriteUpdate: string;
  AskDeadline: string;
  Decide: string;
  /** {0}: the action's ref */
  UpdateSent: string;
  /** {0}: the action's ref */
  ActionGone: string;
}

declare interface IMyMilestonesDeepLinkStrings {
  /** {0}: how many of the reminder's items are still due */
  Showing: ITrackerCountedString;
  Stale: string;
}

declare interface IMyMilestonesWebPartStrings {
  DueList: IMyMilestonesDueListStrings;
  DueKind: IMyMilestonesKindStrings;
  DueStatus: IMyMilestonesRowStatusStrings;
  QuickAction: IMyMilestonesQuickActionStrings;
  DeepLink: IMyMilestonesDeepLinkStrings;
}

declare module 'MyMilestonesWebPartStrings' {
  const strings: IMyMilestonesWebPartStrings;
  export = strings;
}
