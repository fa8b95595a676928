import { describe, expect, it } from "vitest";
import { formatTimeLeft, myShifts, onCallNow, type RotationSetup } from "./now";
import type { Override } from "./overrides";

const utc = (iso: string) => new Date(`${iso}Z`);
// Daily at 09:00 UTC from 1 Jun 2026: ana (1 Jun), ben (2 Jun), cai (3 Jun), ana (4 Jun)…
const daily = (id: string, participants: string[], overrides: Override[] = [], secondary: RotationSetup["secondary"] = { kind: "next_participant" }): RotationSetup => ({
  id,
  rotation: { timeZone: "UTC", shiftLength: { unit: "days", count: 1 }, handoffTime: "09:00", startDate: "2026-06-01", participants },
  overrides,
  secondary,
});
const replace = (id: string, addId: string, removeId: string, start: string, end: string): Override => ({ id, kind: "replace", addId, removeId, start: utc(start), end: utc(end) });
const remove = (id: string, removeId: string, start: string, end: string): Override => ({ id, kind: "remove", removeId, start: utc(start), end: utc(end) });
const add = (id: string, addId: string, start: string, end: string): Override => ({ id, kind: "add", addId, start: utc(start), end: utc(end) });

const one = (setup: RotationSetup, at: string, others: RotationSetup[] = []) => onCallNow([setup, ...others], utc(at))[0];

describe("who is on call now: primary", () => {
  it.each([
    ["the rotation decides without overrides", [], "2026-06-02T12:00", "ben", { source: "rotation" }],
    ["a replace override puts the cover on as primary, covering for the scheduled person", [replace("o1", "dan", "ben", "2026-06-02T10:00", "2026-06-02T20:00")], "2026-06-02T12:00", "dan", { source: "override", kind: "replace", coveringFor: "ben" }],
    ["a replace override outside its range changes nothing", [replace("o1", "dan", "ben", "2026-06-02T10:00", "2026-06-02T11:00")], "2026-06-02T12:00", "ben", { source: "rotation" }],
    ["a remove override leaves nobody on call", [remove("o1", "ben", "2026-06-02T10:00", "2026-06-02T20:00")], "2026-06-02T12:00", null, null],
    ["before the first shift nobody is on call", [], "2026-05-31T12:00", null, null],
  ] as const)("%s", (_, overrides, at, primary, reason) => {
    const now = one(daily("r", ["ana", "ben", "cai"], [...overrides]), at);
    expect(now.primary).toBe(primary);
    expect(now.primaryReason).toEqual(reason);
  });

  it("an add override lists the added person alongside the primary, not instead", () => {
    const now = one(daily("r", ["ana", "ben", "cai"], [add("o1", "dan", "2026-06-02T10:00", "2026-06-02T20:00")]), "2026-06-02T12:00");
    expect([now.primary, now.alsoOnCall]).toEqual(["ben", ["dan"]]);
  });
});

describe("who is on call now: when it changes", () => {
  it.each([
    ["at the next handoff", [], "2026-06-03T09:00"],
    ["at an override's start, if sooner", [replace("o1", "dan", "ben", "2026-06-02T15:00", "2026-06-02T18:00")], "2026-06-02T15:00"],
    ["at an override's end, while it is in force", [replace("o1", "dan", "ben", "2026-06-02T10:00", "2026-06-02T18:00")], "2026-06-02T18:00"],
  ] as const)("%s", (_, overrides, changesAt) => {
    const now = one(daily("r", ["ana", "ben", "cai"], [...overrides]), "2026-06-02T12:00");
    expect(now.changesAt).toEqual(utc(changesAt));
    expect(now.shiftEnd).toEqual(utc("2026-06-03T09:00"));
  });
});

describe("who is on call now: secondary (next participant)", () => {
  it.each([
    ["is the next participant in order", ["ana", "ben", "cai"], [], "cai"],
    ["wraps around the order", ["cai", "ben"], [], "cai"],
    ["stays the next after the SCHEDULED primary when an override covers the primary", ["ana", "ben", "cai"], [replace("o1", "dan", "ben", "2026-06-02T10:00", "2026-06-02T20:00")], "cai"],
    ["is the cover when an override covers the next participant", ["ana", "ben", "cai"], [replace("o1", "dan", "cai", "2026-06-02T10:00", "2026-06-02T20:00")], "dan"],
    ["skips a next participant who is removed", ["ana", "ben", "cai"], [remove("o1", "cai", "2026-06-02T10:00", "2026-06-02T20:00")], "ana"],
    ["skips the person who is primary by cover (nobody backs themself up)", ["ana", "ben", "cai"], [replace("o1", "cai", "ben", "2026-06-02T10:00", "2026-06-02T20:00")], "ana"],
    ["skips a later slot held by the scheduled primary", ["ana", "ben", "ben", "cai"], [], "cai"],
    ["is nobody in a one-person rotation", ["ben"], [], null],
  ] as const)("%s", (_, participants, overrides, secondary) => {
    // 2 Jun is shift 1: participants[1] is scheduled.
    expect(one(daily("r", [...participants], [...overrides]), "2026-06-02T12:00").secondary).toBe(secondary);
  });
});

