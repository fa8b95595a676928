import { describe, expect, it } from "vitest";
import { handoffs, nextHandoffs, shiftsBetween } from "./handoffs";
import type { Rotation } from "./rotation";

const utc = (iso: string) => new Date(`${iso}Z`);

describe("handoffs in a range", () => {
  // Daily at 09:00 Chicago: 15:00Z while CST, 14:00Z from spring-forward on 2026-03-08.
  const r: Rotation = {
    timeZone: "America/Chicago",
    shiftLength: { unit: "days", count: 1 },
    handoffTime: "09:00",
    startDate: "2026-03-01",
    participants: ["ana", "ben"],
  };

  it("includes a handoff exactly at `from` and excludes one exactly at `to` ([from, to))", () => {
    expect(handoffs(r, utc("2026-03-07T15:00"), utc("2026-03-09T14:00"))).toEqual([utc("2026-03-07T15:00"), utc("2026-03-08T14:00")]);
  });

  it("counts the rotation's first shift start as a handoff, and nothing before it", () => {
    expect(handoffs(r, utc("2026-02-01T00:00"), utc("2026-03-02T00:00"))).toEqual([utc("2026-03-01T15:00")]);
  });

  it("an empty or backwards range has no handoffs", () => {
    expect(handoffs(r, utc("2026-03-05T00:00"), utc("2026-03-05T00:00"))).toEqual([]);
    expect(handoffs(r, utc("2026-03-06T00:00"), utc("2026-03-05T00:00"))).toEqual([]);
  });
});

describe("shifts for a calendar", () => {
  it("a 4-week view of a weekly rotation shows every shift that overlaps it, unclipped", () => {
    const r: Rotation = {
      timeZone: "Europe/London",
      shiftLength: { unit: "weeks", count: 1 },
      handoffTime: "10:00",
      startDate: "2026-10-07", // a Wednesday
      participants: ["ana", "ben", "cai"],
    };
    // The view runs Monday 2026-10-12 00:00 to Monday 2026-11-09 00:00 London time (BST until 10-25).
    const shifts = shiftsBetween(r, utc("2026-10-11T23:00"), utc("2026-11-09T00:00"));
    expect(shifts.map((s) => [s.participantId, s.start.toISOString().slice(0, 16)])).toEqual([
      ["ana", "2026-10-07T09:00"], // started before the view: 10:00 BST
      ["ben", "2026-10-14T09:00"],
      ["cai", "2026-10-21T09:00"], // spans fall-back on 10-25, so it lasts 169 h
      ["ana", "2026-10-28T10:00"], // 10:00 GMT
      ["ben", "2026-11-04T10:00"],
    ]);
    expect((shifts[2].end.getTime() - shifts[2].start.getTime()) / 3_600_000).toBe(169);
  });

  it("a range before the rotation starts has no shifts", () => {
    const r: Rotation = {
      timeZone: "UTC",
      shiftLength: { unit: "days", count: 1 },
      handoffTime: "09:00",
      startDate: "2026-06-01",
      participants: ["ana"],
    };
    expect(shiftsBetween(r, utc("2026-05-01T00:00"), utc("2026-06-01T09:00"))).toEqual([]);
  });
});

describe("preview of the next handoffs", () => {
  const r: Rotation = {
    timeZone: "UTC",
    shiftLength: { unit: "hours", count: 8 },
    handoffTime: "06:00",
    startDate: "2026-05-01",
    participants: ["ana", "ben", "cai"],
  };

  it("says who hands to whom, starting after the shift in force", () => {
    expect(nextHandoffs(r, utc("2026-05-01T10:00"), 3)).toEqual([
      { at: utc("2026-05-01T14:00"), from: "ana", to: "ben", shiftIndex: 1 },
      { at: utc("2026-05-01T22:00"), from: "ben", to: "cai", shiftIndex: 2 },
      { at: utc("2026-05-02T06:00"), from: "cai", to: "ana", shiftIndex: 3 },
    ]);
  });

  it("a handoff exactly at `after` has already happened, so it is not next", () => {
    expect(nextHandoffs(r, utc("2026-05-01T14:00"), 1)).toEqual([{ at: utc("2026-05-01T22:00"), from: "ben", to: "cai", shiftIndex: 2 }]);
  });

  it("before the rotation starts, the first handoff comes from nobody", () => {
    expect(nextHandoffs(r, utc("2026-04-01T00:00"), 2)).toEqual([
      { at: utc("2026-05-01T06:00"), from: null, to: "ana", shiftIndex: 0 },
      { at: utc("2026-05-01T14:00"), from: "ana", to: "ben", shiftIndex: 1 },
    ]);
  });

  it("asking for none gives none", () => {
    expect(nextHandoffs(r, utc("2026-05-01T10:00"), 0)).toEqual([]);
  });
});
