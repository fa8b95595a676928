// The Impact step's durations, computed from the review's timeline — never typed. Each counts from
// one key-time entry to another (the entries marked `key`), so correcting the timeline corrects
// them:
//
//   Time to detect       Impact started → Detected
//   Time to acknowledge  Declared       → Acknowledged   (as the incident's acknowledge clock and
//                                                         the severity's target count it)
//   Time to mitigate     Detected       → Mitigated
//   Time to resolve      Detected       → Resolved
//   Total duration       Impact started → Resolved
//
// A duration whose entries are missing (or have no time yet) is unknown and says which are missing;
// one whose end is before its start is unknown and flagged (the timeline schema refuses that order,
// so only a half-edited draft shows it). For the UI: computeDurations(timeline.entries), then
// formatDuration(d.ms) from lib/incidents/timers.
import { KEY_TIME_LABELS, type KeyTime } from "@/lib/incidents/model";
import type { TimelineEntry } from "./model";
import { keyTimesOf } from "./timeline";

export const DURATIONS = ["detect", "acknowledge", "mitigate", "resolve", "total"] as const;
export type DurationName = (typeof DURATIONS)[number];

export const DURATION_DEFINITIONS: Record<DurationName, { label: string; from: KeyTime; to: KeyTime }> = {
  detect: { label: "Time to detect", from: "started_at", to: "detected_at" },
  acknowledge: { label: "Time to acknowledge", from: "declared_at", to: "acknowledged_at" },
  mitigate: { label: "Time to mitigate", from: "detected_at", to: "mitigated_at" },
  resolve: { label: "Time to resolve", from: "detected_at", to: "resolved_at" },
  total: { label: "Total duration", from: "started_at", to: "resolved_at" },
};

export interface ComputedDuration {
  name: DurationName;
  label: string;
  from: KeyTime;
  to: KeyTime;
  /** Milliseconds, or null when unknown. */
  ms: number | null;
  /** The key-time entries the timeline lacks (or that have no time yet). */
  missing: KeyTime[];
  /** Both ends are there but the end is before the start. */
  outOfOrder: boolean;
}

export function computeDurations(entries: readonly Pick<TimelineEntry, "at" | "key">[]): Record<DurationName, ComputedDuration> {
  const times = keyTimesOf(entries);
  const instant = (k: KeyTime) => {
    const t = times[k] ? Date.parse(times[k]) : Number.NaN;
    return Number.isNaN(t) ? null : t;
  };
  const out = {} as Record<DurationName, ComputedDuration>;
  for (const name of DURATIONS) {
    const { label, from, to } = DURATION_DEFINITIONS[name];
    const a = instant(from);
    const b = instant(to);
    const missing = [from, to].filter((k) => instant(k) === null);
    const outOfOrder = a !== null && b !== null && b < a;
    out[name] = { name, label, from, to, ms: a !== null && b !== null && !outOfOrder ? b - a : null, missing, outOfOrder };
  }
  return out;
}

/** Why a duration is unknown, in words: "Add Mitigated to the timeline". Null when known. */
export function unknownReason(d: ComputedDuration): string | null {
  if (d.ms !== null) return null;
  if (d.outOfOrder) return `${KEY_TIME_LABELS[d.to]} is before ${KEY_TIME_LABELS[d.from]} on the timeline`;
  return `Add ${d.missing.map((k) => KEY_TIME_LABELS[k]).join(" and ")} to the timeline`;
}
