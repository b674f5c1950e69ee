// Fluent's page settings before any Fluent module loads, then the icons the page registers on SharePoint.
import './fabricConfig';
import './workbenchIcons';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { hostTheme } from '../../../components/theme/hostThemes';
import { createSiteSp } from '../../../data/createSp';
import { SiteSchemaReader } from '../../../data/SiteSchemaReader';
import { TrackerSetup } from '../../../webparts/trackerSetup/components/TrackerSetup';
import { WorkbenchPageConfig } from './pageConfig';

/**
 * The Tracker setup web part in local mode, composed as TrackerSetupWebPart composes it (the
 * schema reader built once), for the signed-in demo person, in the page's language and theme.
 * PnPjs points at the workbench's proxy of the embedded store.
 */
const configElement = document.getElementById('workbench-config');
const config = JSON.parse(configElement ? configElement.textContent || '{}' : '{}') as WorkbenchPageConfig;

const reader = new SiteSchemaReader(createSiteSp({ siteUrl: `${window.location.origin}${config.sitePath}` }));
const props = { reader, strings: config.strings as ITrackerSetupWebPartStrings, theme: hostTheme(config.theme) };

const container = document.getElementById('web-part') as HTMLElement;
ReactDom.render(React.createElement(TrackerSetup, props), container);
// As SharePoint's onDispose does: unmount when the page goes away.
window.addEventListener('pagehide', () => ReactDom.unmountComponentAtNode(container));
