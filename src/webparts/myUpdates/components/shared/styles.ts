import { mergeStyleSets } from '@fluentui/react/lib/Styling';

/**
 * The web part's styles as Fluent UI `mergeStyleSets` rather than `.module.scss`: the same code
 * styles the SPFx bundle and the local workbench bundle (esbuild), with no second CSS pipeline.
 */
export const classes = mergeStyleSets({
  root: { maxWidth: 960, fontSize: 14, selectors: { '*:focus-visible': { outline: '2px solid #0078d4', outlineOffset: 2 } } },
  title: { fontSize: 24, fontWeight: 600, margin: '0 0 8px' },
  progress: { margin: '8px 0 16px' },
  planHeading: { fontSize: 20, fontWeight: 600, margin: '24px 0 8px' },
  objectiveHeading: { fontSize: 16, fontWeight: 600, margin: '16px 0 8px' },
  itemKind: { fontSize: 14, fontWeight: 600, margin: '12px 0 4px', color: '#605e5c' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  card: { border: '1px solid #c8c6c4', borderRadius: 4, padding: 12, margin: '0 0 12px', background: '#ffffff' },
  cardHeading: { fontSize: 16, fontWeight: 600, margin: '0 0 4px', overflowWrap: 'anywhere' },
  meta: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '4px 0', color: '#484644' },
  sideBySide: {
    display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16,
    selectors: { '@media (min-width: 720px)': { gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)' } }
  },
  lastQuarter: { background: '#f3f2f1', padding: 8, borderRadius: 2, overflowWrap: 'anywhere' },
  form: { display: 'grid', gap: 12 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' },
  fieldError: { color: '#a4262c', fontSize: 12, margin: '4px 0 0' },
  hint: { color: '#605e5c', fontSize: 12, margin: '2px 0 0' },
  fileInput: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  fileLabel: {
    display: 'inline-block', padding: '5px 16px', border: '1px solid #8a8886', borderRadius: 2, cursor: 'pointer',
    fontWeight: 600, selectors: { ':hover': { background: '#f3f2f1' } }
  },
  fileLabelFocused: { outline: '2px solid #0078d4', outlineOffset: 2 },
  // break-word, not anywhere: words stay whole ("Progress", not "Progr ess"); the table scrolls in its box instead.
  table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { border: '1px solid #c8c6c4', padding: 6, textAlign: 'left', verticalAlign: 'top', overflowWrap: 'break-word' } } },
  scroll: { overflowX: 'auto' },
  visuallyHidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  /** A `<dl>` of short facts (unit, target …) that wrap: each `<div>` holds one `<dt>` and its `<dd>`. */
  facts: {
    display: 'flex', flexWrap: 'wrap', gap: '4px 16px', alignItems: 'center', margin: '4px 0', color: '#323130',
    selectors: { dt: { display: 'inline', fontWeight: 600, marginRight: 4 }, dd: { display: 'inline', margin: 0, overflowWrap: 'anywhere' } }
  }
});
