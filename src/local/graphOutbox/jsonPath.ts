/** The value at `path` in parsed JSON, or undefined where any step is missing. */
export function at(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((current, name) => (current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[name] : undefined), value);
}

export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
