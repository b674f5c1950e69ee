/** Placeholders `{0}`, `{1}` are filled with formatString (src/components/formatString.ts); Welsh terms in src/components/loc/GLOSSARY-cy.md. */
declare interface IDashboardGeneralStrings {
  Title: string;
  /** {0}: plan title, {1}: quarter (Q4), {2}: financial year (2017-18) */
  Subtitle: string;
  Loading: string;
  Retry: string;
  /** {0}: time of day (14:05), {1}: the day */
  AsOf: string;
  Refresh: string;
  Plan: string;
  Quarter: string;
  Show: string;
  NoPlans: string;
  /** {0}: the plan title asked for */
  PlanNotFound: string;
  Close: string;
  Sections: string;
}

declare interface IDashboardGlanceStrings {
  Heading: string;
  Caption: string;
  Objective: string;
  Actions: string;
  Measures: string;
  Total: string;
  Percent: string;
  /** {0}: how many, {1}: column, {2}: row — the count's button name */
  CountButton: string;
  ChartTitle: string;
  /** {0}: objective, {1}: how the actions split — the chart's text alternative per bar */
  ChartBar: string;
  /** {0}: bucket name, {1}: count, {2}: percent */
  ChartSegment: string;
  ChartHint: string;
  TravelChartHint: string;
  ActionsChart: string;
  MeasuresChart: string;
  AllObjectives: string;
}

declare interface IDashboardBucketStrings {
  Blue: string;
  Green: string;
  Amber: string;
  Red: string;
  NoUpdate: string;
  NotDue: string;
  Withdrawn: string;
  NoTarget: string;
  NoData: string;
}

declare interface IDashboardSectionStrings {
  RiskTrend: { New: string; Up: string; Down: string; Same: string };
  Headlines: string;
  Challenges: string;
  ChallengesNone: string;
  Critical: string;
  Important: string;
  Overdue: string;
  OverdueNone: string;
  /** counted: {0} days */
  DaysOverdue: ITrackerCountedString;
  Measures: string;
  MeasuresNone: string;
  Risks: string;
  RisksNone: string;
  DirectionOfTravel: string;
  Ref: string;
  Item: string;
  Owner: string;
  Due: string;
  Reason: string;
  Response: string;
  NoResponse: string;
  Status: string;
  Score: string;
  Trend: string;
  Mitigation: string;
  PortfolioHolder: string;
}

declare interface IDashboardMeasureStrings {
  Polarity: string;
  PolarityHigh: string;
  PolarityLow: string;
  PolarityBand: string;
  Comparator: string;
  PriorYear: string;
  Target: string;
  Sparkline: string;
  /** {0}: values in order */
  SparklineText: string;
  Improving: string;
  Worsening: string;
  Unchanged: string;
  NoTrend: string;
  FilterObjective: string;
  FilterRag: string;
  FilterServiceArea: string;
  FilterAll: string;
  /** counted: {0} measures shown of {1} */
  Shown: ITrackerCountedString;
  NoValue: string;
}

declare interface IDashboardResponseStrings {
  Edit: string;
  /** {0}: challenge ref */
  EditNamed: string;
  Save: string;
  Cancel: string;
  Saving: string;
  Saved: string;
  /** {0}: challenge ref */
  Label: string;
  Empty: string;
  /** {0}: what went wrong */
  Failed: string;
  ConflictTitle: string;
  ConflictIntro: string;
  Yours: string;
  Theirs: string;
  KeepMine: string;
  UseTheirs: string;
}

declare interface IDashboardDrillStrings {
  /** {0}: item ref */
  HistoryButton: string;
  Loading: string;
  Created: string;
  Changed: string;
  Field: string;
  Before: string;
  After: string;
  /** {0}: who, {1}: when */
  ByOn: string;
  ItemChange: string;
  /** {0}: column, {1}: row */
  Heading: string;
  Actions: string;
  Measures: string;
  None: string;
  History: string;
  /** {0}: item ref */
  HistoryOf: string;
  HistoryNone: string;
  HistoryUnavailable: string;
  Back: string;
}

declare interface IDashboardExportStrings {
  Heading: string;
  Word: string;
  Excel: string;
  Csv: string;
  Print: string;
  Preparing: string;
  Failed: string;
  Unavailable: string;
}

declare interface IDashboardPropertyPaneStrings {
  Description: string;
  Plan: string;
  PlanHint: string;
  Objective: string;
  ObjectiveHint: string;
  Period: string;
  PeriodAutomatic: string;
  Sections: string;
  SectionGlance: string;
  SectionTravel: string;
  SectionHeadlines: string;
  SectionChallenges: string;
  SectionOverdue: string;
  SectionMeasures: string;
  SectionRisks: string;
  SectionExport: string;
}

declare interface IDashboardWebPartStrings {
  General: IDashboardGeneralStrings;
  Glance: IDashboardGlanceStrings;
  Bucket: IDashboardBucketStrings;
  Section: IDashboardSectionStrings;
  Measure: IDashboardMeasureStrings;
  Response: IDashboardResponseStrings;
  Drill: IDashboardDrillStrings;
  Export: IDashboardExportStrings;
  PropertyPane: IDashboardPropertyPaneStrings;
}

declare module 'DashboardWebPartStrings' {
  const strings: IDashboardWebPartStrings;
  export = strings;
}
