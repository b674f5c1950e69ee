import * as React from 'react';
import * as strings from 'MyUpdatesWebPartStrings';
import * as commonStrings from 'TrackerCommonStrings';
import { createSp } from '../../data/createSp';
import { consoleLogger } from '../../data/logger';
import { HostThemedWebPart } from '../HostThemedWebPart';
import { IMyUpdatesWebPartProps } from './IMyUpdatesWebPartProps';
import { createMyUpdatesServices, myUpdatesProps, MyUpdatesServices } from './myUpdatesProps';

/**
 * Composition root (STYLE.md): the services are built once, in onInit; each render (a property
 * or theme change) passes the same services through myUpdatesProps, as local mode's workbench does.
 */
export default class MyUpdatesWebPart extends HostThemedWebPart<IMyUpdatesWebPartProps> {
  private services: MyUpdatesServices | undefined;
  /** The UI is a chunk of its own: the bundle it shares with the dashboard downloads only the web parts placed on the page. */
  private component: typeof import('./components/MyUpdates').MyUpdates | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = createMyUpdatesServices(createSp(this.context), { logger: consoleLogger, storage: window.localStorage, now: () => new Date() });
    this.component = (await import(/* webpackChunkName: 'my-updates-ui' */ './components/MyUpdates')).MyUpdates;
  }

  public render(): void {
    if (!this.services || !this.component) {
      return;
    }
    const page = this.hostPage({ ...strings, ...commonStrings });
    this.renderRoot(React.createElement(this.component, myUpdatesProps(this.services, page, this.properties)));
  }

  /** The property pane's code is a separate chunk, loaded only when an editor opens it. */
  protected async loadPropertyPaneResources(): Promise<void> {
    const { buildPropertyPane } = await import(/* webpackChunkName: 'my-updates-property-pane' */ './propertyPane/MyUpdatesPropertyPane');
    this.propertyPane = (properties, today) => buildPropertyPane(strings.PropertyPane, properties, today);
  }
}
