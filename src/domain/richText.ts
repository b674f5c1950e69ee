/**
 * Text fields on updates may hold plain text or the HTML a rich-text box leaves behind. A field
 * that only holds markup or spacing (`<p> </p>`, `&nbsp;`, `<div><br></div>`) says nothing, so the
 * rules treat it as empty.
 */

const HTML_COMMENT = /<!--[\s\S]*?-->/g;
/** A tag starts with a letter (or `/` and a letter), so plain text such as `a < b` is kept. */
const HTML_TAG = /<\/?[a-zA-Z][^>]*>/g;
/** The same pattern without `g`, so `test` keeps no position between calls. */
const ANY_HTML_TAG = /<\/?[a-zA-Z][^>]*>/;
const SPACE_ENTITY = /&(?:nbsp|ensp|emsp|thinsp|zwsp|zwnj|zwj|#160|#x0*a0|#8203|#x200b);/gi;
/** `\s` covers the no-break space; zero-width characters are not whitespace to a regex. */
const NOTHING_VISIBLE = /^(?:\s|\u200b|\u200c|\u200d|\u2060|\ufeff)*$/;

/** True when the text is missing or shows nothing once markup and spacing are taken away. */
export function isBlankText(text: string | undefined): boolean {
  if (typeof text !== 'string') {
    return true;
  }
  const visible = text.replace(HTML_COMMENT, '').replace(HTML_TAG, '').replace(SPACE_ENTITY, ' ');
  return NOTHING_VISIBLE.test(visible);
}

/** True when the text carries markup (a pasted Word or HTML tracker cell), so it is shown sanitised. */
export function looksLikeHtml(text: string | undefined): boolean {
  return typeof text === 'string' && ANY_HTML_TAG.test(text);
}
