/** OData literals, escaped in one place (STYLE.md: no filters built by bare concatenation). */

/** A string literal: `O'Brien` → `'O''Brien'`. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
