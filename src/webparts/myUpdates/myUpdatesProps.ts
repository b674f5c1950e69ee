import { PartialTheme } from '@fluentui/react/lib/Theme';
import { SPFI } from '../../data/createSp';
import { ILogger } from '../../data/logger';
import { WorkRepository } from '../../data/WorkRepository';
import { IsoDate, PersonRef } from '../../domain/model';
import { parsePeriodKey, periodOpenForUpdatesOn } from '../../domain/periods';
import { IMyUpdatesProps, MyUpdatesStrings } from './components/IMyUpdatesProps';
import { browserDraftStore } from './hooks/draftStore';
import { IMyUpdatesWebPartProps } from './IMyUpdatesWebPartProps';

/**
 * How My tracker updates is composed, once, by whoever hosts it: the SPFx web part class in
 * SharePoint and Teams, and local mode's workbench page. Both build the services with
 * `createMyUpdatesServices` when they start and pass every render through `myUpdatesProps`, so
 * local mode renders exactly what SharePoint renders.
 */

/** Built once per web part instance: a property change or a theme change re-renders, it never refetches. */
export type MyUpdatesServices = Pick<IMyUpdatesProps, 'repository' | 'drafts'>;

export interface MyUpdatesServiceOptions {
  logger: ILogger;
  /** The clock saves are stamped with (EnteredOn, ReviewedOn): the real one in SharePoint, the demo's in local mode. */
  now: () => Date;
  /** Where unsaved form text is kept on this device (`window.localStorage`; absent in private browsing). */
  storage: Storage | undefined;
}

export function createMyUpdatesServices(sp: SPFI, options: MyUpdatesServiceOptions): MyUpdatesServices {
  return {
    repository: new WorkRepository(sp, { logger: options.logger, now: options.now }),
    drafts: browserDraftStore(options.storage)
  };
}

/** What the host knows at each render: who is signed in, what day and time it is, the page's language and theme. */
export interface MyUpdatesPage {
  user: PersonRef & { email: string };
  today: IsoDate;
  now: () => Date;
  strings: MyUpdatesStrings;
  theme?: PartialTheme;
}

/** The root component's props: the period is the property pane's, else the quarter just ended on `today`. */
export function myUpdatesProps(services: MyUpdatesServices, page: MyUpdatesPage, properties: Partial<IMyUpdatesWebPartProps>): IMyUpdatesProps {
  return {
    ...services,
    ...page,
    period: parsePeriodKey(properties.openPeriod || '') || periodOpenForUpdatesOn(page.today),
    defaultPlan: properties.defaultPlan || undefined
  };
}
