// Fluent's page settings before any Fluent module loads, then the icons the page registers on SharePoint.
import './fabricConfig';
import './workbenchIcons';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { hostTheme } from '../../../components/theme/hostThemes';
import { createSiteSp } from '../../../data/createSp';
import { consoleLogger } from '../../../data/logger';
import { Dashboard } from '../../../webparts/dashboard/components/Dashboard';
import { DashboardStrings } from '../../../webparts/dashboard/components/IDashboardProps';
import { createDashboardServices, dashboardProps } from '../../../webparts/dashboard/dashboardProps';
import { WorkbenchPageConfig } from './pageConfig';

/**
 * Local mode's home: the dashboard web part, composed as DashboardWebPart composes it (services
 * built once, props from the same factory), on the demo clock, for the signed-in demo person, in
 * the page's language and theme. PnPjs points at the workbench's proxy of the embedded store.
 */
const configElement = document.getElementById('workbench-config');
const config = JSON.parse(configElement ? configElement.textContent || '{}' : '{}') as WorkbenchPageConfig;

const clockOffset = config.nowMs - Date.now();
const now = (): Date => new Date(Date.now() + clockOffset);

const services = createDashboardServices(createSiteSp({ siteUrl: `${window.location.origin}${config.sitePath}` }), { logger: consoleLogger });
const page = { user: config.user, today: config.today, now, strings: config.strings as DashboardStrings, theme: hostTheme(config.theme) };

const container = document.getElementById('web-part') as HTMLElement;
ReactDom.render(React.createElement(Dashboard, dashboardProps(services, page, config.properties)), container);
window.addEventListener('pagehide', () => ReactDom.unmountComponentAtNode(container));
