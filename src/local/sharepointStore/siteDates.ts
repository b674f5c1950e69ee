/**
 * Dates as SharePoint Online keeps them. Every DateTime value is stored and returned in UTC
 * (`2020-07-20T23:00:00Z`, no milliseconds). A value sent without an offset is read as wall-clock
 * time in the site's time zone (the councils' sites use Europe/London). A DateOnly field keeps
 * the site-local calendar day: it stores local midnight as a UTC instant, so a British Summer
 * Time date comes back as the previous day at 23:00Z (sp-dev-docs#6083, pnp/pnpjs#2430).
 */

export const SITE_TIME_ZONE = 'Europe/London';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const localParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23'
});

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const HOUR = 3600000;
/** The site's UTC offset per UTC hour: its clock changes happen on the hour, and Intl is slow. */
const offsets = new Map<number, number>();

function offsetAt(instant: number): number {
  const hour = Math.floor(instant / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const parts: Record<string, number> = {};
    localParts.formatToParts(new Date(hour * HOUR)).forEach((part) => {
      if (part.type !== 'literal') {
        parts[part.type] = Number(part.value);
      }
    });
    offset = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - hour * HOUR;
    offsets.set(hour, offset);
  }
  return offset;
}

function wallTimeOf(instant: number): WallTime {
  const local = new Date(instant + offsetAt(instant));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds()
  };
}

function asUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** The instant at which the site's clocks show `wall` (the later one when clocks go back). */
function instantOfWallTime(wall: WallTime): number {
  const target = asUtc(wall);
  let guess = target;
  for (let step = 0; step < 3; step++) {
    const offset = asUtc(wallTimeOf(guess)) - guess;
    guess = target - offset;
  }
  return guess;
}

/** `2020-07-20T23:00:00Z`: SharePoint's format, seconds precision. */
export function formatInstant(instant: number): string {
  return new Date(Math.floor(instant / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Parses what a client may send for a DateTime (ISO, with or without offset) to epoch ms. */
export function parseDateTime(text: string): number | undefined {
  const match = ISO.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const wall: WallTime = {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4] || 0),
    minute: Number(match[5] || 0),
    second: Number(match[6] || 0)
  };
  if (wall.month < 1 || wall.month > 12 || wall.day < 1 || wall.day > 31 || wall.hour > 23 || wall.minute > 59 || wall.second > 59) {
    return undefined;
  }
  const zone = match[7];
  if (!zone) {
    return instantOfWallTime(wall);
  }
  const offsetMinutes = zone.toUpperCase() === 'Z' ? 0 : offsetOf(zone);
  return asUtc(wall) - offsetMinutes * 60000;
}

function offsetOf(zone: string): number {
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits[0] === '-' ? -minutes : minutes;
}

/** A DateTime value as stored: the UTC instant, seconds precision. */
export function normaliseDateTime(text: string): string | undefined {
  const instant = parseDateTime(text);
  return instant === undefined ? undefined : formatInstant(instant);
}

/** A DateOnly value as stored: midnight of the site-local day the value falls on, in UTC. */
export function normaliseDateOnly(text: string): string | undefined {
  const instant = parseDateTime(text);
  if (instant === undefined) {
    return undefined;
  }
  const wall = wallTimeOf(instant);
  return formatInstant(instantOfWallTime({ ...wall, hour: 0, minute: 0, second: 0 }));
}

/** The store's clock as SharePoint writes an instant (`Created`, `Modified`): the real one unless the store was given another. */
export function nowInstant(clock: () => number): string {
  return formatInstant(clock());
}
