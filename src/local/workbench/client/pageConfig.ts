import { IsoDate, ReportingPeriod } from '../../../domain/model';

/** What the workbench server puts in the page for the client bundle: the web part's props. */
export interface WorkbenchPageConfig {
  /** `/sites/tracker`: the store, proxied on the workbench's own origin. */
  sitePath: string;
  user: { name: string; email: string };
  period: ReportingPeriod;
  today: IsoDate;
  /** The web part's strings for the chosen language, as SharePoint would load them. */
  strings: unknown;
}
