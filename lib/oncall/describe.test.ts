import { describe, expect, it } from "vitest";
import { describeChange, reasonText, shiftLengthText } from "./describe";

const names: Record<string, string> = { m: "Marcus", n: "Noah" };
const nameOf = (id: string) => names[id] ?? id;

describe("on-call words", () => {
  it.each([
    [{ source: "rotation" } as const, "rotation"],
    [{ source: "override", kind: "replace", coveringFor: "m" } as const, "covering for Marcus (override)"],
    [{ source: "override", kind: "add" } as const, "added (override)"],
  ])("reason %j reads %s", (reason, text) => expect(reasonText(reason, nameOf)).toBe(text));

  it.each([
    ["weeks", 1, "1 week"],
    ["hours", 8, "8 hours"],
  ] as const)("shift length %s × %d reads %s", (unit, count, text) => expect(shiftLengthText(unit, count)).toBe(text));

  it.each([
    [{ entity_type: "rotation_overrides", action: "insert", before: null, after: { kind: "replace", add_person_id: "n", remove_person_id: "m" } }, "Added an override: Noah covers for Marcus"],
    [{ entity_type: "rotation_participants", action: "update", before: { person_id: "m" }, after: { person_id: "n" } }, "Changed a participant: Marcus → Noah"],
    [{ entity_type: "rotations", action: "update", before: { handoff_time: "09:00:00", updated_at: "a" }, after: { handoff_time: "10:00:00", updated_at: "b" } }, "Changed rotation settings: handoff time"],
    [{ entity_type: "rotations", action: "insert", before: null, after: { name: "API" } }, "Created the rotation"],
  ] as const)("history entry %j reads %s", (change, text) => expect(describeChange(change, nameOf)).toBe(text));
});
