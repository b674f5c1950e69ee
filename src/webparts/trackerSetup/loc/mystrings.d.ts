declare interface ITrackerSetupWebPartStrings {
  Title: string;
  Intro: string;
  Loading: string;
  LoadFailed: string;
  /** Names the table, and the box it scrolls in on a narrow page. */
  TableCaption: string;
  ColumnList: string;
  ColumnStatus: string;
  ColumnItems: string;
  ColumnDetails: string;
  HealthOk: string;
  HealthMissing: string;
  HealthIncomplete: string;
  /** {0}: comma-separated column names */
  MissingFields: string;
  WrongTypes: string;
  MissingIndexes: string;
  VersioningOff: string;
  /** The Evidence library exists as a list, not a document library. */
  WrongTemplateLibrary: string;
  /** A list exists as a document library. */
  WrongTemplateList: string;
  /** {0}: number of lists */
  SummaryAllOk: string;
  /** {0}: lists needing attention, {1}: all lists */
  SummaryProblems: string;
  HowToFix: string;
}

declare module 'TrackerSetupWebPartStrings' {
  const strings: ITrackerSetupWebPartStrings;
  export = strings;
}
