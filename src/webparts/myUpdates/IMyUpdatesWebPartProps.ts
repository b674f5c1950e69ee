export interface IMyUpdatesWebPartProps {
  /** A plan title to list first; empty lists every plan the person has items in, in name order. */
  defaultPlan: string;
  /** `2017-18 Q4` to keep a period open; empty for the quarter just ended (periodOpenForUpdatesOn). */
  openPeriod: string;
}
