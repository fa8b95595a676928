// Wall-clock time in an IANA zone, computed with Intl (Node 20 ships full ICU). Pure: no I/O, no
// clock; the two caches below only remember answers that never change.
//
// The one rule for turning a wall time into an instant: it is the EARLIEST instant whose wall time
// in the zone is at or after the requested one. That single sentence gives both DST rules:
// - a wall time inside a spring-forward gap (Chicago 02:30 on 2026-03-08) never appears, so the
//   answer is the first instant after the gap (03:00 CDT);
// - a wall time repeated by a fall-back (Chicago 01:30 on 2026-11-01) appears twice, so the answer
//   is its first occurrence (01:30 CDT, not 01:30 CST).

export const DAY_MS = 86_400_000;

export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(zone: string): Intl.DateTimeFormat {
  let f = offsetFormatters.get(zone);
  if (!f) {
    // Throws RangeError for an unknown zone — callers validate first (see schema.ts).
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    offsetFormatters.set(zone, f);
  }
  return f;
}

/** The zone's UTC offset at an instant, in ms (wall time minus UTC): Chicago in winter is −6 h. */
export function offsetAt(zone: string, at: Date | number): number {
  // "longOffset" renders e.g. "3/8/2026, GMT-05:00", or "GMT" for a zero offset; seconds appear only in
  // pre-1900 local mean times ("GMT-05:50:36").
  const text = offsetFormatter(zone).format(at);
  const m = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!m || !m[1]) return 0;
  const ms = ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === "-" ? -ms : ms;
}

/** What a clock on the wall in `zone` reads at `at` (seconds dropped). */
export function wallTimeAt(zone: string, at: Date | number): WallTime {
  const ms = typeof at === "number" ? at : at.getTime();
  const d = new Date(ms + offsetAt(zone, ms));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

// Rotation math asks for the same handoff instants again and again (every shiftAt call near a
// handoff); remembering them makes a minute-by-minute walk of a year take about a second.
const resolved = new Map<string, number>();
const RESOLVED_LIMIT = 20_000;

/**
 * The instant at which the wall clock in `zone` shows y-m-d hh:mm (month 1–12), by the rule at the
 * top of this file: a time in a spring-forward gap moves to the first instant after the gap; a time
 * repeated by a fall-back takes its first occurrence.
 */
export function zonedWallTimeToInstant(zone: string, y: number, m: number, d: number, hh: number, mm: number): Date {
  // The wall time written as if it were UTC; subtracting the right offset gives the instant.
  const local = Date.UTC(y, m - 1, d, hh, mm);
  const key = `${zone}|${local}`;
  let ms = resolved.get(key);
  if (ms === undefined) {
    ms = resolve(zone, local);
    if (resolved.size >= RESOLVED_LIMIT) resolved.clear();
    resolved.set(key, ms);
  }
  return new Date(ms);
}

function resolve(zone: string, local: number): number {
  // The offsets in force a day either side cover every offset the wall time can have (zones change
  // offset at most once in a day).
  const before = offsetAt(zone, local - DAY_MS);
  const after = offsetAt(zone, local + DAY_MS);
  const fits = [before, after].filter((o) => offsetAt(zone, local - o) === o).map((o) => local - o);
  if (fits.length > 0) return Math.min(...fits); // two fits = a fall-back: the first occurrence wins
  if (after <= before) return local - before; // no gap to search (cannot happen with real zone data)
  // A spring-forward gap (after > before): the transition T lies in (local − after, local − before],
  // and T itself — the first instant after the gap — is the answer. Transitions fall on whole
  // seconds, so search seconds.
  let lo = Math.floor((local - after) / 1000); // offset here is still `before`
  let hi = Math.ceil((local - before) / 1000); // offset here is already `after`
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(zone, mid * 1000) === before) lo = mid;
    else hi = mid;
  }
  return hi * 1000;
}

// ── Calendar dates ("YYYY-MM-DD") as day numbers, so "N days later" is plain arithmetic. ──

/** Days since 1970-01-01 for a calendar date, or null if it is not a real date ("2026-02-30"). */
export function dayNumberOf(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** The calendar date of a day number: the inverse of dayNumberOf. */
export function dateOfDayNumber(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "HH:MM" (00:00–23:59) as hour and minute, or null. */
export function parseTimeOfDay(text: string): { hour: number; minute: number } | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

/** "HH:MM" of a wall time. */
export function formatTimeOfDay(t: { hour: number; minute: number }): string {
  return `${String(t.hour).padStart(2, "0")}:${String(t.minute).padStart(2, "0")}`;
}

/** "YYYY-MM-DD" of a calendar date. */
export function formatCalendarDate(d: { year: number; month: number; day: number }): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** "YYYY-MM-DD" of a day number. */
export function formatDayNumber(day: number): string {
  return formatCalendarDate(dateOfDayNumber(day));
}
