/** The `$filter` dialect SharePoint's REST API accepts (OData v3), as a syntax tree. */

export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type LiteralType = 'string' | 'number' | 'boolean' | 'null' | 'datetime' | 'guid';

export interface Literal {
  kind: 'literal';
  type: LiteralType;
  /** Undefined for the `null` literal. */
  value: string | number | boolean | undefined;
  /** The literal as written, for error messages. */
  text: string;
}

/** `Title`, `Owner/EMail`, `Plan/Id`. */
export interface Member {
  kind: 'member';
  path: string[];
}

/** `substringof('x', Title)`, `startswith(Title, 'x')`. */
export interface FunctionCall {
  kind: 'call';
  name: 'substringof' | 'startswith';
  member: Member;
  text: Literal;
}

export type Operand = Literal | Member | FunctionCall;

export interface Comparison {
  kind: 'compare';
  operator: ComparisonOperator;
  member: Member;
  literal: Literal;
}

export interface Logical {
  kind: 'and' | 'or';
  left: FilterExpression;
  right: FilterExpression;
}

export interface Negation {
  kind: 'not';
  operand: FilterExpression;
}

/** A bare boolean function, or one compared with `true`/`false` (`negated` for `eq false`). */
export interface FunctionCondition {
  kind: 'function';
  call: FunctionCall;
  negated: boolean;
}

export type FilterExpression = Comparison | Logical | Negation | FunctionCondition;

/** The leftmost condition: the one SharePoint's query plan leads with (list view threshold). */
export function leadingCondition(expression: FilterExpression): FilterExpression {
  return expression.kind === 'and' || expression.kind === 'or' ? leadingCondition(expression.left) : expression;
}

/** Every member path the expression reads. */
export function membersOf(expression: FilterExpression): Member[] {
  switch (expression.kind) {
    case 'and':
    case 'or':
      return membersOf(expression.left).concat(membersOf(expression.right));
    case 'not':
      return membersOf(expression.operand);
    case 'function':
      return [expression.call.member];
    case 'compare':
      return [expression.member];
  }
}
