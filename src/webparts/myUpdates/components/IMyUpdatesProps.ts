import { ITrackerRepository } from '../../../data/ITrackerRepository';
import { IsoDate, PersonRef, ReportingPeriod } from '../../../domain/model';
import { IDraftStore } from '../hooks/draftStore';

/** What the web part class (and the local workbench) give the root component. */
export interface IMyUpdatesProps {
  repository: ITrackerRepository;
  /** The signed-in person: their e-mail finds what they own and lead. */
  user: PersonRef & { email: string };
  period: ReportingPeriod;
  today: IsoDate;
  strings: IMyUpdatesWebPartStrings;
  drafts: IDraftStore;
  /** A plan listed first (the property pane's "Plan shown first"). */
  defaultPlan?: string;
}
