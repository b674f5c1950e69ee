import { OutboxDirectory } from './directory';
import { graphErrors } from './graphErrors';
import { GraphAnswer, OutboxUser } from './outboxTypes';

/** `GET /users?$filter=…&$select=…` and `GET /users/{id | userPrincipalName}`. */

const GRAPH_ROOT = 'https://graph.microsoft.com/v1.0';
const DEFAULT_SELECT = ['id', 'displayName', 'mail', 'preferredLanguage', 'userPrincipalName'];
const USER_PROPERTIES = ['id', 'userPrincipalName', 'mail', 'displayName', 'preferredLanguage', 'accountEnabled'];
const FILTERABLE: Record<string, (user: OutboxUser) => string | undefined> = {
  id: (user) => user.id,
  userPrincipalName: (user) => user.userPrincipalName,
  mail: (user) => user.mail
};

/** Directory filters take at most 15 values in `in (…)`. */
export const MAX_IN_VALUES = 15;

/** `'a','b'` → [a, b], with `''` read as `'`. */
function stringLiterals(list: string): string[] {
  const values: string[] = [];
  const literal = /\s*'((?:[^']|'')*)'\s*(,|$)/y;
  while (literal.lastIndex < list.length) {
    const match = literal.exec(list);
    if (!match) {
      break;
    }
    values.push(match[1].replace(/''/g, "'"));
  }
  if (literal.lastIndex < list.length || values.length === 0) {
    throw graphErrors.badRequest(`Invalid filter clause: the list (${list}) must hold quoted strings separated by commas.`);
  }
  return values;
}

interface UserFilter {
  property: string;
  values: string[];
}

export function parseUserFilter(filter: string): UserFilter {
  const match = /^\s*(\w+)\s+(in|eq)\s+(\(.*\)|'.*')\s*$/i.exec(filter);
  if (!match) {
    throw graphErrors.badRequest(`Invalid filter clause: '${filter}'. The outbox answers "<property> eq '…'" and "<property> in ('…', …)".`);
  }
  const [, property, operator, operand] = match;
  if (!FILTERABLE[property]) {
    throw graphErrors.badRequest(`Unsupported or invalid query filter clause specified for property '${property}' of resource 'User'.`);
  }
  const values = operator.toLowerCase() === 'in' ? stringLiterals(operand.slice(1, -1)) : stringLiterals(operand);
  if (values.length > MAX_IN_VALUES) {
    throw graphErrors.badRequest(`Too many child clauses specified in search filter expression containing 'OR' operators: ${values.length}. Max allowed: ${MAX_IN_VALUES}.`);
  }
  return { property, values };
}

function selected(select: string | undefined): string[] {
  if (!select) {
    return DEFAULT_SELECT;
  }
  const names = select.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.find((name) => USER_PROPERTIES.indexOf(name) < 0);
  if (unknown) {
    throw graphErrors.badRequest(`Could not find a property named '${unknown}' on type 'microsoft.graph.user'.`);
  }
  return names;
}

function projected(user: OutboxUser, names: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  names.forEach((name) => {
    // eslint-disable-next-line @rushstack/no-new-null -- Graph answers null for a selected property with no value
    out[name] = (user as unknown as Record<string, unknown>)[name] ?? null;
  });
  return out;
}

function contextOf(names: string[], query: URLSearchParams): string {
  return query.get('$select') ? `${GRAPH_ROOT}/$metadata#users(${names.join(',')})` : `${GRAPH_ROOT}/$metadata#users`;
}

export function listUsers(directory: OutboxDirectory, query: URLSearchParams): GraphAnswer {
  const names = selected(query.get('$select') ?? undefined);
  const filterText = query.get('$filter');
  let users = directory.all();
  if (filterText) {
    const filter = parseUserFilter(filterText);
    const wanted = new Set(filter.values.map((value) => value.toLowerCase()));
    users = users.filter((user) => wanted.has((FILTERABLE[filter.property](user) || '').toLowerCase()));
  }
  return { status: 200, body: { '@odata.context': contextOf(names, query), value: users.map((user) => projected(user, names)) } };
}

export function getUser(directory: OutboxDirectory, idOrUpn: string, query: URLSearchParams): GraphAnswer {
  const user = directory.byIdOrUpn(idOrUpn);
  if (!user) {
    throw graphErrors.userNotFound(idOrUpn);
  }
  const names = selected(query.get('$select') ?? undefined);
  return { status: 200, body: { '@odata.context': `${contextOf(names, query)}/$entity`, ...projected(user, names) } };
}
