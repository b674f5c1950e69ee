/** Placeholders `{0}`, `{1}` are filled with formatString (src/components/formatString.ts). */
declare interface IMyUpdatesGeneralStrings {
  Title: string;
  /** date-fns locale code the page's dates are written in: `en-GB` or `cy`. */
  /** {0}: quarter (Q4), {1}: financial year (2017-18) */
  Period: string;
  Loading: string;
  Retry: string;
  Saving: string;
  Cancel: string;
  TabMyItems: string;
  TabReview: string;
  /** {0}: number of updates waiting */
  TabReviewCount: string;
  NotSignedIn: string;
}

declare interface IMyUpdatesProgressStrings {
  /** {0}: done, {1}: owed (counted), {2}: due date */
  Summary: ITrackerCountedString;
  /** {0}: due date */
  AllDone: string;
  /** {0}: due date */
  PastDue: string;
  /** {0}: the period */
  NothingOwed: string;
}

declare interface IMyUpdatesStatusStrings {
  Blue: string;
  Green: string;
  Amber: string;
  Red: string;
  NotDue: string;
  Withdrawn: string;
  NoUpdate: string;
  AwaitingUpdate: string;
  BlueHint: string;
  GreenHint: string;
  AmberHint: string;
  RedHint: string;
  NotDueHint: string;
  WithdrawnHint: string;
}

declare interface IMyUpdatesGroupStrings {
  /** {0}: objective ref, {1}: objective title */
  Objective: string;
  OtherItems: string;
  Actions: string;
  Measures: string;
  Milestones: string;
}

declare interface IMyUpdatesActionStrings {
  /** {0}: previous period */
  LastQuarter: string;
  NoLastUpdate: string;
  /** {0}: date */
  DueOn: string;
  Overdue: string;
  YouAreDelegate: string;
  WriteUpdate: string;
  EditUpdate: string;
  CloseForm: string;
  StateDraft: string;
  StateSubmitted: string;
  StateApproved: string;
  StateReturned: string;
  /** {0}: reviewer's comment */
  ReturnedWithComment: string;
  /** {0}: time */
  DraftSavedAt: string;
  DraftRestored: string;
  Submitted: string;
  /** An approved update is changed only deliberately: the button, what it means, and the two choices. */
  ChangeApproved: string;
  ChangeApprovedWarning: string;
  ChangeApprovedConfirm: string;
  ChangeApprovedCancel: string;
}

declare interface IMyUpdatesReviewStrings {
  Title: string;
  Intro: string;
  Empty: string;
  /** {0}: person, {1}: date */
  SubmittedBy: string;
  PreviousQuarter: string;
  Approve: string;
  Return: string;
  Comment: string;
  CommentHint: string;
  CommentRequired: string;
  /** {0}: action ref */
  ApprovedMessage: string;
  /** {0}: action ref */
  ReturnedMessage: string;
  /** Deadline change requests waiting for the plan lead's decision. */
  DeadlinesTitle: string;
  DeadlinesIntro: string;
  /** {0}: person, {1}: action ref, {2}: current date, {3}: date asked for */
  DeadlineAction: string;
  /** {0}: person, {1}: milestone title, {2}: action ref, {3}: current date, {4}: date asked for */
  DeadlineMilestone: string;
  DeadlineReason: string;
  Agree: string;
  TurnDown: string;
  /** {0}: action ref, {1}: new date */
  AgreedMessage: string;
  /** {0}: action ref */
  TurnedDownMessage: string;
}

declare interface IMyUpdatesErrorStrings {
  Conflict: string;
  Forbidden: string;
  NotReviewer: string;
  NotPlanLead: string;
  Throttled: string;
  NotFound: string;
  Unreachable: string;
  Validation: string;
  Unknown: string;
}

/**
 * The rules the repository and the domain refuse a save for, by the problem's code (the domain's
 * `RuleProblem.code`), so a Welsh page never shows the data layer's English.
 */
declare interface IMyUpdatesProblemStrings {
  reviewDraft: string;
  reviewApproved: string;
  reviewReturned: string;
  reviewNotSubmitted: string;
  /** {0}: the decision sent */
  badDecision: string;
  returnNeedsComment: string;
  /** {0}: the plan's title */
  changeRequestsOff: string;
  /** {0}: the action's reference or the milestone's title */
  changeAlreadyPending: string;
  /** {0}: the person's name */
  requesterNotUser: string;
  /** {0}: file name */
  fileEmpty: string;
  /** {0}: file name, {1}: its size in MB, {2}: the limit in MB */
  fileTooLarge: string;
  /** {0}: file name, {1}: how many names were tried */
  fileNameTaken: string;
  requestDecided: string;
  /** {0}: the decision sent */
  badDeadlineDecision: string;
  /** {0}: the plan, {1}: its first year, {2}: its last year, {3}: the quarter asked for */
  periodOutsidePlan: string;
  /** {0}: the quarter asked for */
  periodNotStarted: string;
}

declare interface IMyUpdatesPropertyPaneStrings {
  Description: string;
  DefaultPlan: string;
  DefaultPlanHint: string;
  OpenPeriod: string;
  OpenPeriodHint: string;
  OpenPeriodAutomatic: string;
}

declare interface IMyUpdatesWebPartStrings {
  General: IMyUpdatesGeneralStrings;
  Progress: IMyUpdatesProgressStrings;
  Status: IMyUpdatesStatusStrings;
  Group: IMyUpdatesGroupStrings;
  Action: IMyUpdatesActionStrings;
  Form: IMyUpdatesFormStrings;
  Validation: IMyUpdatesValidationStrings;
  Conflict: IMyUpdatesConflictStrings;
  Measure: IMyUpdatesMeasureStrings;
  Milestone: IMyUpdatesMilestoneStrings;
  ChangeRequest: IMyUpdatesChangeRequestStrings;
  Review: IMyUpdatesReviewStrings;
  Errors: IMyUpdatesErrorStrings;
  Problems: IMyUpdatesProblemStrings;
  PropertyPane: IMyUpdatesPropertyPaneStrings;
}

declare module 'MyUpdatesWebPartStrings' {
  const strings: IMyUpdatesWebPartStrings;
  export = strings;
}
