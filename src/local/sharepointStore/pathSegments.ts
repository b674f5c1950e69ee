import { errors } from './errors';

/**
 * One segment of a REST path after `_api/`: `getByTitle('Actions')` → name `getByTitle`, argument
 * `Actions`. Names compare case-insensitively, as SharePoint's do.
 */
export interface PathSegment {
  name: string;
  lower: string;
  /** The argument inside the parentheses: text (quotes removed, `''` undone), a number, or absent. */
  arg?: string | number;
  /** Whether the segment had parentheses at all (`items()` vs `items`). */
  called: boolean;
  raw: string;
}

/** Splits on `/` outside quoted text (a list title may hold `/` or `(`). */
function split(path: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of path) {
    if (char === "'") {
      quoted = !quoted;
    }
    if (char === '/' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.filter((part) => part.length > 0);
}

function parseArgument(text: string, aliases: Map<string, string>): string | number | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0) {
    return undefined;
  }
  if (trimmed.charAt(0) === '@') {
    const aliased = aliases.get(trimmed.toLowerCase());
    return aliased === undefined ? undefined : parseArgument(aliased, new Map());
  }
  const quoted = /^(?:guid)?'([\s\S]*)'$/i.exec(trimmed);
  if (quoted) {
    return quoted[1].replace(/''/g, "'");
  }
  if (/^-?\d+$/.test(trimmed)) {
    return Number(trimmed);
  }
  const named = /^[A-Za-z]+\s*=\s*([\s\S]+)$/.exec(trimmed);
  return named ? parseArgument(named[1], aliases) : trimmed;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw errors.badQuery(`The URL segment '${text}' is not correctly encoded.`);
  }
}

/** Parses the path after `_api/`; `aliases` holds `@name` query parameters by lower-case name. */
export function parsePath(apiPath: string, aliases: Map<string, string>): PathSegment[] {
  return split(apiPath).map((raw) => {
    const open = raw.indexOf('(');
    if (open < 0 || raw.charAt(raw.length - 1) !== ')') {
      const name = decode(raw);
      return { name, lower: name.toLowerCase(), called: false, raw };
    }
    const name = decode(raw.slice(0, open));
    return { name, lower: name.toLowerCase(), arg: parseArgument(decode(raw.slice(open + 1, -1)), aliases), called: true, raw };
  });
}

/** `getByTitle()`, `items()`: the segment with its argument removed, for per-route counts. */
export function normaliseSegment(segment: PathSegment): string {
  return segment.called ? `${segment.name}()` : segment.name;
}
