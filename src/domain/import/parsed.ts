/**
 * What a cell parser returns: the value, or a sentence saying why the text is not one. Parsers
 * never throw for anything a person can type; the row reader adds the row and column.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A cell that was read. */
export function parsedValue<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** A cell that could not be read, with the sentence saying why. */
export function parseFailure<T>(message: string): Parsed<T> {
  return { ok: false, message };
}

/** Lower case, single spaces, no trailing full stop: how choice cells are compared. */
export function normaliseWords(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim();
}

/** A copy without the keys whose value is `undefined`, so rows hold only what the file gave. */
export function withoutUndefined<T extends object>(record: T): T {
  const copy = {} as T;
  (Object.keys(record) as Array<keyof T>).forEach((key) => {
    if (record[key] !== undefined) {
      copy[key] = record[key];
    }
  });
  return copy;
}
