const TRIES = 50;
const INTERVAL_MS = 100;

/**
 * Focuses the first button in the element with `id` once a re-read has put it on the page (a
 * milestone undone comes back to the list only when the list is read again); gives up after
 * five seconds, when the row is not coming back.
 */
export function focusWhenShown(id: string, tries = TRIES): void {
  const element = document.getElementById(id);
  const button = element && element.querySelector('button');
  if (button) {
    button.focus();
  } else if (tries > 0) {
    window.setTimeout(() => focusWhenShown(id, tries - 1), INTERVAL_MS);
  }
}
