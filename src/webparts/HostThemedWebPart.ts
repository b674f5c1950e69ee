import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { hostTheme } from '../components/theme/hostThemes';
import { londonDateOf } from '../domain/calendarDate';

/** What every web part's props factory is handed from the host: who is signed in, the clock, the theme. */
export interface HostPage<TStrings> {
  user: { name: string; email: string };
  today: string;
  now: () => Date;
  strings: TStrings;
  theme: PartialTheme | undefined;
}

/** A property pane built for the properties and today, once its chunk has loaded. */
export type PropertyPaneBuilder<TProperties> = (properties: TProperties, today: string) => IPropertyPaneConfiguration;

/**
 * A web part that follows the theme of where it is shown (STYLE.md: the class is the composition
 * root and the only code that touches `this.context`): a SharePoint section's variant through
 * SPFx's ThemeProvider, or, in a Teams tab or personal app, Teams' own default, dark or
 * high-contrast theme, and each change to it while the page is open. Subclasses read
 * `this.hostTheme` (or `this.hostPage`) when they render; a change renders again. What every
 * tracker web part does alike lives here too: rendering its root and unmounting it on dispose, the data version, and
 * a property pane whose code is loaded only when an editor opens it (`propertyPane`, set by the
 * subclass's loadPropertyPaneResources).
 */
export abstract class HostThemedWebPart<TProperties extends {}> extends BaseClientSideWebPart<TProperties> {
  protected hostTheme: PartialTheme | undefined;
  protected propertyPane: PropertyPaneBuilder<TProperties> | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const context = await teams.teamsJs.app.getContext();
      this.hostTheme = hostTheme(context.app.theme);
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => this.themeChanged(hostTheme(name)));
      return;
    }
    const themes = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.hostTheme = themes.tryGetTheme() as PartialTheme | undefined;
    themes.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => this.themeChanged(args.theme as PartialTheme));
  }

  /** The signed-in person, today in Europe/London, the clock and the theme, with the web part's strings. */
  protected hostPage<TStrings>(strings: TStrings): HostPage<TStrings> {
    const { email, displayName } = this.context.pageContext.user;
    return { user: { name: displayName, email }, today: londonDateOf(new Date()), now: () => new Date(), strings, theme: this.hostTheme };
  }

  /** Renders the web part's root component into its element; disposing the web part unmounts it. */
  protected renderRoot(root: React.ReactElement): void {
    ReactDom.render(root, this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this.propertyPane ? this.propertyPane(this.properties, londonDateOf(new Date())) : { pages: [] };
  }

  private themeChanged(theme: PartialTheme | undefined): void {
    this.hostTheme = theme;
    this.render();
  }
}
