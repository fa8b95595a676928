import { formatInTimeZone } from "@/lib/time/format";
import { formatTimeLeft } from "@/lib/oncall/now";

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(timeZone: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat("en-GB", { timeZone, hour12: false, ...opts })));
  return f;
}

/** "Tue 09:00" in the viewer's zone, the full UTC time on hover. */
export function DayTime({ at, timeZone, withDate = false }: { at: Date; timeZone: string; withDate?: boolean }) {
  const text = fmt(timeZone, { weekday: "short", hour: "2-digit", minute: "2-digit", ...(withDate ? { day: "numeric", month: "short" } : {}) }).format(at);
  return (
    <time dateTime={at.toISOString()} title={formatInTimeZone(at, "UTC", true)}>
      {text.replace(",", "")}
    </time>
  );
}

/** "hands over in 3 h 20 min (Tue 09:00 your time)". */
export function HandsOver({ at, now, timeZone, verb = "hands over" }: { at: Date | null; now: Date; timeZone: string; verb?: string }) {
  if (!at) return null;
  return (
    <span>
      {verb} in {formatTimeLeft(at.getTime() - now.getTime())} (<DayTime at={at} timeZone={timeZone} /> your time)
    </span>
  );
}

/** "Mon 23 Nov" for a "YYYY-MM-DD" day. */
export function dayLabel(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return fmt("UTC", { weekday: "short", day: "numeric", month: "short" }).format(d);
}

/** "09:00" in the zone. */
export function clock(at: Date, timeZone: string): string {
  return fmt(timeZone, { hour: "2-digit", minute: "2-digit" }).format(at);
}
