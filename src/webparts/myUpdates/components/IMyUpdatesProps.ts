import { PartialTheme } from '@fluentui/react/lib/Theme';
import { IMyWorkRepository, IReviewRepository } from '../../../data/ITrackerRepository';
import { IsoDate, PersonRef, ReportingPeriod } from '../../../domain/model';
import { IDraftStore } from '../hooks/draftStore';

/** The page's words: the web part's own strings and the ones every web part shares (dates). */
export type MyUpdatesStrings = IMyUpdatesWebPartStrings & ITrackerCommonStrings;

/** What the web part's props factory (myUpdatesProps) gives the root component, in SharePoint and in local mode alike. */
export interface IMyUpdatesProps {
  /** The roles this web part uses: a person's own work, and leads' reviews. */
  repository: IMyWorkRepository & IReviewRepository;
  /** The signed-in person: their e-mail finds what they own and lead. */
  user: PersonRef & { email: string };
  period: ReportingPeriod;
  today: IsoDate;
  /** The instant now on the page's clock (the demo's in local mode): what a save records as submitted on. */
  now: () => Date;
  strings: MyUpdatesStrings;
  drafts: IDraftStore;
  /** A plan listed first (the property pane's "Plan shown first"). */
  defaultPlan?: string;
  /** The theme around the web part (a section's variant, Teams' dark or high contrast); the page's when absent. */
  theme?: PartialTheme;
}
