import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'TrackerSetupWebPartStrings';
import { createSp } from '../../data/createSp';
import { SiteSchemaReader } from '../../data/SiteSchemaReader';
import { TrackerSetup } from './components/TrackerSetup';

/** Composition root: reads the SPFx context, builds the schema reader, renders the check. */
export default class TrackerSetupWebPart extends BaseClientSideWebPart<Record<string, never>> {
  public render(): void {
    const reader = new SiteSchemaReader(createSp(this.context));
    ReactDom.render(React.createElement(TrackerSetup, { reader, strings }), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
