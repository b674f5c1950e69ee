import * as React from 'react';

export interface ISafeTextProps {
  /** What a person typed or a tracker import brought in. */
  text: string | undefined;
  /**
   * `true` when the text is HTML (commentary pasted from Word or an HTML tracker): it is shown as
   * sanitised formatting. Otherwise the text is shown exactly as typed, markup and all.
   */
  rich?: boolean;
  className?: string;
}

type Sanitize = (html: string) => string;

let sanitizer: Sanitize | undefined;
let loading: Promise<Sanitize> | undefined;

/**
 * DOMPurify (about 11 KB gzip) is a chunk of its own, fetched the first time rich text is shown:
 * most pages of plain commentary never need it. Tests and pages that know they will can preload it.
 */
export function preloadSanitizer(): Promise<Sanitize> {
  if (!loading) {
    loading = import(/* webpackChunkName: 'safe-text-sanitizer' */ './sanitizeRichText').then((module) => {
      sanitizer = module.sanitizeRichText;
      return sanitizer;
    });
  }
  return loading;
}

/** Until the sanitiser arrives: the words without the tags, escaped by React like any text. */
function withoutMarkup(html: string): string {
  return html.replace(/<[^>]*>?/g, ' ').replace(/[ \t]{2,}/g, ' ').trim();
}

function useSanitizer(needed: boolean): Sanitize | undefined {
  const [ready, setReady] = React.useState<Sanitize | undefined>(() => sanitizer);
  React.useEffect(() => {
    if (!needed || ready) return undefined;
    let mounted = true;
    preloadSanitizer().then((loaded) => { if (mounted) setReady(() => loaded); }, () => undefined);
    return () => { mounted = false; };
  }, [needed, ready]);
  return ready;
}

function Lines({ text, className }: { text: string; className?: string }): JSX.Element {
  const lines = text.split(/\r\n|\r|\n/);
  return (
    <span className={className}>
      {lines.map((line, index) => (
        <React.Fragment key={index}>
          {index > 0 && <br />}
          {line}
        </React.Fragment>
      ))}
    </span>
  );
}

/**
 * Shows text from people and imports so that nothing in it ever executes: plain text through
 * React's escaping (line breaks kept), or HTML through DOMPurify's allow-list.
 */
export function SafeText({ text, rich, className }: ISafeTextProps): JSX.Element {
  const value = text || '';
  const sanitize = useSanitizer(!!rich);
  const html = React.useMemo(() => (rich && sanitize ? sanitize(value) : ''), [rich, sanitize, value]);

  if (rich && sanitize) {
    // The one place in the codebase that sets innerHTML: `html` has just been through
    // sanitizeRichText (DOMPurify with a tight allow-list), which removes every script, event
    // handler, style and non-http(s)/mailto URL. Nothing else may use dangerouslySetInnerHTML.
    return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return <Lines text={rich ? withoutMarkup(value) : value} className={className} />;
}
