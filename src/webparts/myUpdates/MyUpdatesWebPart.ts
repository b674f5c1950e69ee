import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'MyUpdatesWebPartStrings';
import * as commonStrings from 'TrackerCommonStrings';
import { createSp } from '../../data/createSp';
import { consoleLogger } from '../../data/logger';
import { londonDateOf } from '../../domain/calendarDate';
import { HostThemedWebPart } from '../shared/HostThemedWebPart';
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
  private propertyPane: ((properties: IMyUpdatesWebPartProps, today: string) => IPropertyPaneConfiguration) | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = createMyUpdatesServices(createSp(this.context), { logger: consoleLogger, storage: window.localStorage, now: () => new Date() });
    this.component = (await import(/* webpackChunkName: 'my-updates-ui' */ './components/MyUpdates')).MyUpdates;
  }

  public render(): void {
    if (!this.services || !this.component) {
      return;
    }
    const { email, displayName } = this.context.pageContext.user;
    const page = { user: { name: displayName, email }, today: londonDateOf(new Date()), now: () => new Date(), strings: { ...strings, ...commonStrings }, theme: this.hostTheme };
    ReactDom.render(React.createElement(this.component, myUpdatesProps(this.services, page, this.properties)), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  /** The property pane's code is a separate chunk, loaded only when an editor opens it. */
  protected async loadPropertyPaneResources(): Promise<void> {
    const { buildPropertyPane } = await import(/* webpackChunkName: 'my-updates-property-pane' */ './propertyPane/MyUpdatesPropertyPane');
    this.propertyPane = (properties, today) => buildPropertyPane(strings.PropertyPane, properties, today);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this.propertyPane ? this.propertyPane(this.properties, londonDateOf(new Date())) : { pages: [] };
  }
}
