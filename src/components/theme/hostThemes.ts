import { createTheme, ITheme } from '@fluentui/react/lib/Theme';

/**
 * The themes of the hosts the web parts run in besides a SharePoint page's own (which the page
 * gives): Microsoft Teams' dark and high-contrast themes. Teams names its theme `default`, `dark`
 * or `contrast`; the default needs no theme of ours (the page's stands).
 */
export type HostThemeName = 'default' | 'dark' | 'contrast';

export const HOST_THEME_NAMES: readonly HostThemeName[] = ['default', 'dark', 'contrast'];

/** Teams' dark theme: text on #1f1f1f, Teams' own purple lightened to read on it. */
const DARK = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#7f85f5', themeLighterAlt: '#05050a', themeLighter: '#141527', themeLight: '#262849', themeTertiary: '#4c5092',
    themeSecondary: '#7075d6', themeDarkAlt: '#8c91f6', themeDark: '#9ea3f7', themeDarker: '#b9bcf9',
    neutralLighterAlt: '#282828', neutralLighter: '#313131', neutralLight: '#3f3f3f', neutralQuaternaryAlt: '#484848',
    neutralQuaternary: '#4f4f4f', neutralTertiaryAlt: '#6d6d6d', neutralTertiary: '#c8c8c8', neutralSecondaryAlt: '#d0d0d0',
    neutralSecondary: '#d0d0d0', neutralPrimaryAlt: '#dadada', neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
  }
});

/** Teams' high-contrast theme: white on black, with yellow for what acts and has focus. */
const CONTRAST = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#ffff01', themeLighterAlt: '#000000', themeLighter: '#000000', themeLight: '#000000', themeTertiary: '#ffff01',
    themeSecondary: '#ffff01', themeDarkAlt: '#ffff01', themeDark: '#ffff01', themeDarker: '#ffff01',
    neutralLighterAlt: '#000000', neutralLighter: '#000000', neutralLight: '#000000', neutralQuaternaryAlt: '#ffffff',
    neutralQuaternary: '#ffffff', neutralTertiaryAlt: '#ffffff', neutralTertiary: '#ffffff', neutralSecondaryAlt: '#ffffff',
    neutralSecondary: '#ffffff', neutralPrimaryAlt: '#ffffff', neutralPrimary: '#ffffff', neutralDark: '#ffffff', black: '#ffffff', white: '#000000'
  },
  semanticColors: { errorText: '#ffff01', link: '#ffff01', focusBorder: '#1aebff', bodyDivider: '#ffffff', inputBorder: '#ffffff' }
});

/** The Fluent theme for a host theme name; `undefined` for the default (or a name Teams may add later). */
export function hostTheme(name: string | undefined): ITheme | undefined {
  switch (name) {
    case 'dark':
      return DARK;
    case 'contrast':
      return CONTRAST;
    default:
      return undefined;
  }
}
