/** Text into HTML: nothing a person typed or imported can become markup or script. */
// eslint-disable-next-line @rushstack/no-new-null -- report documents spell an absent value null (SPEC §6)
export function escapeHtml(text: string | number | undefined | null): string {
  return String(text === undefined || text === null ? '' : text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
