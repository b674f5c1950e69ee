import { errors } from '../errors';
import { PathSegment } from '../pathSegments';

/**
 * The arguments of a REST call segment that takes several, as PnPjs writes them:
 * `AddUsingPath(decodedurl='a%20b.pdf',Overwrite=true)`, or a parameter alias `decodedUrl=@a1`
 * with `?@a1='…'`, `startUpload(uploadId=guid'…')`. Names are compared lower-case; a lone unnamed
 * argument is under `''`; a `guid'…'` literal is its GUID, lower-case.
 */
export type CallArguments = Record<string, string | number | boolean>;

/** Splits on commas outside quoted text (`''` inside quotes is an escaped quote). */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === "'") {
      quoted = !quoted;
    }
    if (char === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

const GUID_LITERAL = /^guid'([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'$/i;

function literal(text: string, aliases: Map<string, string>, depth: number = 0): string | number | boolean {
  const trimmed = text.trim();
  if (trimmed.charAt(0) === '@' && depth === 0) {
    const aliased = aliases.get(trimmed.toLowerCase());
    if (aliased === undefined) {
      throw errors.badQuery(`The parameter alias '${trimmed}' has no value.`);
    }
    return literal(aliased, aliases, 1);
  }
  const guid = GUID_LITERAL.exec(trimmed);
  if (guid) {
    return guid[1].toLowerCase();
  }
  const quoted = /^'([\s\S]*)'$/.exec(trimmed);
  if (quoted) {
    return quoted[1].replace(/''/g, "'");
  }
  if (/^(true|false)$/i.test(trimmed)) {
    return trimmed.toLowerCase() === 'true';
  }
  if (/^-?\d+$/.test(trimmed)) {
    return Number(trimmed);
  }
  throw errors.badQuery(`The argument '${trimmed}' is not valid.`);
}

/** `aliases` holds the request's `@name` query parameters by lower-case name. */
export function callArguments(segment: PathSegment, aliases: Map<string, string>): CallArguments {
  const open = segment.raw.indexOf('(');
  const inner = open >= 0 && segment.raw.charAt(segment.raw.length - 1) === ')' ? segment.raw.slice(open + 1, -1) : '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(inner);
  } catch {
    throw errors.badQuery(`The URL segment '${segment.raw}' is not correctly encoded.`);
  }
  const args: CallArguments = {};
  splitArguments(decoded).forEach((part) => {
    const named = /^([A-Za-z]+)\s*=\s*([\s\S]+)$/.exec(part);
    if (named) {
      args[named[1].toLowerCase()] = literal(named[2], aliases);
    } else {
      args[''] = literal(part, aliases);
    }
  });
  return args;
}

/** The request's parameter aliases (`@a1`), by lower-case name. */
export function aliasesOf(raw: Map<string, string> | URLSearchParams): Map<string, string> {
  const aliases = new Map<string, string>();
  raw.forEach((value, key) => {
    if (key.charAt(0) === '@') {
      aliases.set(key.toLowerCase(), value);
    }
  });
  return aliases;
}
