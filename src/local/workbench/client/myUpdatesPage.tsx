// Fluent's page settings before any Fluent module loads, then the icons the page registers on SharePoint.
import './fabricConfig';
import './workbenchIcons';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { hostTheme } from '../../../components/theme/hostThemes';
import { createSiteSp } from '../../../data/createSp';
import { consoleLogger } from '../../../data/logger';
import { MyUpdatesStrings } from '../../../webparts/myUpdates/components/IMyUpdatesProps';
import { MyUpdates } from '../../../webparts/myUpdates/components/MyUpdates';
import { createMyUpdatesServices, myUpdatesProps } from '../../../webparts/myUpdates/myUpdatesProps';
import { WorkbenchPageConfig } from './pageConfig';

/**
 * The local workbench's entry for the My updates web part, composed as MyUpdatesWebPart composes
 * it: services built once, props from the same factory. Only the host differs: PnPjs points at
 * the workbench's proxy of the embedded store (same origin; the signed-in person travels in the
 * workbench's cookie), and the theme is the one chosen on the page.
 */
const configElement = document.getElementById('workbench-config');
const config = JSON.parse(configElement ? configElement.textContent || '{}' : '{}') as WorkbenchPageConfig;

// Local mode's one clock, running on from the instant the server made the page.
const clockOffset = config.nowMs - Date.now();
const now = (): Date => new Date(Date.now() + clockOffset);

const services = createMyUpdatesServices(createSiteSp({ siteUrl: `${window.location.origin}${config.sitePath}` }), { logger: consoleLogger, storage: window.localStorage, now });
const page = { user: config.user, today: config.today, now, strings: config.strings as MyUpdatesStrings, theme: hostTheme(config.theme) };

const container = document.getElementById('web-part') as HTMLElement;
ReactDom.render(React.createElement(MyUpdates, myUpdatesProps(services, page, config.properties)), container);
// As SharePoint's onDispose does: unmount when the page goes away.
window.addEventListener('pagehide', () => ReactDom.unmountComponentAtNode(container));
