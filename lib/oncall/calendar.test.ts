import { describe, expect, it } from "vitest";
import { calendarDays } from "./calendar";
import { scheduleOf, type RotationSetup } from "./now";

const utc = (iso: string) => new Date(`${iso}Z`);
const daily = (participants: string[]): RotationSetup => ({
  id: "r",
  rotation: { timeZone: "UTC", shiftLength: { unit: "days", count: 1 }, handoffTime: "09:00", startDate: "2026-06-01", participants },
  overrides: [],
  secondary: { kind: "next_participant" },
});

describe("calendar days in the viewer's zone", () => {
  it("splits blocks at the viewer's local midnight, not the rotation's", () => {
    const r = daily(["ana", "ben"]);
    const blocks = scheduleOf(r, utc("2026-06-01T00:00"), utc("2026-06-04T00:00"));
    // Tokyo is UTC+9: the 09:00 UTC handoff is 18:00 there, and local days start at 15:00 UTC.
    const days = calendarDays(blocks, "Asia/Tokyo", utc("2026-06-01T15:00"), 2);
    expect(days.map((d) => [d.date, d.blocks.map((b) => `${b.start.toISOString().slice(11, 16)}-${b.end.toISOString().slice(11, 16)} ${b.onCall}`)])).toEqual([
      ["2026-06-02", ["15:00-09:00 ana", "09:00-15:00 ben"]],
      ["2026-06-03", ["15:00-09:00 ben", "09:00-15:00 ana"]],
    ]);
  });
  it("a DST day is 25 hours long (London, last Sunday of October)", () => {
    const [day] = calendarDays([], "Europe/London", utc("2026-10-25T12:00"), 1);
    expect(day.end.getTime() - day.start.getTime()).toBe(25 * 3_600_000);
  });
});

