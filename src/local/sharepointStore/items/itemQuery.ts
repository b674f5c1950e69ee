import type { SQLInputValue } from 'node:sqlite';
import { StoreDatabase } from '../database';
import { errors } from '../errors';
import { isMultiValued, isTextual } from '../fields/fieldTypes';
import { FilterExpression } from '../odata/filterAst';
import { filterToSql, FilterScope, SqlFragment } from '../odata/filterToSql';
import { FieldRecord, ListRecord } from '../storeTypes';
import { columnExpression, itemsTable } from './columnSql';
import { resolveColumn } from './fieldResolver';

/** One stored item: its id, version (the ETag) and field values as JSON. */
export interface ItemRow {
  id: number;
  version: number;
  data: string;
}

export interface SortKey {
  field: FieldRecord;
  descending: boolean;
}

export interface PageQuery {
  list: ListRecord;
  scope: FilterScope;
  filter?: FilterExpression;
  sort: SortKey[];
  pageSize: number;
  skipToken?: URLSearchParams;
}

export interface Page {
  rows: ItemRow[];
  /** `Paged=TRUE&p_<Field>=…&p_ID=…` for the next page, when there is one. */
  nextToken?: string;
}

/** `$orderby` keys resolved against the list, with ID appended as the tie-breaker SharePoint uses. */
export function sortKeys(fields: FieldRecord[], orderBy: Array<{ path: string; descending: boolean }> | undefined): SortKey[] {
  const keys = (orderBy || []).map((clause) => {
    const column = resolveColumn(fields, clause.path.split('/'));
    if ((column.property !== undefined && column.property.toLowerCase() !== 'id') || isMultiValued(column.field)) {
      throw errors.badQuery(`The $orderby key '${clause.path}' cannot be sorted on.`);
    }
    return { field: column.field, descending: clause.descending };
  });
  if (!keys.some((key) => key.field.internalName === 'ID')) {
    keys.push({ field: fields.filter((field) => field.internalName === 'ID')[0], descending: false });
  }
  return keys;
}

function isNumeric(field: FieldRecord): boolean {
  return !isTextual(field) && field.type !== 'DateTime';
}

/** The key's value in a row as SQL compares it (JSON booleans read as 1/0). */
function keyValue(row: ItemRow, data: Record<string, unknown>, key: SortKey): SQLInputValue {
  if (key.field.internalName === 'ID') {
    return row.id;
  }
  const value = data[key.field.internalName];
  if (value === undefined || value === null) {
    return null;
  }
  return typeof value === 'boolean' ? (value ? 1 : 0) : (value as SQLInputValue);
}

function tokenValue(token: URLSearchParams, key: SortKey): SQLInputValue | undefined {
  const text = token.get(`p_${key.field.internalName}`);
  if (text === null) {
    return undefined;
  }
  if (text === '') {
    return null;
  }
  return isNumeric(key.field) ? Number(text) : text;
}

/** Rows strictly after the token's position in the sort order (keyset paging: no gaps, no repeats). */
function afterToken(keys: SortKey[], token: URLSearchParams): SqlFragment {
  const values = keys.map((key) => tokenValue(token, key));
  if (values.some((value) => value === undefined)) {
    const lastId = Number(token.get('p_ID') || 0);
    return { sql: 'id > ?', params: [lastId] };
  }
  const build = (index: number): SqlFragment => {
    const key = keys[index];
    const expression = columnExpression(key.field);
    const value = values[index] as SQLInputValue;
    let after: SqlFragment;
    if (value === null) {
      after = key.descending ? { sql: '0', params: [] } : { sql: `${expression} IS NOT NULL`, params: [] };
    } else {
      after = key.descending ? { sql: `(${expression} < ? OR ${expression} IS NULL)`, params: [value] } : { sql: `${expression} > ?`, params: [value] };
    }
    if (index === keys.length - 1) {
      return after;
    }
    const equal: SqlFragment = value === null ? { sql: `${expression} IS NULL`, params: [] } : { sql: `${expression} = ?`, params: [value] };
    const rest = build(index + 1);
    return { sql: `(${after.sql} OR (${equal.sql} AND ${rest.sql}))`, params: after.params.concat(equal.params, rest.params) };
  };
  return build(0);
}

function nextToken(keys: SortKey[], row: ItemRow): string {
  const data = JSON.parse(row.data) as Record<string, unknown>;
  const params = new URLSearchParams();
  params.set('Paged', 'TRUE');
  keys
    .filter((key) => key.field.internalName !== 'ID')
    .forEach((key) => {
      const value = keyValue(row, data, key);
      params.set(`p_${key.field.internalName}`, value === null ? '' : String(value));
    });
  params.set('p_ID', String(row.id));
  return params.toString();
}

/** Reads one page of items: filter, sort keys, and the position after the skip token. */
export function queryPage(db: StoreDatabase, query: PageQuery): Page {
  const clauses: SqlFragment[] = [];
  if (query.filter) {
    clauses.push(filterToSql(query.scope, query.filter));
  }
  if (query.skipToken) {
    clauses.push(afterToken(query.sort, query.skipToken));
  }
  const where = clauses.length > 0 ? `WHERE ${clauses.map((clause) => clause.sql).join(' AND ')}` : '';
  const order = query.sort.map((key) => `${columnExpression(key.field)} ${key.descending ? 'DESC' : 'ASC'}`).join(', ');
  const params = clauses.reduce<SQLInputValue[]>((all, clause) => all.concat(clause.params), []);
  const rows = db.all<ItemRow>(
    `SELECT id, version, data FROM ${itemsTable(query.list.tableNo)} ${where} ORDER BY ${order} LIMIT ?`,
    ...params,
    query.pageSize + 1
  );
  if (rows.length <= query.pageSize) {
    return { rows };
  }
  const page = rows.slice(0, query.pageSize);
  return { rows: page, nextToken: nextToken(query.sort, page[page.length - 1]) };
}
