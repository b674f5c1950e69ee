import { errors, SpError } from '../errors';
import { ComparisonOperator, FilterExpression, FunctionCall, Literal, Operand } from './filterAst';

/**
 * A recursive-descent parser for SharePoint's `$filter` (OData v3): `eq ne lt le gt ge`, `and`,
 * `or`, `not`, parentheses, `substringof('v', F)`, `startswith(F, 'v')`, member paths (`Owner/EMail`),
 * and the literals `'text'` (with `''` for a quote), numbers, `true`/`false`, `null`,
 * `datetime'…'` and `guid'…'`. No npm OData library parses v3's `substringof`/`datetime'…'`.
 */

type Token =
  | { type: 'paren'; value: '(' | ')'; at: number }
  | { type: 'comma'; at: number }
  | { type: 'word'; value: string; at: number }
  | { type: 'literal'; literal: Literal; at: number };

const COMPARISONS: readonly string[] = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'];
const FUNCTIONS: readonly string[] = ['substringof', 'startswith'];

function invalid(filter: string, detail: string): SpError {
  return errors.badQuery(`The expression "${filter}" is not valid. ${detail}`);
}

function readQuoted(filter: string, start: number): { text: string; end: number } {
  let value = '';
  let index = start + 1;
  while (index < filter.length) {
    if (filter[index] === "'") {
      if (filter[index + 1] === "'") {
        value += "'";
        index += 2;
        continue;
      }
      return { text: value, end: index + 1 };
    }
    value += filter[index];
    index++;
  }
  throw invalid(filter, `The text literal starting at position ${start} is not closed.`);
}

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < filter.length) {
    const char = filter[index];
    if (/\s/.test(char)) {
      index++;
    } else if (char === '(' || char === ')') {
      tokens.push({ type: 'paren', value: char, at: index });
      index++;
    } else if (char === ',') {
      tokens.push({ type: 'comma', at: index });
      index++;
    } else if (char === "'") {
      const quoted = readQuoted(filter, index);
      tokens.push({ type: 'literal', literal: { kind: 'literal', type: 'string', value: quoted.text, text: filter.slice(index, quoted.end) }, at: index });
      index = quoted.end;
    } else if (/[-0-9]/.test(char)) {
      const match = /^-?\d+(\.\d+)?([eE][-+]?\d+)?[LlMmDdFf]?/.exec(filter.slice(index));
      if (!match || match[0] === '-') {
        throw invalid(filter, `Unexpected '${char}' at position ${index}.`);
      }
      const numeric = Number(match[0].replace(/[LlMmDdFf]$/, ''));
      tokens.push({ type: 'literal', literal: { kind: 'literal', type: 'number', value: numeric, text: match[0] }, at: index });
      index += match[0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(filter.slice(index)) as RegExpExecArray;
      const word = match[0];
      const lower = word.toLowerCase();
      if ((lower === 'datetime' || lower === 'guid') && filter[index + word.length] === "'") {
        const quoted = readQuoted(filter, index + word.length);
        const type = lower === 'datetime' ? 'datetime' : 'guid';
        tokens.push({ type: 'literal', literal: { kind: 'literal', type, value: quoted.text, text: filter.slice(index, quoted.end) }, at: index });
        index = quoted.end;
      } else if (lower === 'true' || lower === 'false') {
        tokens.push({ type: 'literal', literal: { kind: 'literal', type: 'boolean', value: lower === 'true', text: word }, at: index });
        index += word.length;
      } else if (lower === 'null') {
        tokens.push({ type: 'literal', literal: { kind: 'literal', type: 'null', value: undefined, text: word }, at: index });
        index += word.length;
      } else {
        tokens.push({ type: 'word', value: word, at: index });
        index += word.length;
      }
    } else {
      throw invalid(filter, `Unexpected '${char}' at position ${index}.`);
    }
  }
  return tokens;
}

class FilterParser {
  private position = 0;

  public constructor(private readonly filter: string, private readonly tokens: Token[]) {}

  public parse(): FilterExpression {
    if (this.tokens.length === 0) {
      throw invalid(this.filter, 'The filter is empty.');
    }
    const expression = this.orExpression();
    const rest = this.tokens[this.position];
    if (rest) {
      throw invalid(this.filter, `Unexpected text at position ${rest.at}.`);
    }
    return expression;
  }

  private orExpression(): FilterExpression {
    let left = this.andExpression();
    while (this.keyword('or')) {
      left = { kind: 'or', left, right: this.andExpression() };
    }
    return left;
  }

