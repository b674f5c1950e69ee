/**
 * A fault at one exact list item write: wraps the global fetch PnPjs uses and, in the `$batch`
 * that carries the Nth write part (POST/MERGE/DELETE), points that one part at a list that does
 * not exist, so SharePoint (the store) refuses it with 404 while the other parts run — the
 * non-transactional failure an import must undo.
 */
const WRITE_LINE = /^(POST|MERGE|DELETE|PATCH|PUT) (\S+) HTTP\/1\.1$/gm;

export function injectFaultAtWrite(n: number): { restore(): void; writesSeen(): number } {
  const original = globalThis.fetch;
  let seen = 0;
  globalThis.fetch = ((input: any, init?: RequestInit) => {
    const url = String(input);
    if (url.endsWith('/_api/$batch') && init && typeof init.body === 'string') {
      const body = init.body.replace(WRITE_LINE, (line: string, method: string, target: string) => {
        seen += 1;
        return seen === n ? `${method} ${target.replace(/getByTitle\('[^']*'\)/, "getByTitle('Injected%20fault')")} HTTP/1.1` : line;
      });
      return original(input, { ...init, body });
    }
    return original(input, init);
  }) as typeof fetch;
  return { restore: () => { globalThis.fetch = original; }, writesSeen: () => seen };
}
