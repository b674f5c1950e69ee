import { errors } from '../errors';
import { normaliseDateTime } from '../siteDates';
import { FilterExpression, Literal } from './filterAst';

/**
 * `$filter` over small metadata collections (lists, fields, site users, groups) held as plain
 * entities: the same parsed tree as for items, evaluated in memory.
 */

type Entity = Record<string, unknown>;

function valueAt(entity: Entity, path: string[]): unknown {
  if (!Object.prototype.hasOwnProperty.call(entity, path[0])) {
    throw errors.unknownProperty(path[0]);
  }
  let value: unknown = entity[path[0]];
  for (const part of path.slice(1)) {
    value = value !== null && typeof value === 'object' ? (value as Entity)[part] : undefined;
  }
  return value;
}

function comparable(value: unknown, literal: Literal): [unknown, unknown] {
  if (typeof value === 'string' && literal.type === 'datetime') {
    return [normaliseDateTime(value), normaliseDateTime(String(literal.value))];
  }
  if (typeof value === 'boolean' && typeof literal.value === 'number') {
    return [value ? 1 : 0, literal.value];
  }
  if (typeof value === 'string' && typeof literal.value === 'string') {
    return [value.toLowerCase(), literal.value.toLowerCase()];
  }
  return [value, literal.value];
}

function compare(left: unknown, right: unknown, operator: string): boolean {
  if (left === null || left === undefined || right === undefined) {
    const equal = (left === null || left === undefined) && right === undefined;
    return operator === 'eq' ? equal : operator === 'ne' ? !equal : false;
  }
  const a = left as number | string;
  const b = right as number | string;
  switch (operator) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
    case 'gt':
      return a > b;
    default:
      return a >= b;
  }
}

export function evaluateFilter(expression: FilterExpression, entity: Entity): boolean {
  switch (expression.kind) {
    case 'and':
      return evaluateFilter(expression.left, entity) && evaluateFilter(expression.right, entity);
    case 'or':
      return evaluateFilter(expression.left, entity) || evaluateFilter(expression.right, entity);
    case 'not':
      return !evaluateFilter(expression.operand, entity);
    case 'function': {
      const value = String(valueAt(entity, expression.call.member.path) ?? '').toLowerCase();
      const text = String(expression.call.text.value).toLowerCase();
      const found = expression.call.name === 'substringof' ? value.indexOf(text) >= 0 : value.indexOf(text) === 0;
      return found !== expression.negated;
    }
    case 'compare': {
      const [left, right] = comparable(valueAt(entity, expression.member.path), expression.literal);
      return compare(left, right, expression.operator);
    }
  }
}
