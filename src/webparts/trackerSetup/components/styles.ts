import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { ITheme, useTheme } from '@fluentui/react/lib/Theme';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/**
 * Tracker setup's styles, as the dashboard's: Fluent `mergeStyleSets` coloured from the theme
 * around the web part (a section's variant, Teams' dark or high-contrast theme), so the same code
 * styles the SPFx bundle and local mode's esbuild bundle, and every text stays readable. The
 * statuses are the shared StatusBadge's tones, which carry their own text colour.
 */
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- the class names' type is mergeStyleSets' own
function styles(theme: ITheme) {
  const { palette, semanticColors } = theme;
  return mergeStyleSets({
    root: {
      fontSize: 14, color: semanticColors.bodyText, background: semanticColors.bodyBackground, minWidth: 0,
      selectors: { '*:focus-visible': { outline: `2px solid ${semanticColors.focusBorder || palette.themePrimary}`, outlineOffset: 2 } }
    },
    title: { fontSize: 20, fontWeight: 600, margin: '0 0 8px' },
    // relative: the visually hidden caption stays inside the box instead of widening the page.
    scroll: { overflowX: 'auto', maxWidth: '100%', position: 'relative', marginTop: 12 },
    table: {
      borderCollapse: 'collapse', width: '100%', fontVariantNumeric: 'tabular-nums',
      selectors: {
        'th, td': { borderBottom: `1px solid ${palette.neutralTertiaryAlt}`, padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' },
        // The header cells' own colours: a host page's table styles must not leave light text on a light grey.
        'thead th': { background: palette.neutralLighter, color: semanticColors.bodyText },
        // An attribute, not a class of this set: it must outrank the cells' own alignment above.
        '[data-numeric]': { textAlign: 'right' }
      }
    },
    caption: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
    status: { display: 'flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' },
    details: { overflowWrap: 'anywhere', minWidth: '12em' }
  });
}

export type TrackerSetupClasses = ReturnType<typeof styles>;

/** One style set per theme: a theme change makes new classes, a re-render reuses them. */
export const classesFor: (theme: ITheme) => TrackerSetupClasses = memoizeFunction(styles);

export function useClasses(): TrackerSetupClasses {
  return classesFor(useTheme());
}
