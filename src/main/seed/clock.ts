import type { Random } from './prng';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Midnight UTC of `date`'s day: the default anchor, so a day's seeds are identical. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * Seeded time. Every date is placed relative to the anchor ("now" for the
 * data), never read from the system clock, so a seed and an anchor decide
 * every timestamp. Times are epoch milliseconds.
 */
export class SeedClock {
  constructor(readonly anchor: number) {}

  daysAgo(days: number): number {
    return this.anchor - days * DAY_MS;
  }

  /** A time between `fromDaysAgo` and `toDaysAgo` days before the anchor (from > to). */
  betweenDaysAgo(rng: Random, fromDaysAgo: number, toDaysAgo: number): number {
    return this.anchor - rng.float(toDaysAgo, fromDaysAgo) * DAY_MS;
  }

  /** A time in [start, end), or `start` when the window is empty; never after the anchor. */
  within(rng: Random, start: number, end: number): number {
    const last = Math.min(end, this.anchor);
    return last <= start ? Math.min(start, this.anchor) : Math.floor(rng.float(start, last));
  }

  /** `time`, moved back to the anchor when it would be in the data's future. */
  notAfterAnchor(time: number): number {
    return Math.min(time, this.anchor);
  }
}
