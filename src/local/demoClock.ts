import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { isIsoDate, londonDateOf, londonHourOf } from '../domain/calendarDate';
import { IsoDate } from '../domain/model';

/**
 * Local mode's one clock (SPEC §5.6): "today" in the demo's own time, shown in the workbench's
 * header and changeable there. Every page, web part, report and reminder run in local mode asks
 * it, and the store stamps Created and Modified with it. It keeps running: it starts at 09:00 in
 * London on the demo day and moves on with the real clock, so saves made a minute apart are a
 * minute apart. The demo day is kept in the site's folder (`demo-clock.json`), so a restart, and
 * `tracker report` against that folder, are on the same day.
 */

export interface Clock {
  /** The instant now, on this clock. */
  now(): Date;
  /** Today's Europe/London calendar date, on this clock. */
  today(): IsoDate;
}

/** Against a tenant, today is today. */
export const systemClock: Clock = {
  now: () => new Date(),
  today: () => londonDateOf(new Date())
};

export const DEMO_CLOCK_FILE = 'demo-clock.json';

/** 09:00 on London's clock on `day` (08:00 or 09:00 UTC, as summer time has it). */
function nineInLondon(day: IsoDate): number {
  const nineUtc = Date.parse(`${day}T09:00:00Z`);
  return nineUtc - (londonHourOf(new Date(nineUtc)) - 9) * 3_600_000;
}

export class DemoClock implements Clock {
  private start: number;
  private startedAt: number;

  private constructor(private readonly file: string | undefined, day: IsoDate, private readonly realNow: () => number) {
    this.start = nineInLondon(day);
    this.startedAt = realNow();
  }

  /** The clock kept in `dir` (created on `initialDay` the first time); in memory when `dir` is absent. */
  public static open(dir: string | undefined, initialDay: IsoDate, realNow: () => number = Date.now): DemoClock {
    const file = dir === undefined ? undefined : join(dir, DEMO_CLOCK_FILE);
    const kept = file ? DemoClock.read(file) : undefined;
    const clock = new DemoClock(file, kept || initialDay, realNow);
    if (file && !kept) {
      clock.persist();
    }
    return clock;
  }

  /** The demo day kept in a site folder, if local mode has ever run there. */
  public static dayIn(dir: string): IsoDate | undefined {
    return DemoClock.read(join(dir, DEMO_CLOCK_FILE));
  }

  private static read(file: string): IsoDate | undefined {
    if (!existsSync(file)) {
      return undefined;
    }
    const day = (JSON.parse(readFileSync(file, 'utf8')) as { today?: unknown }).today;
    return typeof day === 'string' && isIsoDate(day) ? day : undefined;
  }

  public now(): Date {
    return new Date(this.start + (this.realNow() - this.startedAt));
  }

  public today(): IsoDate {
    return londonDateOf(this.now());
  }

  /** Moves the demo to 09:00 on `day`, and keeps it there for the next start. */
  public set(day: IsoDate): void {
    if (!isIsoDate(day)) {
      throw new RangeError(`"${day}" is not a date: write it like 2020-04-06.`);
    }
    this.start = nineInLondon(day);
    this.startedAt = this.realNow();
    this.persist();
  }

  private persist(): void {
    if (this.file) {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(this.file, `${JSON.stringify({ today: this.today() }, undefined, 2)}\n`);
    }
  }
}
