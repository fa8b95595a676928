// A final schedule laid out day by day in the VIEWER's zone (not the rotation's): each day from
// local midnight to the next local midnight, with the blocks that overlap it clipped to the day.
// Pure. A DST day is 23 or 25 hours long; midnight in a gap moves to the first instant after it.

import type { ScheduleBlock } from "./overrides";
import { wallTimeAt, zonedWallTimeToInstant } from "./zoned-time";

export interface CalendarDay {
  /** "YYYY-MM-DD" in the viewer's zone. */
  date: string;
  start: Date;
  end: Date;
  /** The blocks overlapping the day, clipped to it, in order. */
  blocks: ScheduleBlock[];
}

/** `days` local days starting with the one containing `from`, in `zone`. */
export function calendarDays(blocks: readonly ScheduleBlock[], zone: string, from: Date, days: number): CalendarDay[] {
  const first = wallTimeAt(zone, from);
  // Instants as numbers once: comparing Dates converts both every time (28 days × every block).
  const spans = blocks.map((b) => [b.start.getTime(), b.end.getTime()]);
  const out: CalendarDay[] = [];
  for (let i = 0; i < days; i++) {
    const d = new Date(Date.UTC(first.year, first.month - 1, first.day + i));
    const next = new Date(Date.UTC(first.year, first.month - 1, first.day + i + 1));
    const start = zonedWallTimeToInstant(zone, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 0, 0);
    const end = zonedWallTimeToInstant(zone, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0);
    const [s, e] = [start.getTime(), end.getTime()];
    const inDay: ScheduleBlock[] = [];
    blocks.forEach((b, k) => {
      const [bs, be] = spans[k];
      if (bs < e && be > s) inDay.push({ ...b, start: bs < s ? start : b.start, end: be > e ? end : b.end });
    });
    out.push({ date: d.toISOString().slice(0, 10), start, end, blocks: inDay });
  }
  return out;
}
