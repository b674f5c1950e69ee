import { errors } from '../errors';

/** The OData system query options of one request, read from its URL (`+` decoded as a space). */
export interface QueryOptions {
  select?: string[];
  expand?: string[];
  filter?: string;
  orderBy?: Array<{ path: string; descending: boolean }>;
  top?: number;
  /** `Paged=TRUE&p_ID=100&p_Title=…`, decoded into its parameters. */
  skipToken?: URLSearchParams;
  /** Every query parameter as sent, by lower-case name. */
  raw: Map<string, string>;
}

/** SharePoint returns at most 5,000 items per page whatever `$top` asks for. */
export const MAX_PAGE_SIZE = 5000;
export const DEFAULT_PAGE_SIZE = 100;

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) {
    return undefined;
  }
  const parts = value.split(',').map((part) => part.trim()).filter((part) => part.length > 0);
  return parts.length > 0 ? parts : undefined;
}

export function parseQueryOptions(search: URLSearchParams): QueryOptions {
  const raw = new Map<string, string>();
  search.forEach((value, key) => raw.set(key.toLowerCase(), value));
  const options: QueryOptions = { raw, select: list(raw.get('$select')), expand: list(raw.get('$expand')) };
  const filter = raw.get('$filter');
  if (filter !== undefined && filter.trim().length > 0) {
    options.filter = filter;
  }
  const orderBy = list(raw.get('$orderby'));
  if (orderBy) {
    options.orderBy = orderBy.map((clause) => {
      const match = /^([A-Za-z_][A-Za-z0-9_/]*)(?:\s+(asc|desc))?$/i.exec(clause);
      if (!match) {
        throw errors.badQuery(`The $orderby expression "${clause}" is not valid.`);
      }
      return { path: match[1], descending: (match[2] || '').toLowerCase() === 'desc' };
    });
  }
  const top = raw.get('$top');
  if (top !== undefined) {
    if (!/^\d+$/.test(top.trim())) {
      throw errors.badQuery(`The value '${top}' of $top is not valid: expected a whole number.`);
    }
    options.top = Math.min(Number(top), MAX_PAGE_SIZE);
  }
  const skipToken = raw.get('$skiptoken');
  if (skipToken !== undefined) {
    const params = new URLSearchParams(skipToken);
    if ((params.get('Paged') || '').toUpperCase() !== 'TRUE') {
      throw errors.badQuery(`The $skiptoken '${skipToken}' is not valid: expected Paged=TRUE&p_ID=<id>.`);
    }
    if ((params.get('PagedPrev') || '').toUpperCase() === 'TRUE') {
      // Refused rather than answered wrongly: the store pages forward only.
      throw errors.badQuery('Backward paging ($skiptoken with PagedPrev=TRUE) is not supported by the embedded SharePoint store.');
    }
    options.skipToken = params;
  }
  return options;
}
