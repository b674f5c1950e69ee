/** OData literals and `$filter` terms, escaped in one place (STYLE.md: no filters built by bare concatenation). */

/** A string literal: `O'Brien` → `'O''Brien'`. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A number literal; refuses NaN and infinities, which OData cannot express. */
export function odataNumber(value: number): string {
  if (!isFinite(value)) {
    throw new RangeError(`${value} is not a number OData can compare with`);
  }
  return String(value);
}

/** `Field eq 'text'` or `Field eq 7`. */
export function eq(field: string, value: string | number): string {
  return `${field} eq ${typeof value === 'number' ? odataNumber(value) : odataString(value)}`;
}

/** A lookup or person column compared on the id it holds: `Plan/Id eq 3`. */
export function idEq(field: string, id: number): string {
  return `${field}/Id eq ${odataNumber(id)}`;
}

/** Joins terms with `and`, the first (leading, indexed) term first. */
export function and(...terms: string[]): string {
  return terms.filter((term) => term !== '').join(' and ');
}

/** `(a or b or c)`: one term per value, for small sets such as a year's quarters. */
export function anyOf(terms: readonly string[]): string {
  return terms.length === 1 ? terms[0] : `(${terms.join(' or ')})`;
}
