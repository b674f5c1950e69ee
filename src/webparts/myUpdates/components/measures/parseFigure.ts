/**
 * A measure value as a person types it: `95`, `95%`, `1,234.5`, ` 12.5 `, `-3`. Spaces around
 * the figure, one trailing `%` and commas between groups of three digits are ignored; anything
 * else (letters, `1,2`, `1.2.3`, `1e3`) is not a figure. A comma that is not a thousands
 * separator is refused rather than guessed at: `1,5` could be one and a half or fifteen.
 */
export type ParsedFigure = { kind: 'empty' } | { kind: 'figure'; value: number } | { kind: 'invalid' };

/** Optional sign, then digits (thousands grouped by commas, or not at all), then decimals. */
const FIGURE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?$/;
const HAS_DIGIT = /\d/;
/** The typographic minus (U+2212) and dashes that word processors put in place of a hyphen. */
const MINUS_SIGNS = /^[\u2212\u2013]/;

export function parseFigure(text: string): ParsedFigure {
  const trimmed = text.trim();
  if (!trimmed) {
    return { kind: 'empty' };
  }
  const withoutPercent = trimmed.replace(/\s*%$/, '').replace(MINUS_SIGNS, '-');
  if (!HAS_DIGIT.test(withoutPercent) || !FIGURE.test(withoutPercent)) {
    return { kind: 'invalid' };
  }
  const value = Number(withoutPercent.replace(/,/g, ''));
  return isFinite(value) ? { kind: 'figure', value } : { kind: 'invalid' };
}
