import { PartialTheme } from '@fluentui/react/lib/Theme';
import { IsoDate, PersonRef } from '../../domain/model';
import { parseMyMilestonesFocus } from '../../teams/deepLinks';
import { IMyMilestonesProps, MyMilestonesStrings } from './components/IMyMilestonesProps';
import { MyUpdatesServices } from '../myUpdates/myUpdatesProps';

/**
 * How My milestones is composed by whoever hosts it: the SPFx web part class (SharePoint, a Teams
 * tab, the Teams personal app) and local mode's workbench page. Its services are My updates'
 * (`createMyUpdatesServices`): the same repository and drafts, since its forms are My updates'.
 */
export type MyMilestonesServices = MyUpdatesServices;

/** What the host knows at each render: who is signed in, the day, the language, the theme, and the deep link it was opened with. */
export interface MyMilestonesPage {
  user: PersonRef & { email: string };
  today: IsoDate;
  now: () => Date;
  strings: MyMilestonesStrings;
  theme?: PartialTheme;
  /** The Teams sub-entity id (`page.subPageId`) a reminder's deep link carried; the workbench's `?subEntityId=`. */
  subEntityId?: string;
  /**
   * The page address's query (`location.search`) on a SharePoint page: a reminder e-mail links to
   * the page with `?subEntityId=`, read when Teams gave none.
   */
  pageQuery?: string;
}

/** The reminder focus a page address carries as `?subEntityId=`, if any. */
function subEntityIdInQuery(query: string | undefined): string | undefined {
  return (query && new URLSearchParams(query).get('subEntityId')) || undefined;
}

export function myMilestonesProps(services: MyMilestonesServices, page: MyMilestonesPage): IMyMilestonesProps {
  const { subEntityId, pageQuery, ...rest } = page;
  return { ...services, ...rest, focus: parseMyMilestonesFocus(subEntityId || subEntityIdInQuery(pageQuery)) };
}
