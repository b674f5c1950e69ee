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

declare interface IMyUpdatesFormStrings {
  /** {0}: action ref, {1}: action title */
  Heading: string;
  StatusLegend: string;
  Progress: string;
  ProgressHint: string;
  Issue: string;
  IssueHint: string;
  RemedialAction: string;
  RemedialActionHint: string;
  WithdrawnReason: string;
  Evidence: string;
  EvidenceHint: string;
  UploadFile: string;
  /** {0}: file name */
  Uploading: string;
  /** {0} file name, {1} percent sent (files over 10 MB go in chunks). */
  UploadingProgress: string;
  /** {0}: file name */
  Uploaded: string;
  RevisedDate: string;
  RevisedDateHint: string;
  SaveDraft: string;
  Submit: string;
  Resubmit: string;
  /** {0}: number of problems (counted) */
  FixBeforeSubmit: ITrackerCountedString;
  Required: string;
  /** {0}: field label */
  FieldProblem: string;
}

declare interface IMyUpdatesValidationStrings {
  /** {0}: "A Red update" / "An Amber update" in the page's language */
  needsProgress: string;
  needsRemedialAction: string;
  RedUpdate: string;
  AmberUpdate: string;
  needsWithdrawnReason: string;
  blueNeedsEvidence: string;
  badStatus: string;
  badRevisedDate: string;
  /** {0}: earliest date */
  revisedDateTooEarly: string;
  Other: string;
}

declare interface IMyUpdatesConflictStrings {
  Title: string;
  Intro: string;
  Deleted: string;
  /** A measure's value for the period, saved by someone else meanwhile. */
  ValueTitle: string;
  ValueDeleted: string;
  Field: string;
  Yours: string;
  Theirs: string;
  KeepMine: string;
  UseTheirs: string;
  Empty: string;
}

declare interface IMyUpdatesMeasureStrings {
  Unit: string;
  Target: string;
  /** {0}: lower, {1}: upper */
  Band: string;
  NoTarget: string;
  Polarity: string;
  High: string;
  Low: string;
  BandPolarity: string;
  /** {0}: the period */
  Value: string;
  NoValue: string;
  NoValueReason: string;
  NoValueReasonHint: string;
  NotANumber: string;
  ReasonRequired: string;
  Save: string;
  Saved: string;
  Result: string;
  RagGreen: string;
  RagAmber: string;
  RagRed: string;
  /** A value but no target for its year: neither met nor missed. */
  RagNoTarget: string;
  RagNoData: string;
  RagNotDue: string;
  TrendImproving: string;
  TrendWorsening: string;
  TrendUnchanged: string;
  TrendNone: string;
  /** {0}: previous period, {1}: value */
  PreviousValue: string;
  /** An annual measure before Q4: {0}: its financial year, {1}: the quarter its outturn is due (Q4, or Ch4 in Welsh). */
  AnnualNextDue: string;
}

declare interface IMyUpdatesMilestoneStrings {
  /** {0}: date */
  Due: string;
  /** {0}: days (counted) */
  OverdueDays: ITrackerCountedString;
  MarkDone: string;
  DoneDate: string;
  DoneDateRequired: string;
  DoneDateFuture: string;
  Confirm: string;
  /** {0}: date */
  Done: string;
  /** Makes a milestone marked done by mistake due again. */
  Undo: string;
}

declare interface IMyUpdatesChangeRequestStrings {
  Ask: string;
  /** {0}: current date */
  Current: string;
  RequestedDate: string;
  Reason: string;
  ReasonHint: string;
  Send: string;
  Sent: string;
  /** The deadline's latest request, by its decision; {0}: the date asked for. */
  Pending: string;
  Approved: string;
  Rejected: string;
  NotAllowed: string;
  DateRequired: string;
  DateSame: string;
  ReasonRequired: string;
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
