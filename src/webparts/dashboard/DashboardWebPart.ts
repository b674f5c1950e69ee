import * as React from 'react';
import * as strings from 'DashboardWebPartStrings';
import * as commonStrings from 'TrackerCommonStrings';
import { createSp } from '../../data/createSp';
import { consoleLogger } from '../../data/logger';
import { HostThemedWebPart } from '../HostThemedWebPart';
import { IDashboardServices } from './components/IDashboardProps';
import { IDashboardWebPartProps } from './IDashboardWebPartProps';

/**
 * Composition root (STYLE.md): services built once in onInit; each render (a property or theme
 * change) passes them through dashboardProps, as local mode's workbench does. The dashboard's UI
 * is a chunk of its own, so a page that shares this bundle with My updates downloads each web
 * part's UI only where it is placed.
 */
export default class DashboardWebPart extends HostThemedWebPart<IDashboardWebPartProps> {
  private services: IDashboardServices | undefined;
  private ui: typeof import('./dashboardUi') | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.ui = await import(/* webpackChunkName: 'dashboard-ui' */ './dashboardUi');
    this.services = this.ui.createDashboardServices(createSp(this.context), { logger: consoleLogger });
  }

  public render(): void {
    if (!this.services || !this.ui) {
      return;
    }
    const page = this.hostPage({ ...strings, ...commonStrings });
    this.renderRoot(React.createElement(this.ui.Dashboard, this.ui.dashboardProps(this.services, page, this.properties)));
  }

  /** The property pane's code is a separate chunk, loaded only when an editor opens it. */
  protected async loadPropertyPaneResources(): Promise<void> {
    const { buildPropertyPane } = await import(/* webpackChunkName: 'dashboard-property-pane' */ './propertyPane/DashboardPropertyPane');
    this.propertyPane = (properties, today) => buildPropertyPane(strings.PropertyPane, properties, today);
  }
}
