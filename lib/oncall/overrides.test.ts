import { describe, expect, it } from "vitest";
import { finalSchedule, overridesConflict, type Override } from "./overrides";
import type { Shift } from "./rotation";

const utc = (iso: string) => new Date(`${iso}Z`);
const shift = (participantId: string, index: number, start: string, end: string): Shift => ({
  participantId,
  participantIndex: index % 2,
  index,
  start: utc(start),
  end: utc(end),
});
/** Blocks as one line each: "start–end who [reasons]". */
const lines = (blocks: ReturnType<typeof finalSchedule>) =>
  blocks.map(
    (b) =>
      `${b.start.toISOString().slice(5, 16)}–${b.end.toISOString().slice(5, 16)} ${b.onCall.join("+") || "nobody"} [${b.reasons
        .map((r) => (r.source === "rotation" ? `rotation#${r.shiftIndex}` : `${r.kind}:${r.overrideId}`))
        .join(", ")}]`,
  );

// Ana is on call 1 Jun 09:00 – 2 Jun 09:00 UTC, then Ben until 3 Jun 09:00.
const shifts = [shift("ana", 0, "2026-06-01T09:00", "2026-06-02T09:00"), shift("ben", 1, "2026-06-02T09:00", "2026-06-03T09:00")];
const from = utc("2026-06-01T09:00");
const to = utc("2026-06-03T09:00");

describe("final schedule", () => {
  it("with no overrides, the rotation decides, one block per shift", () => {
    expect(lines(finalSchedule(shifts, [], from, to))).toEqual([
      "06-01T09:00–06-02T09:00 ana [rotation#0]",
      "06-02T09:00–06-03T09:00 ben [rotation#1]",
    ]);
  });

  it("replace: Cai covers Ana's evening, and the block says both why Ana was due and why Cai is on", () => {
    const o: Override = { id: "o1", kind: "replace", removeId: "ana", addId: "cai", start: utc("2026-06-01T18:00"), end: utc("2026-06-01T22:00") };
    const blocks = finalSchedule(shifts, [o], from, to);
    expect(lines(blocks)).toEqual([
      "06-01T09:00–06-01T18:00 ana [rotation#0]",
      "06-01T18:00–06-01T22:00 cai [rotation#0, replace:o1]",
      "06-01T22:00–06-02T09:00 ana [rotation#0]",
      "06-02T09:00–06-03T09:00 ben [rotation#1]",
    ]);
    expect(blocks[1].reasons).toEqual([
      { source: "rotation", participantId: "ana", shiftIndex: 0 },
      { source: "override", overrideId: "o1", kind: "replace", added: "cai", removed: "ana" },
    ]);
  });

  it("replace only covers the covered person: across a handoff it stops applying when Ana's shift ends", () => {
    const o: Override = { id: "o1", kind: "replace", removeId: "ana", addId: "cai", start: utc("2026-06-02T06:00"), end: utc("2026-06-02T12:00") };
    expect(lines(finalSchedule(shifts, [o], from, to))).toEqual([
      "06-01T09:00–06-02T06:00 ana [rotation#0]",
      "06-02T06:00–06-02T09:00 cai [rotation#0, replace:o1]",
      "06-02T09:00–06-03T09:00 ben [rotation#1]", // Ana is off, so covering for her changes nothing
    ]);
  });

  it("add: Cai is on call alongside Ana", () => {
    const o: Override = { id: "o2", kind: "add", addId: "cai", start: utc("2026-06-01T09:00"), end: utc("2026-06-01T12:00") };
    const blocks = finalSchedule(shifts, [o], from, utc("2026-06-02T09:00"));
    expect(lines(blocks)).toEqual(["06-01T09:00–06-01T12:00 ana+cai [rotation#0, add:o2]", "06-01T12:00–06-02T09:00 ana [rotation#0]"]);
    expect(blocks[0].reasons[1]).toEqual({ source: "override", overrideId: "o2", kind: "add", added: "cai" });
  });

  it("remove: nobody is on call while Ana is removed, and the block says why", () => {
    const o: Override = { id: "o3", kind: "remove", removeId: "ana", start: utc("2026-06-01T12:00"), end: utc("2026-06-01T13:00") };
    const blocks = finalSchedule(shifts, [o], from, utc("2026-06-02T09:00"));
    expect(lines(blocks)).toEqual([
      "06-01T09:00–06-01T12:00 ana [rotation#0]",
      "06-01T12:00–06-01T13:00 nobody [rotation#0, remove:o3]",
      "06-01T13:00–06-02T09:00 ana [rotation#0]",
    ]);
  });

  it("adding someone already on call changes nothing and is not given as a reason", () => {
    const o: Override = { id: "o4", kind: "add", addId: "ana", start: utc("2026-06-01T12:00"), end: utc("2026-06-01T13:00") };
    expect(lines(finalSchedule(shifts, [o], from, utc("2026-06-02T09:00")))).toEqual(["06-01T09:00–06-02T09:00 ana [rotation#0]"]);
  });

  it("blocks tile the whole range, clipped to it, with 'nobody' where no rotation or override applies", () => {
    const o: Override = { id: "o5", kind: "add", addId: "cai", start: utc("2026-05-31T20:00"), end: utc("2026-06-01T10:00") };
    expect(lines(finalSchedule(shifts, [o], utc("2026-05-31T00:00"), utc("2026-06-01T12:00")))).toEqual([
      "05-31T00:00–05-31T20:00 nobody []",
      "05-31T20:00–06-01T09:00 cai [add:o5]",
      "06-01T09:00–06-01T10:00 ana+cai [rotation#0, add:o5]",
      "06-01T10:00–06-01T12:00 ana [rotation#0]",
    ]);
  });
});

describe("override conflicts", () => {
  const at = (start: string, end: string) => ({ start: utc(`2026-06-01T${start}`), end: utc(`2026-06-01T${end}`) });
  const replace = (id: string, removeId: string, addId: string, s: string, e: string): Override => ({ id, kind: "replace", removeId, addId, ...at(s, e) });
  const add = (id: string, addId: string, s: string, e: string): Override => ({ id, kind: "add", addId, ...at(s, e) });
  const remove = (id: string, removeId: string, s: string, e: string): Override => ({ id, kind: "remove", removeId, ...at(s, e) });

  it.each([
    ["two covers for Ana at overlapping times", replace("a", "ana", "ben", "09:00", "12:00"), replace("b", "ana", "cai", "11:00", "14:00"), true],
    ["one range inside the other", remove("a", "ana", "09:00", "18:00"), remove("b", "ana", "12:00", "13:00"), true],
    ["adding Ben while Ben is removed", add("a", "ben", "09:00", "12:00"), remove("b", "ben", "10:00", "11:00"), true],
    ["Ben covers Ana while Cai covers Ben (chained covers)", replace("a", "ana", "ben", "09:00", "12:00"), replace("b", "ben", "cai", "10:00", "11:00"), true],
    ["Ben added twice at once", add("a", "ben", "09:00", "12:00"), replace("b", "ana", "ben", "11:59", "13:00"), true],
    ["back to back: [09:00, 12:00) then [12:00, 15:00)", replace("a", "ana", "ben", "09:00", "12:00"), replace("b", "ana", "cai", "12:00", "15:00"), false],
    ["overlapping but about different people", replace("a", "ana", "ben", "09:00", "12:00"), add("b", "cai", "10:00", "11:00"), false],
    ["an override and its own edited version (same id)", add("a", "ben", "09:00", "12:00"), add("a", "ben", "10:00", "13:00"), false],
  ])("%s → conflict: %s", (_, a, b, expected) => {
    expect(overridesConflict(a, b)).toBe(expected);
    expect(overridesConflict(b, a)).toBe(expected); // the rule is symmetric
  });
});
