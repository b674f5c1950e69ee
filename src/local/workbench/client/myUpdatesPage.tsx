import * as React from 'react';
import * as ReactDom from 'react-dom';
import { createSp } from '../../../data/createSp';
import { TrackerRepository } from '../../../data/TrackerRepository';
import { MyUpdates } from '../../../webparts/myUpdates/components/MyUpdates';
import { browserDraftStore } from '../../../webparts/myUpdates/hooks/draftStore';
import { WorkbenchPageConfig } from './pageConfig';

/**
 * The local workbench's entry for the My updates web part: the same root component and props as
 * MyUpdatesWebPart.render, with the repository pointed at the workbench's proxy of the embedded
 * store (same origin; the signed-in person travels in the workbench's cookie).
 */
const configElement = document.getElementById('workbench-config');
const config = JSON.parse(configElement ? configElement.textContent || '{}' : '{}') as WorkbenchPageConfig;

const container = document.getElementById('web-part') as HTMLElement;
ReactDom.render(
  React.createElement(MyUpdates, {
    repository: new TrackerRepository(createSp({ siteUrl: `${window.location.origin}${config.sitePath}` })),
    user: config.user,
    period: config.period,
    today: config.today,
    strings: config.strings as IMyUpdatesWebPartStrings,
    drafts: browserDraftStore(window.localStorage)
  }),
  container
);
// As SharePoint's onDispose does: unmount when the page goes away.
window.addEventListener('pagehide', () => ReactDom.unmountComponentAtNode(container));
