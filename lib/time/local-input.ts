// <input type="datetime-local"> speaks wall time without a zone; people mean their own zone.
import { wallTimeAt, zonedWallTimeToInstant } from "@/lib/oncall/zoned-time";

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-11-23T14:05" as the wall clock in `zone` shows the instant. */
export function toLocalInput(at: string | Date, zone: string): string {
  const w = wallTimeAt(zone, new Date(at));
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The instant (ISO, UTC) a datetime-local value means in `zone`; null when it is not one. */
export function fromLocalInput(value: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCMonth() !== mo - 1) return null; // 30 February
  return zonedWallTimeToInstant(zone, y, mo, d, h, mi).toISOString();
}

/** "YYYY-MM-DD": the date in `zone` `days` days from now (tomorrow for 1). */
export function dateFromToday(zone: string, days: number): string {
  const w = wallTimeAt(zone, Date.now() + days * 86_400_000);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}
