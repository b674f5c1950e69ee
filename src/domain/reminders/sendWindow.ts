import { addDays, isWeekend, londonDateOf, londonHourOf } from '../calendarDate';
import { IsoDate } from '../model';
import { isWorkingDay } from '../periods';
import { bankHolidaysAround, resolveSettings } from './reminderSettings';
import { QuietReason, ReminderSettings } from './reminderTypes';

/**
 * When reminders may go (SPEC §4.5): on working days (no weekends, no bank holidays), from
 * `sendFromHour` up to, not including, `quietFromHour` on London's clock, whatever the season.
 */

export type Sendable = { sendable: true } | { sendable: false; reason: QuietReason; nextSendable: string };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const HOUR_MS = 3_600_000;
/** London runs on GMT (UTC+0) in winter and BST (UTC+1) in summer. */
const LONDON_OFFSETS_HOURS = [0, 1];

/** Reads `now`; the offset is required, as a bare local time would depend on the machine. */
export function parseNow(now: string): Date {
  const instant = typeof now === 'string' && ISO_INSTANT.test(now) ? new Date(now) : undefined;
  if (!instant || isNaN(instant.getTime())) {
    throw new RangeError(`now: "${String(now)}" is not an ISO date and time with an offset or Z (e.g. 2018-04-10T09:00:00+01:00)`);
  }
  return instant;
}

/** The send day of a date: the first working day on or after it. */
export function sendDayOf(date: IsoDate, bankHolidays: ReadonlySet<IsoDate>): IsoDate {
  let day = date;
  while (!isWorkingDay(day, bankHolidays)) {
    day = addDays(day, 1);
  }
  return day;
}

function isoInstant(milliseconds: number): string {
  return new Date(milliseconds).toISOString().replace('.000Z', 'Z');
}

/** The instant London's clock shows `hour`:00 on `date`, as an ISO instant in UTC. */
export function londonInstantAt(date: IsoDate, hour: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hour);
  const matching = LONDON_OFFSETS_HOURS
    .map((offset) => wallClockAsUtc - offset * HOUR_MS)
    .filter((candidate) => londonDateOf(new Date(candidate)) === date && londonHourOf(new Date(candidate)) === hour);
  // Only 01:00 on the morning the clocks go forward does not exist; the hour after stands in.
  return isoInstant(matching.length > 0 ? matching[0] : wallClockAsUtc);
}

function quietReasonOf(today: IsoDate, hour: number, settings: ReminderSettings, bankHolidays: ReadonlySet<IsoDate>): QuietReason | undefined {
  if (isWeekend(today)) {
    return 'weekend';
  }
  if (bankHolidays.has(today)) {
    return 'bankHoliday';
  }
  return hour < settings.sendFromHour || hour >= settings.quietFromHour ? 'outsideHours' : undefined;
}

/** Whether reminders may go at `now`; if not, why, and the next instant they may (`sendFromHour` on a working day). */
export function sendableAt(now: string, settings: Partial<ReminderSettings> = {}): Sendable {
  const resolved = resolveSettings(settings);
  const instant = parseNow(now);
  const today = londonDateOf(instant);
  const hour = londonHourOf(instant);
  const bankHolidays = bankHolidaysAround(resolved, today);
  const reason = quietReasonOf(today, hour, resolved, bankHolidays);
  if (!reason) {
    return { sendable: true };
  }
  const stillToCome = isWorkingDay(today, bankHolidays) && hour < resolved.sendFromHour;
  const nextDay = stillToCome ? today : sendDayOf(addDays(today, 1), bankHolidays);
  return { sendable: false, reason, nextSendable: londonInstantAt(nextDay, resolved.sendFromHour) };
}
