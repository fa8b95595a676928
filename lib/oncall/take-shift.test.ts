import { describe, expect, it } from "vitest";
import { takeableShifts } from "./take-shift";
import type { RotationSetup } from "./now";
import type { Override } from "./overrides";

const utc = (iso: string) => new Date(`${iso}Z`);
const daily = (participants: string[], overrides: Override[] = []): RotationSetup => ({
  id: "r",
  rotation: { timeZone: "UTC", shiftLength: { unit: "days", count: 1 }, handoffTime: "09:00", startDate: "2026-06-01", participants },
  overrides,
  secondary: { kind: "next_participant" },
});
const plain = (shifts: ReturnType<typeof takeableShifts>) => shifts.map((s) => [s.personId, s.start.toISOString(), s.end.toISOString()]);

describe("shifts a responder can take", () => {
  it("lists other people's shifts, skipping mine, and starts the one under way now", () => {
    expect(plain(takeableShifts(daily(["ana", "ben", "cai"]), "ana", utc("2026-06-02T12:00"), utc("2026-06-05T09:00")))).toEqual([
      ["ben", "2026-06-02T12:00:00.000Z", "2026-06-03T09:00:00.000Z"],
      ["cai", "2026-06-03T09:00:00.000Z", "2026-06-04T09:00:00.000Z"],
    ]);
  });

  it("joins back-to-back shifts of one person into one stretch", () => {
    expect(plain(takeableShifts(daily(["ben"]), "ana", utc("2026-06-01T09:00"), utc("2026-06-03T09:00")))).toEqual([
      ["ben", "2026-06-01T09:00:00.000Z", "2026-06-03T09:00:00.000Z"],
    ]);
  });

  it("leaves out time someone already covers with an override", () => {
    const cover: Override = { id: "o", kind: "replace", addId: "dan", removeId: "ben", start: utc("2026-06-02T09:00"), end: utc("2026-06-02T21:00") };
    expect(plain(takeableShifts(daily(["ana", "ben"], [cover]), "ana", utc("2026-06-02T09:00"), utc("2026-06-03T09:00")))).toEqual([
      ["ben", "2026-06-02T21:00:00.000Z", "2026-06-03T09:00:00.000Z"],
    ]);
  });

  it("stops at the limit", () => {
    expect(takeableShifts(daily(["ben", "cai"]), "ana", utc("2026-06-01T09:00"), utc("2026-07-01T09:00"), 3)).toHaveLength(3);
  });
});
