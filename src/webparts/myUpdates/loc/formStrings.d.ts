// The words of My updates' forms: the update form, its checks and conflicts, measure values,
// milestones and deadline change requests (the rest of IMyUpdatesWebPartStrings is in mystrings.d.ts).
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
