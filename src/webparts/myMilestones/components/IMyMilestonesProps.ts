import { IMyMilestonesFocus } from '../../../teams/deepLinks';
import { IMyUpdatesProps, MyUpdatesStrings } from '../../myUpdates/components/IMyUpdatesProps';

/**
 * The page's words: My milestones' own, and My updates' (statuses, and the forms reused from it),
 * with the shared ones (dates, quarters), merged by the host into one object.
 */
export type MyMilestonesStrings = IMyMilestonesWebPartStrings & MyUpdatesStrings;

/**
 * What the props factory (myMilestonesProps) gives the root component, in SharePoint, Teams and
 * local mode alike. The services are My updates' own: its forms are reused here, not rewritten.
 */
export interface IMyMilestonesProps extends Omit<IMyUpdatesProps, 'period' | 'defaultPlan' | 'strings'> {
  strings: MyMilestonesStrings;
  /** The items a Teams reminder's deep link named (its sub-entity id), to show first. */
  focus?: IMyMilestonesFocus;
}
