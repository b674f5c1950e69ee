import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { ITheme, useTheme } from '@fluentui/react/lib/Theme';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/**
 * The dashboard's styles, as My updates': Fluent `mergeStyleSets` coloured from the theme around
 * the web part, so a dark section, Teams' dark or high-contrast theme keep every text readable.
 * The layout answers to the web part's own width (a one-third column or a phone), not the window's.
 */
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- the class names' type is mergeStyleSets' own
function styles(theme: ITheme) {
  const { palette, semanticColors } = theme;
  const border = `1px solid ${palette.neutralTertiaryAlt}`;
  const focus = `2px solid ${semanticColors.focusBorder || palette.themePrimary}`;
  return mergeStyleSets({
    root: {
      fontSize: 14, color: semanticColors.bodyText, background: semanticColors.bodyBackground, containerType: 'inline-size', minWidth: 0, position: 'relative',
      selectors: {
        '*:focus-visible': { outline: focus, outlineOffset: 2 },
        // Printed, the report reads as a document: no buttons, pickers or filters; tables whole.
        '@media print': { selectors: { '[data-control], form, select, label': { display: 'none' }, '[role="region"]': { overflow: 'visible' } } }
      }
    },
    title: { fontSize: 24, fontWeight: 600, margin: '0 0 4px', overflowWrap: 'anywhere' },
    subtitle: { fontSize: 16, fontWeight: 600, margin: '0 0 8px', overflowWrap: 'anywhere' },
    toolbar: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', alignItems: 'end', margin: '8px 0 16px' },
    field: { display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0, maxWidth: '100%' },
    select: {
      font: 'inherit', padding: '4px 6px', minHeight: 32, maxWidth: '100%', color: semanticColors.inputText, background: semanticColors.inputBackground,
      border: `1px solid ${semanticColors.inputBorder || palette.neutralSecondaryAlt}`, borderRadius: 2
    },
    asOf: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', color: semanticColors.bodySubtext, margin: '0 0 16px' },
    section: { margin: '0 0 24px', minWidth: 0 },
    heading: { fontSize: 20, fontWeight: 600, margin: '0 0 8px' },
    subheading: { fontSize: 16, fontWeight: 600, margin: '12px 0 6px' },
    /** The table and the chart side by side when the web part is wide; stacked in a narrow column. */
    glance: {
      display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16,
      selectors: { '@container (min-width: 900px)': { gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)' } }
    },
    twoColumns: {
      display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 24,
      selectors: { '@container (min-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' } }
    },
    // relative: a visually hidden text inside (a trend's words) stays inside the box instead of widening the page.
    scroll: { overflowX: 'auto', maxWidth: '100%', position: 'relative' },
    table: {
      borderCollapse: 'collapse', width: '100%', fontVariantNumeric: 'tabular-nums',
      selectors: {
        'th, td': { border, padding: '4px 6px', textAlign: 'left', verticalAlign: 'top', overflowWrap: 'break-word' },
        // The header cells' own colours: a host page's table styles must not leave light text on a light grey.
        th: { background: palette.neutralLighter, color: semanticColors.bodyText },
        caption: { textAlign: 'left', fontWeight: 600, padding: '0 0 4px' }
      }
    },
    number: { textAlign: 'right' },
    countButton: {
      font: 'inherit', color: semanticColors.link, background: 'none', border: 'none', padding: '0 2px', cursor: 'pointer', textDecoration: 'underline', minWidth: 24, minHeight: 24,
      selectors: { ':hover': { color: semanticColors.linkHovered } }
    },
    button: {
      font: 'inherit', fontWeight: 600, minHeight: 32, padding: '0 16px', borderRadius: 2, cursor: 'pointer',
      color: semanticColors.buttonText, background: semanticColors.buttonBackground, border: `1px solid ${semanticColors.buttonBorder || palette.neutralSecondaryAlt}`,
      selectors: { ':hover': { background: semanticColors.buttonBackgroundHovered, color: semanticColors.buttonTextHovered }, ':disabled': { cursor: 'default', color: semanticColors.disabledText, background: semanticColors.buttonBackgroundDisabled } }
    },
    primaryButton: {
      font: 'inherit', fontWeight: 600, minHeight: 32, padding: '0 16px', borderRadius: 2, cursor: 'pointer',
      color: semanticColors.primaryButtonText, background: semanticColors.primaryButtonBackground, border: `1px solid ${semanticColors.primaryButtonBackground}`,
      selectors: { ':hover': { background: semanticColors.primaryButtonBackgroundHovered }, ':disabled': { cursor: 'default', color: semanticColors.disabledText, background: semanticColors.primaryButtonBackgroundDisabled } }
    },
    errorMessage: {
      display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', padding: '8px 12px', margin: '0 0 12px', border: '1px solid transparent',
      background: semanticColors.errorBackground, color: semanticColors.messageText || semanticColors.bodyText
    },
    warningMessage: {
      display: 'block', padding: '8px 12px', margin: '0 0 8px', border: '1px solid transparent',
      background: semanticColors.warningBackground, color: semanticColors.messageText || semanticColors.bodyText
    },
    problem: { color: semanticColors.errorText, margin: '4px 0' },
    zero: { color: semanticColors.bodySubtext },
    list: { margin: 0, paddingLeft: 20, selectors: { li: { margin: '0 0 6px', overflowWrap: 'anywhere' } } },
    plainList: { listStyle: 'none', margin: 0, padding: 0 },
    card: { border, borderRadius: 4, padding: 12, margin: '0 0 12px', background: semanticColors.bodyBackground, overflowWrap: 'anywhere' },
    meta: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '4px 0', color: semanticColors.bodySubtext },
    buttons: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' },
    drill: { border: focus, borderRadius: 4, padding: 12, margin: '12px 0', background: semanticColors.bodyBackground },
    segment: { selectors: { ':focus rect:first-of-type': { stroke: semanticColors.bodyText, strokeWidth: 3 }, ':focus-visible': { outline: 'none' } } },
    barLabel: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontSize: 13 },
    chart: { width: '100%', height: 'auto', display: 'block', overflow: 'visible' },
    chartText: { fill: semanticColors.bodyText, fontSize: 12 },
    legend: { display: 'flex', flexWrap: 'wrap', gap: '4px 12px', listStyle: 'none', margin: '4px 0 0', padding: 0, fontSize: 12 },
    legendSwatch: { display: 'inline-block', width: 14, height: 14, marginRight: 4, verticalAlign: 'middle', border: `1px solid ${semanticColors.bodyText}` },
    skeleton: { background: palette.neutralLighter, borderRadius: 2, margin: '0 0 12px' },
    visuallyHidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
    filters: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', margin: '0 0 8px' }
  });
}

export type DashboardClasses = ReturnType<typeof styles>;

/** One style set per theme: a theme change makes new classes, a re-render reuses them. */
export const classesFor: (theme: ITheme) => DashboardClasses = memoizeFunction(styles);

export function useClasses(): DashboardClasses {
  return classesFor(useTheme());
}
