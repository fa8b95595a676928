import { describe, expect, it } from "vitest";
import { toOnCallSetup, onCallWindow, type SetupRow } from "./now-query";

const row = (over: Partial<SetupRow> = {}): SetupRow => ({
  id: "r1",
  name: "API",
  time_zone: "Europe/London",
  shift_unit: "days",
  shift_count: 2,
  handoff_time: "09:30:00",
  start_date: "2026-06-01",
  secondary_rotation_id: null,
  participants: ["ana", "ben"],
  overrides: [],
  ...over,
});

describe("public.on_call_setups rows as onCallNow takes them", () => {
  it("carry the shift plan, the participants in order and the next participant as backup", () => {
    expect(toOnCallSetup(row())).toEqual({
      id: "r1",
      name: "API",
      setup: {
        id: "r1",
        rotation: { timeZone: "Europe/London", shiftLength: { unit: "days", count: 2 }, handoffTime: "09:30", startDate: "2026-06-01", participants: ["ana", "ben"] },
        overrides: [],
        secondary: { kind: "next_participant" },
      },
    });
  });

  it("name another rotation as the backup when the row does", () => {
    expect(toOnCallSetup(row({ secondary_rotation_id: "r2" })).setup.secondary).toEqual({ kind: "rotation", rotationId: "r2" });
  });

  it("turn each override array into an override of its kind with its instants", () => {
    const at = (h: number) => `2026-06-02T${String(h).padStart(2, "0")}:00:00+00:00`;
    const { overrides } = toOnCallSetup(
      row({
        overrides: [
          ["o1", "replace", "cai", "ana", at(10), at(12)],
          ["o2", "add", "dan", null, at(11), at(13)],
          ["o3", "remove", null, "ben", at(12), at(14)],
        ],
      }),
    ).setup;
    const utc = (h: number) => new Date(Date.UTC(2026, 5, 2, h));
    expect(overrides).toEqual([
      { id: "o1", kind: "replace", addId: "cai", removeId: "ana", start: utc(10), end: utc(12) },
      { id: "o2", kind: "add", addId: "dan", start: utc(11), end: utc(13) },
      { id: "o3", kind: "remove", removeId: "ben", start: utc(12), end: utc(14) },
    ]);
  });

  it("are asked for the overrides of the next 35 days, as far as onCallNow looks", () => {
    expect(onCallWindow(new Date(Date.UTC(2026, 5, 2, 12)))).toEqual({ from_at: "2026-06-02T12:00:00.000Z", to_at: "2026-07-07T12:00:00.000Z" });
  });
});
