import { PartialTheme } from '@fluentui/react/lib/Theme';
import { SPFI } from '../../data/createSp';
import { ILogger } from '../../data/logger';
import { TrackerRepository } from '../../data/TrackerRepository';
import { IsoDate } from '../../domain/model';
import { parsePeriodKey } from '../../domain/periods';
import { CY_GB, EN_GB } from '../../domain/reporting';
import { saveChallengeResponse } from '../../report/challengeResponses';
import { loadItemHistory } from '../../report/itemHistory';
import { loadDashboard } from '../../report/loadDashboard';
import { DashboardData, DashboardStrings, IDashboardProps, IDashboardServices } from './components/IDashboardProps';
import { DASHBOARD_SECTIONS, DashboardSection, IDashboardWebPartProps } from './IDashboardWebPartProps';

/**
 * How the dashboard is composed, once, by whoever hosts it: the SPFx web part class and local
 * mode's workbench page both build the services with `createDashboardServices` when they start
 * and pass every render through `dashboardProps`, so local mode renders what SharePoint renders.
 */

export interface DashboardServiceOptions {
  logger: ILogger;
}

/** Built once per web part instance: a property or theme change re-renders, it never refetches (the hook's cache). */
export function createDashboardServices(sp: SPFI, options: DashboardServiceOptions): IDashboardServices {
  const repository = new TrackerRepository(sp, { logger: options.logger });
  return {
    reader: repository,
    // The dashboard's use cases (src/report): the report is loadReport's, its sentences in the page's language.
    load: (request, locale): Promise<DashboardData> => loadDashboard(repository, { ...request, strings: locale === 'cy' ? CY_GB : EN_GB }),
    history: (plan, itemType, ref) => loadItemHistory(repository, plan, itemType, ref),
    saveResponse: (save, editor) => saveChallengeResponse(repository, save, editor)
  };
}

/** What the host knows at each render: who is signed in, what day it is, the page's language and theme. */
export interface DashboardPage {
  user: { name: string; email: string };
  today: IsoDate;
  now: () => Date;
  strings: DashboardStrings;
  theme?: PartialTheme;
}

export function dashboardProps(services: IDashboardServices, page: DashboardPage, properties: Partial<IDashboardWebPartProps>): IDashboardProps {
  const hidden = properties.sections || {};
  return {
    ...services,
    ...page,
    plan: properties.plan || undefined,
    objective: properties.objective || undefined,
    period: parsePeriodKey(properties.period || ''),
    sections: DASHBOARD_SECTIONS.filter((section: DashboardSection) => hidden[section] !== false)
  };
}
