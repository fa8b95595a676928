import { describe, expect, it } from "vitest";
import type { KeyTime } from "@/lib/incidents/model";
import { computeDurations, unknownReason, type DurationName } from "./durations";

const min = 60_000;
const at = (m: number) => new Date(Date.UTC(2026, 10, 23, 14, 0) + m * min).toISOString();
const entry = (key: KeyTime | null, minute: number | null) => ({ key, at: minute === null ? null : at(minute) });

// Impact started 14:00, detected 14:08, declared 14:10, acknowledged 14:13, mitigated 14:40, resolved 15:05.
const FULL = [
  entry("started_at", 0),
  entry("detected_at", 8),
  entry("declared_at", 10),
  entry("acknowledged_at", 13),
  entry(null, 20),
  entry("mitigated_at", 40),
  entry("resolved_at", 65),
];

describe("each duration counts between two key-time entries", () => {
  it.each([
    ["detect", "Impact started → Detected", 8],
    ["acknowledge", "Declared → Acknowledged (as the acknowledge target counts)", 3],
    ["mitigate", "Detected → Mitigated", 32],
    ["resolve", "Detected → Resolved", 57],
    ["total", "Impact started → Resolved", 65],
  ] as const)("%s: %s = %i min", (name, _rule, minutes) => {
    expect(computeDurations(FULL)[name as DurationName]).toMatchObject({ ms: minutes * min, missing: [], outOfOrder: false });
  });

  it("entries in any order give the same durations", () => {
    expect(computeDurations([...FULL].reverse())).toEqual(computeDurations(FULL));
  });

  it("entries that are not key times do not count", () => {
    expect(computeDurations(FULL.filter((e) => e.key))).toEqual(computeDurations(FULL));
  });
});

describe("missing entries make a duration unknown, and say which", () => {
  it.each([
    ["no entries at all", [], "total", ["started_at", "resolved_at"], "Add Impact started and Resolved to the timeline"],
    ["no acknowledged entry", FULL.filter((e) => e.key !== "acknowledged_at"), "acknowledge", ["acknowledged_at"], "Add Acknowledged to the timeline"],
    ["a mitigated entry without a time yet", FULL.map((e) => (e.key === "mitigated_at" ? { ...e, at: null } : e)), "mitigate", ["mitigated_at"], "Add Mitigated to the timeline"],
    ["a started entry with a broken time", FULL.map((e) => (e.key === "started_at" ? { ...e, at: "yesterday" } : e)), "detect", ["started_at"], "Add Impact started to the timeline"],
  ] as const)("%s: %s unknown", (_name, entries, name, missing, reason) => {
    const d = computeDurations(entries)[name];
    expect(d).toMatchObject({ ms: null, missing, outOfOrder: false });
    expect(unknownReason(d)).toBe(reason);
  });

  it("only the durations that need a missing entry are unknown", () => {
    const d = computeDurations(FULL.filter((e) => e.key !== "mitigated_at"));
    expect(Object.fromEntries(Object.values(d).map((x) => [x.name, x.ms]))).toEqual({
      detect: 8 * min,
      acknowledge: 3 * min,
      mitigate: null,
      resolve: 57 * min,
      total: 65 * min,
    });
  });
});

describe("an end before its start is unknown, never negative", () => {
  it("resolved before detected", () => {
    const d = computeDurations([entry("detected_at", 30), entry("resolved_at", 10), entry("started_at", 0)]);
    expect(d.resolve).toMatchObject({ ms: null, outOfOrder: true, missing: [] });
    expect(unknownReason(d.resolve)).toBe("Resolved is before Detected on the timeline");
    expect(d.total.ms).toBe(10 * min);
  });

  it("the same instant is zero, not unknown", () => {
    expect(computeDurations([entry("started_at", 5), entry("detected_at", 5)]).detect.ms).toBe(0);
  });
});

describe("the first entry of a key counts", () => {
  it("a duplicate key (only a broken draft can have one) does not override the first", () => {
    expect(computeDurations([entry("started_at", 0), entry("detected_at", 8), entry("started_at", 4)]).detect.ms).toBe(8 * min);
  });
});
