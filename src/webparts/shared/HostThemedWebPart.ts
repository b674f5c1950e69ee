import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { PartialTheme } from '@fluentui/react/lib/Theme';
import { hostTheme } from '../../components/theme/hostThemes';

/**
 * A web part that follows the theme of where it is shown (STYLE.md: the class is the composition
 * root and the only code that touches `this.context`): a SharePoint section's variant through
 * SPFx's ThemeProvider, or, in a Teams tab or personal app, Teams' own default, dark or
 * high-contrast theme, and each change to it while the page is open. Subclasses read
 * `this.hostTheme` when they render; a change renders again.
 */
export abstract class HostThemedWebPart<TProperties extends {}> extends BaseClientSideWebPart<TProperties> {
  protected hostTheme: PartialTheme | undefined;

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

  private themeChanged(theme: PartialTheme | undefined): void {
    this.hostTheme = theme;
    this.render();
  }
}
