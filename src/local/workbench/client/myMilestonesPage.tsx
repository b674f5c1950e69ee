// Fluent's page settings before any Fluent module loads, then the icons the page registers on SharePoint.
import './fabricConfig';
import './workbenchIcons';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { hostTheme } from '../../../components/theme/hostThemes';
import { createSiteSp } from '../../../data/createSp';
import { consoleLogger } from '../../../data/logger';
import { MyMilestonesStrings } from '../../../webparts/myMilestones/components/IMyMilestonesProps';
import { MyMilestones } from '../../../webparts/myMilestones/components/MyMilestones';
import { myMilestonesProps } from '../../../webparts/myMilestones/myMilestonesProps';
import { createMyUpdatesServices } from '../../../webparts/myUpdates/myUpdatesProps';
import { WorkbenchPageConfig } from './pageConfig';

/**
 * The local workbench's entry for My milestones, composed as MyMilestonesWebPart composes it:
 * services built once, props from the same factory. The page plays the Teams host: the theme
 * chosen on the page stands for Teams' theme, and `?subEntityId=` for a deep link's sub-entity id.
 */
const configElement = document.getElementById('workbench-config');
const config = JSON.parse(configElement ? configElement.textContent || '{}' : '{}') as WorkbenchPageConfig;

// Local mode's one clock, running on from the instant the server made the page.
const clockOffset = config.nowMs - Date.now();
const now = (): Date => new Date(Date.now() + clockOffset);

const services = createMyUpdatesServices(createSiteSp({ siteUrl: `${window.location.origin}${config.sitePath}` }), { logger: consoleLogger, storage: window.localStorage, now });
const page = {
  user: config.user, today: config.today, now, strings: config.strings as MyMilestonesStrings, theme: hostTheme(config.theme), subEntityId: config.subEntityId
};

const container = document.getElementById('web-part') as HTMLElement;
ReactDom.render(React.createElement(MyMilestones, myMilestonesProps(services, page)), container);
// As SharePoint's onDispose does: unmount when the page goes away.
window.addEventListener('pagehide', () => ReactDom.unmountComponentAtNode(container));
