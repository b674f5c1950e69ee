import { FieldRecord } from '../storeTypes';
import { isMultiValued, isTextual } from '../fields/fieldTypes';

/**
 * The SQL expression that reads one field of an item row. Queries and the expression indexes
 * created for indexed columns use exactly the same text, so SQLite can use the index. Text
 * compares and sorts case-insensitively, as SharePoint's SQL collation does.
 */

export function itemsTable(tableNo: number): string {
  return `items_${tableNo}`;
}

export function versionsTable(tableNo: number): string {
  return `versions_${tableNo}`;
}

export function indexName(tableNo: number, field: FieldRecord): string {
  return `ix_${tableNo}_${field.internalName}`;
}

/** `json_extract(data,'$.Plan')`: internal names are checked to be plain identifiers on creation. */
export function rawColumn(field: FieldRecord): string {
  return field.internalName === 'ID' ? 'id' : `json_extract(data,'$.${field.internalName}')`;
}

/** The expression compared and sorted on: text fields carry `COLLATE NOCASE`. */
export function columnExpression(field: FieldRecord): string {
  return isTextual(field) ? `${rawColumn(field)} COLLATE NOCASE` : rawColumn(field);
}

/** Whether a SQLite expression index can serve this field (multi-valued fields are JSON arrays). */
export function canIndex(field: FieldRecord): boolean {
  return field.internalName !== 'ID' && !isMultiValued(field);
}

export function createIndexSql(tableNo: number, field: FieldRecord): string {
  return `CREATE INDEX IF NOT EXISTS ${indexName(tableNo, field)} ON ${itemsTable(tableNo)} (${columnExpression(field)}, id)`;
}