describe("who is on call now: secondary (another rotation)", () => {
  const backup = daily("b", ["xia", "yuri"]);
  it("is the other rotation's primary", () => {
    const now = one(daily("a", ["ana", "ben"], [], { kind: "rotation", rotationId: "b" }), "2026-06-02T12:00", [backup]);
    expect([now.secondary, now.secondaryFrom]).toEqual(["yuri", { kind: "rotation", rotationId: "b" }]);
  });
  it("falls back to the other rotation's own backup when its primary is this primary", () => {
    const same = daily("b", ["xia", "ben", "zed"]);
    expect(one(daily("a", ["ana", "ben"], [], { kind: "rotation", rotationId: "b" }), "2026-06-02T12:00", [same]).secondary).toBe("zed");
  });
  it("does not loop when two rotations back each other up and neither has anyone on call", () => {
    const a = daily("a", ["ana"], [remove("o1", "ana", "2026-06-01T00:00", "2026-06-09T00:00")], { kind: "rotation", rotationId: "b" });
    const b = daily("b", ["ben"], [remove("o2", "ben", "2026-06-01T00:00", "2026-06-09T00:00")], { kind: "rotation", rotationId: "a" });
    const [na, nb] = onCallNow([a, b], utc("2026-06-02T12:00"));
    expect([na.secondary, nb.secondary]).toEqual([null, null]);
  });
  it("is nobody when the other rotation is unknown (not visible)", () => {
    expect(one(daily("a", ["ana", "ben"], [], { kind: "rotation", rotationId: "gone" }), "2026-06-02T12:00").secondary).toBeNull();
  });
});

describe("my shifts", () => {
  it("lists the person's rotation shifts and the shifts they cover, with the reason, in time order", () => {
    const r = daily("r", ["ana", "ben", "cai"], [replace("o1", "ana", "cai", "2026-06-03T09:00", "2026-06-03T21:00")]);
    const got = myShifts("ana", [r], utc("2026-06-01T00:00"), utc("2026-06-05T00:00"));
    expect(got.map((s) => [s.start.toISOString().slice(5, 16), s.end.toISOString().slice(5, 16), s.role, s.reason])).toEqual([
      ["06-01T09:00", "06-02T09:00", "primary", { source: "rotation" }],
      ["06-03T09:00", "06-03T21:00", "primary", { source: "override", kind: "replace", coveringFor: "cai" }],
      ["06-04T09:00", "06-05T00:00", "primary", { source: "rotation" }],
    ]);
  });
  it("leaves out a shift someone else covers", () => {
    const r = daily("r", ["ana", "ben"], [replace("o1", "ben", "ana", "2026-06-01T09:00", "2026-06-02T09:00")]);
    expect(myShifts("ana", [r], utc("2026-06-01T00:00"), utc("2026-06-03T00:00"))).toEqual([]);
  });
  it("merges back-to-back shifts of the same person into one stretch", () => {
    const r = daily("r", ["ana", "ana", "ben"]);
    expect(myShifts("ana", [r], utc("2026-06-01T09:00"), utc("2026-06-03T09:00")).map((s) => [s.start, s.end])).toEqual([
      [utc("2026-06-01T09:00"), utc("2026-06-03T09:00")],
    ]);
  });
  it("says 'also on call' for an add override", () => {
    const r = daily("r", ["ana", "ben"], [add("o1", "dan", "2026-06-01T10:00", "2026-06-01T12:00")]);
    expect(myShifts("dan", [r], utc("2026-06-01T00:00"), utc("2026-06-02T00:00")).map((s) => [s.role, s.reason])).toEqual([
      ["also on call", { source: "override", kind: "add" }],
    ]);
  });
});

describe("time left", () => {
  it.each([
    [30_000, "less than a minute"],
    [45 * 60_000, "45 min"],
    [(3 * 60 + 20) * 60_000, "3 h 20 min"],
    [2 * 3_600_000, "2 h"],
    [(2 * 24 + 4) * 3_600_000 + 59_000, "2 d 4 h"],
  ])("%d ms reads %s", (ms, text) => expect(formatTimeLeft(ms)).toBe(text));
});

describe("a rotation without participants", () => {
  it("has nobody on call and no shifts, rather than throwing", () => {
    const empty = daily("r", []);
    expect(one(empty, "2026-06-02T12:00")).toMatchObject({ primary: null, secondary: null, shiftEnd: null });
    expect(myShifts("ana", [empty], utc("2026-06-01T00:00"), utc("2026-06-05T00:00"))).toEqual([]);
  });
});