  private andExpression(): FilterExpression {
    let left = this.unary();
    while (this.keyword('and')) {
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterExpression {
    if (this.keyword('not')) {
      return { kind: 'not', operand: this.unary() };
    }
    const token = this.tokens[this.position];
    if (token && token.type === 'paren' && token.value === '(') {
      this.position++;
      const inner = this.orExpression();
      this.expectParen(')');
      return inner;
    }
    return this.condition();
  }

  private condition(): FilterExpression {
    const left = this.operand();
    const next = this.tokens[this.position];
    const operator = next && next.type === 'word' && COMPARISONS.indexOf(next.value.toLowerCase()) >= 0 ? (next.value.toLowerCase() as ComparisonOperator) : undefined;
    if (!operator) {
      if (left.kind === 'call') {
        return { kind: 'function', call: left, negated: false };
      }
      throw invalid(this.filter, next ? `Expected a comparison operator at position ${next.at}.` : 'The condition has no comparison operator.');
    }
    this.position++;
    if (!this.tokens[this.position]) {
      throw invalid(this.filter, `The '${operator}' comparison has no right-hand operand.`);
    }
    const right = this.operand();
    return this.comparison(left, operator, right);
  }

  private comparison(left: Operand, operator: ComparisonOperator, right: Operand): FilterExpression {
    if (left.kind === 'call' || right.kind === 'call') {
      const call = (left.kind === 'call' ? left : right) as FunctionCall;
      const other = left.kind === 'call' ? right : left;
      if (other.kind !== 'literal' || other.type !== 'boolean' || (operator !== 'eq' && operator !== 'ne')) {
        throw invalid(this.filter, `${call.name} can only be compared with true or false.`);
      }
      return { kind: 'function', call, negated: (other.value === true) !== (operator === 'eq') };
    }
    if (left.kind === 'member' && right.kind === 'literal') {
      return { kind: 'compare', operator, member: left, literal: right };
    }
    if (left.kind === 'literal' && right.kind === 'member') {
      const mirrored: Record<ComparisonOperator, ComparisonOperator> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };
      return { kind: 'compare', operator: mirrored[operator], member: right, literal: left };
    }
    throw invalid(this.filter, 'A comparison needs one column and one literal value.');
  }

  private operand(): Operand {
    const token = this.tokens[this.position];
    if (!token) {
      throw invalid(this.filter, 'The expression ends too early.');
    }
    if (token.type === 'literal') {
      this.position++;
      return token.literal;
    }
    if (token.type !== 'word') {
      throw invalid(this.filter, `Unexpected '${token.type === 'comma' ? ',' : token.value}' at position ${token.at}.`);
    }
    this.position++;
    const following = this.tokens[this.position];
    if (following && following.type === 'paren' && following.value === '(') {
      return this.functionCall(token.value);
    }
    if (['and', 'or', 'not'].concat(COMPARISONS).indexOf(token.value.toLowerCase()) >= 0) {
      throw invalid(this.filter, `'${token.value}' at position ${token.at} is an operator, not a column.`);
    }
    return { kind: 'member', path: token.value.split('/') };
  }

  private functionCall(name: string): FunctionCall {
    const lower = name.toLowerCase();
    if (FUNCTIONS.indexOf(lower) < 0) {
      throw invalid(this.filter, `The function '${name}' is not supported.`);
    }
    this.expectParen('(');
    const first = this.operand();
    this.expectComma();
    const second = this.operand();
    this.expectParen(')');
    const text = lower === 'substringof' ? first : second;
    const member = lower === 'substringof' ? second : first;
    if (text.kind !== 'literal' || text.type !== 'string' || member.kind !== 'member') {
      throw invalid(this.filter, lower === 'substringof' ? "substringof takes a text literal, then a column: substringof('text', Column)." : "startswith takes a column, then a text literal: startswith(Column, 'text').");
    }
    return { kind: 'call', name: lower as FunctionCall['name'], member, text };
  }

  private keyword(word: string): boolean {
    const token = this.tokens[this.position];
    if (token && token.type === 'word' && token.value.toLowerCase() === word) {
      this.position++;
      return true;
    }
    return false;
  }

  private expectParen(value: '(' | ')'): void {
    const token = this.tokens[this.position];
    if (!token || token.type !== 'paren' || token.value !== value) {
      throw invalid(this.filter, `Expected '${value}'${token ? ` at position ${token.at}` : ' at the end'}.`);
    }
    this.position++;
  }

  private expectComma(): void {
    const token = this.tokens[this.position];
    if (!token || token.type !== 'comma') {
      throw invalid(this.filter, `Expected ','${token ? ` at position ${token.at}` : ' at the end'}.`);
    }
    this.position++;
  }
}

/** Parses a `$filter` value; malformed input is SharePoint's 400 with a message naming the problem. */
export function parseFilter(filter: string): FilterExpression {
  return new FilterParser(filter, tokenize(filter)).parse();
}

