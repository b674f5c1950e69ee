import type { SQLInputValue } from 'node:sqlite';
import { errors } from '../errors';
import { isMultiValued, isPerson, isTextual } from '../fields/fieldTypes';
import { fieldByName, resolveColumn, ResolvedColumn } from '../items/fieldResolver';
import { columnExpression, itemsTable, rawColumn } from '../items/columnSql';
import { normaliseDateTime } from '../siteDates';
import { FieldRecord } from '../storeTypes';
import { Comparison, ComparisonOperator, FilterExpression, FunctionCondition, Literal } from './filterAst';

/** A piece of SQL with its bound parameters (values are never spliced into the text). */
export interface SqlFragment {
  sql: string;
  params: SQLInputValue[];
}

/** What translation needs to know about the list, and about lists that lookups point at. */
export interface FilterScope {
  fields: FieldRecord[];
  lookupTarget(field: FieldRecord): { tableNo: number; fields: FieldRecord[] };
}

const SQL_OPERATORS: Record<ComparisonOperator, string> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };

/** Columns of the users table reachable as `Owner/<property>`. */
const USER_COLUMNS: Record<string, string> = {
  title: 'title COLLATE NOCASE',
  email: 'email COLLATE NOCASE',
  name: 'login_name COLLATE NOCASE',
  username: 'email COLLATE NOCASE'
};

function mismatch(literal: Literal, field: FieldRecord): never {
  throw errors.badQuery(`The literal ${literal.text} cannot be compared with the ${field.type} column '${field.internalName}'.`);
}

/** The literal as the stored value it is compared with. */
export function literalParam(field: FieldRecord, literal: Literal, property?: string): SQLInputValue {
  const value = literal.value;
  if (property !== undefined && property.toLowerCase() !== 'id') {
    return typeof value === 'number' ? String(value) : (value as string);
  }
  switch (field.type) {
    case 'DateTime': {
      const normalised = typeof value === 'string' ? normaliseDateTime(value) : undefined;
      return normalised === undefined ? mismatch(literal, field) : normalised;
    }
    case 'Boolean':
    case 'Attachments':
      if (typeof value === 'boolean') {
        return value ? 1 : 0;
      }
      return value === 0 || value === 1 ? value : mismatch(literal, field);
    case 'Number':
    case 'Currency':
    case 'Counter':
    case 'Integer':
    case 'User':
    case 'UserMulti':
    case 'Lookup':
    case 'LookupMulti': {
      const numeric = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof numeric === 'number' && Number.isFinite(numeric) ? numeric : mismatch(literal, field);
    }
    default:
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : (value as string);
  }
}

/** SQL reading the compared value of a person/lookup property, as an `IN (…)` id set. */
function referencedIds(scope: FilterScope, column: ResolvedColumn, operator: string): string {
  const property = (column.property as string).toLowerCase();
  if (isPerson(column.field)) {
    const userColumn = USER_COLUMNS[property];
    if (!userColumn) {
      throw errors.unknownColumn(`${column.field.internalName}/${column.property}`);
    }
    return `SELECT id FROM users WHERE ${userColumn} ${operator} ?`;
  }
  const target = scope.lookupTarget(column.field);
  const targetField = fieldByName(target.fields, column.property as string);
  if (!targetField || isMultiValued(targetField)) {
    throw errors.unknownColumn(`${column.field.internalName}/${column.property}`);
  }
  return `SELECT id FROM ${itemsTable(target.tableNo)} WHERE ${columnExpression(targetField)} ${operator} ?`;
}

function comparisonSql(scope: FilterScope, node: Comparison): SqlFragment {
  const column = resolveColumn(scope.fields, node.member.path);
  const field = column.field;
  const viaId = column.property === undefined || column.property.toLowerCase() === 'id';
  if (node.literal.type === 'null') {
    if (node.operator !== 'eq' && node.operator !== 'ne') {
      throw errors.badQuery(`The column '${field.internalName}' can only be compared with null using eq or ne.`);
    }
    const empty = isMultiValued(field) ? `coalesce(json_array_length(data,'$.${field.internalName}'), 0) = 0` : `${rawColumn(field)} IS NULL`;
    return { sql: node.operator === 'eq' ? empty : `NOT (${empty})`, params: [] };
  }
  const operator = SQL_OPERATORS[node.operator];
  const param = literalParam(field, node.literal, viaId ? undefined : column.property);
  if (isMultiValued(field)) {
    const collate = field.type === 'MultiChoice' ? ' COLLATE NOCASE' : '';
    const test = viaId || field.type === 'MultiChoice' ? `value${collate} ${operator} ?` : `value IN (${referencedIds(scope, column, operator)})`;
    return { sql: `EXISTS (SELECT 1 FROM json_each(data,'$.${field.internalName}') WHERE ${test})`, params: [param] };
  }
  if (!viaId) {
    return { sql: `${rawColumn(field)} IN (${referencedIds(scope, column, operator)})`, params: [param] };
  }
  return { sql: `${columnExpression(field)} ${operator} ?`, params: [param] };
}

function functionSql(scope: FilterScope, node: FunctionCondition): SqlFragment {
  const column = resolveColumn(scope.fields, node.call.member.path);
  if (column.property !== undefined || !isTextual(column.field)) {
    throw errors.badQuery(`${node.call.name} needs a text column; '${node.call.member.path.join('/')}' is not one.`);
  }
  const text = String(node.call.text.value);
  const sql =
    node.call.name === 'substringof'
      ? `instr(lower(${rawColumn(column.field)}), lower(?)) > 0`
      : `${rawColumn(column.field)} LIKE ? ESCAPE '\\'`;
  const param = node.call.name === 'substringof' ? text : `${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return { sql: node.negated ? `NOT coalesce(${sql}, 0)` : sql, params: [param] };
}

/** Translates a parsed `$filter` into a WHERE clause over the list's item table. */
export function filterToSql(scope: FilterScope, node: FilterExpression): SqlFragment {
  switch (node.kind) {
    case 'and':
    case 'or': {
      const left = filterToSql(scope, node.left);
      const right = filterToSql(scope, node.right);
      return { sql: `(${left.sql} ${node.kind.toUpperCase()} ${right.sql})`, params: left.params.concat(right.params) };
    }
    case 'not': {
      const inner = filterToSql(scope, node.operand);
      return { sql: `NOT (${inner.sql})`, params: inner.params };
    }
    case 'function':
      return functionSql(scope, node);
    case 'compare':
      return comparisonSql(scope, node);
  }
}

