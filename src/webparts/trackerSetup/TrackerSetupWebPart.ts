import * as React from 'react';
import * as strings from 'TrackerSetupWebPartStrings';
import { createSp } from '../../data/createSp';
import { SiteSchemaReader } from '../../data/SiteSchemaReader';
import { HostThemedWebPart } from '../HostThemedWebPart';
import { TrackerSetup } from './components/TrackerSetup';

/** Composition root: reads the SPFx context, builds the schema reader once, renders the check in the host's theme. */
export default class TrackerSetupWebPart extends HostThemedWebPart<Record<string, never>> {
  private reader: SiteSchemaReader | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.reader = new SiteSchemaReader(createSp(this.context));
  }

  public render(): void {
    if (!this.reader) {
      return;
    }
    this.renderRoot(React.createElement(TrackerSetup, { reader: this.reader, strings, theme: this.hostTheme }));
  }
}
