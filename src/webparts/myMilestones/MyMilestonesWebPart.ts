import * as React from 'react';
import * as strings from 'MyMilestonesWebPartStrings';
import * as updateStrings from 'MyUpdatesWebPartStrings';
import * as commonStrings from 'TrackerCommonStrings';
import { createSp } from '../../data/createSp';
import { consoleLogger } from '../../data/logger';
import { HostThemedWebPart } from '../HostThemedWebPart';
import { createMyUpdatesServices } from '../myUpdates/myUpdatesProps';
import type { MyMilestonesServices } from './myMilestonesProps';

/**
 * Composition root (STYLE.md) of My milestones, in SharePoint, a Teams tab and the Teams personal
 * app: the services are built once, in onInit, with the Teams sub-entity id a reminder's deep
 * link opened it with (on a SharePoint page, the `?subEntityId=` of a reminder e-mail's link);
 * each render (a theme change) passes them through myMilestonesProps, as local mode's workbench
 * does. My updates' strings come too: its forms are reused here, and the
 * two web parts share one bundle.
 */
export default class MyMilestonesWebPart extends HostThemedWebPart<{}> {
  private services: MyMilestonesServices | undefined;
  private subEntityId: string | undefined;
  /** The UI (and the props factory) is a chunk of its own: the shared bundle downloads only the web parts placed on the page. */
  private ui: typeof import('./myMilestonesUi') | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = createMyUpdatesServices(createSp(this.context), { logger: consoleLogger, storage: window.localStorage, now: () => new Date() });
    this.subEntityId = await this.teamsSubEntityId();
    this.ui = await import(/* webpackChunkName: 'my-milestones-ui' */ './myMilestonesUi');
  }

  /** In Teams, the sub-entity id of the deep link the tab was opened with (a reminder's); none in SharePoint. */
  private async teamsSubEntityId(): Promise<string | undefined> {
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) return undefined;
    const context = await teams.teamsJs.app.getContext();
    return context.page.subPageId || undefined;
  }

  public render(): void {
    if (!this.services || !this.ui) {
      return;
    }
    // Outside Teams a reminder e-mail's link carries the focus in the page's own `?subEntityId=`.
    const page = { ...this.hostPage({ ...updateStrings, ...strings, ...commonStrings }), subEntityId: this.subEntityId, pageQuery: window.location.search };
    this.renderRoot(React.createElement(this.ui.MyMilestones, this.ui.myMilestonesProps(this.services, page)));
  }
}
