import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { ITheme, useTheme } from '@fluentui/react/lib/Theme';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/**
 * The web part's styles as Fluent UI `mergeStyleSets` rather than `.module.scss`: the same code
 * styles the SPFx bundle and the local workbench bundle (esbuild), with no second CSS pipeline.
 * Colours come from the theme around the web part (the page's, a section's variant, or Teams'
 * dark or high-contrast theme), never fixed, so text stays readable on any background.
 */
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- the class names' type is mergeStyleSets' own
function styles(theme: ITheme) {
  const { palette, semanticColors } = theme;
  const border = `1px solid ${palette.neutralTertiaryAlt}`;
  return mergeStyleSets({
    root: {
      maxWidth: 960, fontSize: 14, color: semanticColors.bodyText,
      selectors: { '*:focus-visible': { outline: `2px solid ${semanticColors.focusBorder || palette.themePrimary}`, outlineOffset: 2 } }
    },
    title: { fontSize: 24, fontWeight: 600, margin: '0 0 8px' },
    progress: { margin: '8px 0 16px' },
    planHeading: { fontSize: 20, fontWeight: 600, margin: '24px 0 8px' },
    objectiveHeading: { fontSize: 16, fontWeight: 600, margin: '16px 0 8px' },
    itemKind: { fontSize: 14, fontWeight: 600, margin: '12px 0 4px', color: semanticColors.bodySubtext },
    list: { listStyle: 'none', margin: 0, padding: 0 },
    card: { border, borderRadius: 4, padding: 12, margin: '0 0 12px', background: semanticColors.bodyBackground },
    cardHeading: { fontSize: 16, fontWeight: 600, margin: '0 0 4px', overflowWrap: 'anywhere' },
    meta: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '4px 0', color: palette.neutralPrimaryAlt },
    sideBySide: {
      display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16,
      selectors: { '@media (min-width: 720px)': { gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)' } }
    },
    lastQuarter: { background: palette.neutralLighter, color: semanticColors.bodyText, padding: 8, borderRadius: 2, overflowWrap: 'anywhere', border: '1px solid transparent' },
    form: { display: 'grid', gap: 12 },
    buttons: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' },
    fieldError: { color: semanticColors.errorText, fontSize: 12, margin: '4px 0 0' },
    hint: { color: semanticColors.bodySubtext, fontSize: 12, margin: '2px 0 0' },
    fileInput: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
    fileLabel: {
      display: 'inline-block', padding: '5px 16px', border: `1px solid ${semanticColors.inputBorder || palette.neutralSecondaryAlt}`, borderRadius: 2,
      cursor: 'pointer', fontWeight: 600, color: semanticColors.buttonText, background: semanticColors.buttonBackground,
      selectors: { ':hover': { background: semanticColors.buttonBackgroundHovered } }
    },
    fileLabelFocused: { outline: `2px solid ${semanticColors.focusBorder || palette.themePrimary}`, outlineOffset: 2 },
    // break-word, not anywhere: words stay whole ("Progress", not "Progr ess"); the table scrolls in its box instead.
    table: {
      borderCollapse: 'collapse', width: '100%',
      selectors: { 'th, td': { border, padding: 6, textAlign: 'left', verticalAlign: 'top', overflowWrap: 'break-word' } }
    },
    scroll: { overflowX: 'auto' },
    visuallyHidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
    /** A `<dl>` of short facts (unit, target …) that wrap: each `<div>` holds one `<dt>` and its `<dd>`. */
    facts: {
      display: 'flex', flexWrap: 'wrap', gap: '4px 16px', alignItems: 'center', margin: '4px 0', color: semanticColors.bodyText,
      selectors: { dt: { display: 'inline', fontWeight: 600, marginRight: 4 }, dd: { display: 'inline', margin: 0, overflowWrap: 'anywhere' } }
    }
  });
}

export type MyUpdatesClasses = ReturnType<typeof styles>;

/** One style set per theme: a theme change makes new classes, a re-render reuses them. */
export const classesFor: (theme: ITheme) => MyUpdatesClasses = memoizeFunction(styles);

/** The web part's classes in the theme around it (the root's ThemeProvider). */
export function useClasses(): MyUpdatesClasses {
  return classesFor(useTheme());
}
