import * as React from 'react';

interface Focusable {
  focus(): void;
}

/**
 * Moves focus, once React has rendered the change just made, to the first of `targets` that is
 * on the page then (a button that may have gone, then the message that took its place), so
 * keyboard and screen-reader users are never left on an element that no longer exists.
 */
export function focusAfterRender(...targets: Array<React.RefObject<Focusable>>): void {
  window.setTimeout(() => {
    const target = targets.map((ref) => ref.current).filter((current) => !!current)[0];
    if (target) target.focus();
  }, 0);
}
