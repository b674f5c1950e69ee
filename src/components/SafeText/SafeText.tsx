import * as React from 'react';
import { sanitizeRichText } from './sanitizeRichText';

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

/**
 * Shows text from people and imports so that nothing in it ever executes: plain text through
 * React's escaping (line breaks kept), or HTML through DOMPurify's allow-list.
 */
export function SafeText({ text, rich, className }: ISafeTextProps): JSX.Element {
  const value = text || '';
  const html = React.useMemo(() => (rich ? sanitizeRichText(value) : ''), [rich, value]);

  if (rich) {
    // The one place in the codebase that sets innerHTML: `html` has just been through
    // sanitizeRichText (DOMPurify with a tight allow-list), which removes every script, event
    // handler, style and non-http(s)/mailto URL. Nothing else may use dangerouslySetInnerHTML.
    return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
  }

  const lines = value.split(/\r\n|\r|\n/);
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
