import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'MyUpdatesWebPartStrings';
import { createSp } from '../../data/createSp';
import { TrackerRepository } from '../../data/TrackerRepository';
import { londonDateOf } from '../../domain/calendarDate';
import { parsePeriodKey, periodOpenForUpdatesOn } from '../../domain/periods';
import { MyUpdates } from './components/MyUpdates';
import { browserDraftStore } from './hooks/draftStore';
import { IMyUpdatesWebPartProps } from './IMyUpdatesWebPartProps';

/** Composition root (STYLE.md): reads the context and properties, builds the repository, renders. */
export default class MyUpdatesWebPart extends BaseClientSideWebPart<IMyUpdatesWebPartProps> {
  private propertyPane: ((properties: IMyUpdatesWebPartProps, today: string) => IPropertyPaneConfiguration) | undefined;

  public render(): void {
    const today = londonDateOf(new Date());
    const { email, displayName } = this.context.pageContext.user;
    ReactDom.render(React.createElement(MyUpdates, {
      repository: new TrackerRepository(createSp(this.context)),
      user: { name: displayName, email },
      period: parsePeriodKey(this.properties.openPeriod || '') || periodOpenForUpdatesOn(today),
      today,
      strings,
      drafts: browserDraftStore(window.localStorage),
      defaultPlan: this.properties.defaultPlan || undefined
    }), this.domElement);
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
