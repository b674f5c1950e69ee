/**
 * The one logger (STYLE.md): every log line names its source as `[Class.method]` and carries ids
 * and sentences, never the payloads people typed. Web parts, the CLI and local mode choose where
 * lines go; the data layer only writes them.
 */
export interface ILogger {
  /** Something went wrong that a person can retry (SharePoint busy, unreachable). */
  warn(source: string, message: string): void;
  /** A failure nobody planned for: a bug, or SharePoint answering in a way we do not know. */
  error(source: string, error: unknown): void;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    return `${error.name}: ${error.message}`;
  }
  return String(error);
}

/** Lines to the browser's or Node's console. */
export const consoleLogger: ILogger = {
  warn: (source, message) => console.warn(`[${source}] ${message}`),
  error: (source, error) => console.error(`[${source}] ${describe(error)}`)
};

/** Nothing: for runs whose errors are reported another way and must not be printed twice. */
export const silentLogger: ILogger = {
  warn: () => undefined,
  error: () => undefined
};
