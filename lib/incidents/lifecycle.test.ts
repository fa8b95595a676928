import { describe, expect, it } from "vitest";
import { moveKind, nextMoves, timesSetByMove, type TimesSetByMove } from "./lifecycle";
import { INCIDENT_STATUSES } from "./model";

const utc = (iso: string) => new Date(`${iso}Z`);
/** The times as ISO text, for readable expectations. */
const iso = (t: TimesSetByMove) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));

describe("which status moves are allowed, and what they are", () => {
  it.each([
    ["investigating", "identified", "advance"],
    ["investigating", "monitoring", "advance"],
    ["identified", "monitoring", "advance"],
    ["investigating", "resolved", "resolve"],
    ["identified", "resolved", "resolve"],
    ["monitoring", "resolved", "resolve"],
    ["monitoring", "investigating", "step back"], // the fix did not hold
    ["monitoring", "identified", "step back"],
    ["identified", "investigating", "step back"],
    ["resolved", "investigating", "reopen"],
    ["resolved", "identified", "reopen"],
    ["resolved", "monitoring", "reopen"],
  ] as const)("%s → %s is %s", (from, to, kind) => {
    expect(moveKind(from, to)).toBe(kind);
  });

  it.each(INCIDENT_STATUSES)("staying %s is not a move", (s) => {
    expect(moveKind(s, s)).toBeNull();
  });
});

describe("the move buttons", () => {
  const buttons = (s: (typeof INCIDENT_STATUSES)[number]) => nextMoves(s).map((m) => `${m.label} (${m.kind} → ${m.to})`);

  it("investigating offers the next step first, then further steps, resolve last", () => {
    expect(buttons("investigating")).toEqual([
      "Identified (advance → identified)",
      "Monitoring (advance → monitoring)",
      "Resolve (resolve → resolved)",
    ]);
  });

  it("identified offers monitoring, resolve, then a step back", () => {
    expect(buttons("identified")).toEqual([
      "Monitoring (advance → monitoring)",
      "Resolve (resolve → resolved)",
      "Back to investigating (step back → investigating)",
    ]);
  });

  it("monitoring offers resolve first, then steps back, nearest first", () => {
    expect(buttons("monitoring")).toEqual([
      "Resolve (resolve → resolved)",
      "Back to identified (step back → identified)",
      "Back to investigating (step back → investigating)",
    ]);
  });

  it("resolved offers only reopen, to investigating", () => {
    expect(buttons("resolved")).toEqual(["Reopen (reopen → investigating)"]);
  });

  it.each(INCIDENT_STATUSES)("every button from %s is an allowed move, and none repeats", (s) => {
    const moves = nextMoves(s);
    for (const m of moves) expect(moveKind(s, m.to)).toBe(m.kind);
    expect(new Set(moves.map((m) => m.to)).size).toBe(moves.length);
  });
});

describe("key times a move sets (as private.before_incident_write does)", () => {
  const now = utc("2026-11-23T14:05:00");
  const open = {
    started_at: "2026-11-23T13:50:00Z",
    declared_at: "2026-11-23T14:00:00Z",
    acknowledged_at: null,
    mitigated_at: null,
  };

  it("a non-move sets nothing", () => {
    expect(timesSetByMove("monitoring", "monitoring", open, now)).toEqual({});
  });

  it("moving forward to identified sets nothing", () => {
    expect(timesSetByMove("investigating", "identified", open, now)).toEqual({});
  });

  it("monitoring sets Mitigated to now when it is empty", () => {
    expect(iso(timesSetByMove("identified", "monitoring", open, now))).toEqual({ mitigated_at: "2026-11-23T14:05:00.000Z" });
  });

  it("monitoring keeps a Mitigated time a person already set", () => {
    expect(timesSetByMove("identified", "monitoring", { ...open, mitigated_at: "2026-11-23T14:02:00Z" }, now)).toEqual({});
  });

  it("resolving fills Mitigated and Acknowledged when empty, and sets Resolved to now", () => {
    expect(iso(timesSetByMove("investigating", "resolved", open, now))).toEqual({
      mitigated_at: "2026-11-23T14:05:00.000Z",
      acknowledged_at: "2026-11-23T14:05:00.000Z",
      resolved_at: "2026-11-23T14:05:00.000Z",
    });
  });

  it("resolving keeps Acknowledged and Mitigated that are already set", () => {
    const t = { ...open, acknowledged_at: "2026-11-23T14:01:00Z", mitigated_at: "2026-11-23T14:03:00Z" };
    expect(iso(timesSetByMove("monitoring", "resolved", t, now))).toEqual({ resolved_at: "2026-11-23T14:05:00.000Z" });
  });

  it("Resolved is never before Mitigated or Declared, even when those were entered ahead of now", () => {
    const t = { ...open, declared_at: "2026-11-23T14:06:00Z", mitigated_at: "2026-11-23T14:08:00Z" };
    expect(iso(timesSetByMove("monitoring", "resolved", t, now))).toEqual({
      acknowledged_at: "2026-11-23T14:06:00.000Z",
      resolved_at: "2026-11-23T14:08:00.000Z",
    });
  });

  it("Mitigated is never before Impact started", () => {
    const t = { ...open, started_at: utc("2026-11-23T14:07:00"), declared_at: utc("2026-11-23T14:07:00") };
    expect(iso(timesSetByMove("identified", "monitoring", t, now))).toEqual({ mitigated_at: "2026-11-23T14:07:00.000Z" });
  });

  it("reopening clears Resolved and nothing else", () => {
    const t = { ...open, acknowledged_at: "2026-11-23T14:01:00Z", mitigated_at: "2026-11-23T14:03:00Z" };
    expect(timesSetByMove("resolved", "investigating", t, now)).toEqual({ resolved_at: null });
  });

  it("reopening straight to monitoring clears Resolved and keeps the Mitigated time", () => {
    const t = { ...open, mitigated_at: "2026-11-23T14:03:00Z" };
    expect(timesSetByMove("resolved", "monitoring", t, now)).toEqual({ resolved_at: null });
  });

  it("stepping back from monitoring leaves Mitigated as it was", () => {
    const t = { ...open, mitigated_at: "2026-11-23T14:03:00Z" };
    expect(timesSetByMove("monitoring", "investigating", t, now)).toEqual({});
  });
});
